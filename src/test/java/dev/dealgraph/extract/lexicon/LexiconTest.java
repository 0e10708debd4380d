package dev.dealgraph.extract.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dealgraph.DealGraphException;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LexiconTest {

  @Test
  void readsSectionsPhrasesValuesAndComments() {
    Lexicon lex = Lexicon.parse("words.txt", """
        # a comment
        [scale]
        Billion = 1000000000   # trailing comment
        bn = 1000000000
        [max]
        up  to
        """, Set.of("scale", "max"));
    assertThat(lex.values("scale")).containsEntry("billion", "1000000000").containsEntry("bn", "1000000000");
    assertThat(lex.phrases("max")).containsExactly("up to");
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', value = {
      "up to|words.txt:1: entry before any [section]",
      "[colour]\\nred|words.txt:1: unknown section [colour]",
      "[max]\\nup to\\nup to|words.txt:3: phrase repeated in [max]: up to",
      "[max]\\nup to =|words.txt:2: entry must be 'phrase' or 'phrase = value'",
      "[min]\\nat least|words.txt: section [max] is missing or empty"})
  void rejectsABrokenFileNamingLineAndRule(String text, String message) {
    assertThatThrownBy(() -> Lexicon.parse("words.txt", text.replace("\\n", "\n"), Set.of("max", "min")))
        .isInstanceOf(DealGraphException.class)
        .hasMessageContaining(message);
  }

  @Test
  void loadsEveryShippedLexicon() {
    Lexicons lex = Lexicons.standard();
    assertThat(lex.money().values("symbol")).containsEntry("$", "USD");
    assertThat(lex.status().phrases("inTalks")).contains("in talks");
  }
}
