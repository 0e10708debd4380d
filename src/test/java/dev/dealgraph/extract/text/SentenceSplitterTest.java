package dev.dealgraph.extract.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dealgraph.extract.lexicon.Lexicons;
import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

  private static final SentenceSplitter SPLITTER = new SentenceSplitter(Lexicons.standard().abbreviations());

  private static List<String> sentences(String text) {
    List<Sentence> found = SPLITTER.split(text);
    found.forEach(s -> assertThat(text.substring(s.start(), s.end())).isEqualTo(s.text()));
    return found.stream().map(Sentence::text).toList();
  }

  @Test
  void keepsAbbreviationsAndDecimalsInsideSentences() {
    assertThat(sentences("Globex Corp. said Dr. Lee met U.S. officials in Sept. 2024 about a $2.5 billion plan. "
        + "The talks ended."))
        .containsExactly("Globex Corp. said Dr. Lee met U.S. officials in Sept. 2024 about a $2.5 billion plan.",
            "The talks ended.");
  }

  @Test
  void startsASentenceAtANameWrittenInLowerCaseFirst() {
    assertThat(sentences("Initech raised money on Wednesday. xAI hired staff. eBay did not."))
        .containsExactly("Initech raised money on Wednesday.", "xAI hired staff.", "eBay did not.");
  }

  @Test
  void endsASentenceAfterACorporateSuffixWhenANewSentenceStarts() {
    assertThat(sentences("The money went to Initech Inc. The deal closed in May."))
        .containsExactly("The money went to Initech Inc.", "The deal closed in May.");
  }

  @Test
  void treatsHeadlineLinesAndParagraphsAsBoundaries() {
    assertThat(sentences("Chipmaker Backs Robot Startup\nThe chipmaker backed it.\n\nIt said so"))
        .containsExactly("Chipmaker Backs Robot Startup", "The chipmaker backed it.", "It said so");
  }

  @Test
  void joinsAWrappedLineThatContinuesInLowerCase() {
    assertThat(sentences("The fund said it would\ninvest more next year.")).hasSize(1);
  }

  @Test
  void keepsClosingQuotesWithTheirSentence() {
    assertThat(sentences("\u201CWe are thrilled.\u201D The founder smiled. \"It works!\" she said."))
        .containsExactly("\u201CWe are thrilled.\u201D", "The founder smiled.", "\"It works!\" she said.");
  }

  @Test
  void marksTitleCaseHeadlines() {
    List<Sentence> found = SPLITTER.split("Acme Eyes Big Stake In Robot Maker\nAcme said it was looking.");
    assertThat(found).extracting(Sentence::titleCase).containsExactly(true, false);
  }

  @Test
  void splitsPossessivesAndHyphensIntoTheirOwnTokens() {
    List<String> tokens = SPLITTER.split("Initech\u2019s Globex-backed unit raised $4bn.").get(0).tokens().stream()
        .map(Token::text).toList();
    assertThat(tokens).containsExactly("Initech", "\u2019s", "Globex", "-", "backed", "unit", "raised", "$", "4",
        "bn", ".");
  }
}
