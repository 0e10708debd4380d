package dev.dealgraph.extract.entity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dealgraph.extract.Entity;
import dev.dealgraph.extract.EntityKind;
import dev.dealgraph.extract.Fixtures;
import dev.dealgraph.extract.lexicon.Lexicons;
import dev.dealgraph.extract.text.Sentence;
import dev.dealgraph.extract.text.SentenceSplitter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EntityRecognizerTest {

  private static final Lexicons LEX = Lexicons.standard();
  private static final EntityRecognizer RECOGNIZER = new EntityRecognizer(Fixtures.gazetteer(), LEX);
  private static final SentenceSplitter SPLITTER = new SentenceSplitter(LEX.abbreviations());

  /** One recognised mention: its words, its form and who it refers to. */
  private record Seen(String words, EntityMention.Form form, String entity) {}

  private static List<Seen> mentions(String text) {
    List<Sentence> sentences = SPLITTER.split(text);
    List<List<EntityMention>> found = RECOGNIZER.recognise(sentences);
    List<Seen> out = new ArrayList<>();
    for (int k = 0; k < sentences.size(); k++) {
      Sentence s = sentences.get(k);
      for (EntityMention m : found.get(k)) {
        String words = text.substring(s.token(m.first()).start(), s.token(m.end() - 1).end());
        out.add(new Seen(words, m.form(), m.entity().map(Entity::name).orElse("?")));
      }
    }
    return out;
  }

  @Test
  void takesInLegalSuffixTickerAndPossessive() {
    assertThat(mentions("Globex Corp. (NASDAQ: GLBX) and Hooli's cloud grew."))
        .containsExactly(new Seen("Globex Corp. (NASDAQ: GLBX)", EntityMention.Form.NAME, "Globex"),
            new Seen("Hooli's", EntityMention.Form.NAME, "Hooli"));
  }

  @Test
  void keepsAPluralPossessiveInsideAName() {
    assertThat(mentions("Farmers' Growth Partners led the round. Harrow Partners' chief left."))
        .extracting(Seen::entity).containsExactly("Farmers' Growth Partners", "Harrow Partners");
  }

  @Test
  void readsAProductAsItsMaker() {
    assertThat(mentions("Chatterbox gained users.")).containsExactly(
        new Seen("Chatterbox", EntityMention.Form.PRODUCT, "Initech"));
  }

  @Test
  void findsOrganizationsByTheGrammarOfNames() {
    List<Seen> found = mentions("Brightwater Capital led the round. Zentrix Robotics Inc. builds arms. The money went "
        + "to robotics startup Quellon. Marlow, a Dublin startup, also raised money. Later Marlow hired staff.");
    assertThat(found).extracting(Seen::entity)
        .containsExactly("Brightwater Capital", "Zentrix Robotics", "Quellon", "Marlow", "Marlow");
    assertThat(found).allMatch(s -> s.form() == EntityMention.Form.DISCOVERED);
  }

  @Test
  void readsTheShortFormOfANameTheArticleGaveInFull() {
    assertThat(mentions("Quanta AI opened a lab. Later Quanta hired staff.")).extracting(Seen::entity)
        .containsExactly("Quanta AI", "Quanta AI");
    assertThat(mentions("Quanta hired staff.")).isEmpty();
  }

  @Test
  void readsPeopleByGivenName() {
    List<Seen> found = mentions("The round included money from Jeff Bezos and from Masayoshi Son.");
    assertThat(found).extracting(Seen::entity).containsExactly("Jeff Bezos", "Masayoshi Son");
    assertThat(found).allMatch(s -> s.form() == EntityMention.Form.PERSON);
  }

  @Test
  void ignoresMonthsPlacesAndSentenceOpeners() {
    assertThat(mentions("However, in March the Paris office of a bank in Ohio opened. Analysts cheered."))
        .isEmpty();
  }

  @Test
  void resolvesDescriptionsByTagHomeCityAndProduct() {
    List<Seen> found = mentions("Cyberdyne and Globex and Initech met. The chipmaker spoke first. The Springfield "
        + "company spoke next. The Chatterbox maker spoke last. The creator of Latex was absent.");
    assertThat(found).filteredOn(s -> s.form() == EntityMention.Form.DESCRIPTION).extracting(Seen::entity)
        .containsExactly("Cyberdyne", "Globex", "Initech", "Vandelay Labs");
  }

  @Test
  void resolvesADescriptionByTheHeadOfAnEarlierApposition() {
    List<Seen> found = mentions("Kasumi Group, the Osaka trading house, reported results. Hooli cut staff. Globex "
        + "grew. The trading house will back Initech.");
    assertThat(found).filteredOn(s -> s.form() == EntityMention.Form.DESCRIPTION).extracting(Seen::entity)
        .containsExactly("Kasumi Group");
  }

  @Test
  void leavesADescriptionWithAnUnlearnedHeadUnresolved() {
    List<Seen> found = mentions("Kasumi Group, the Osaka trading house, reported results. The warehouse will close. "
        + "The trading desk was busy.");
    assertThat(found).filteredOn(s -> s.form() == EntityMention.Form.DESCRIPTION).isEmpty();
  }

  @Test
  void readsTheMakerOfAnUnknownCapitalisedWordByWhoWasNamedBefore() {
    List<Seen> found = mentions("Hooli held its developer conference. The Paperclip maker then spoke. Brevan, a "
        + "Helsinki outfit, hired staff. The Helsinki outfit grew.");
    assertThat(found).filteredOn(s -> s.form() == EntityMention.Form.DESCRIPTION).extracting(Seen::entity)
        .containsExactly("Hooli", "Brevan");
  }

  @Test
  void endsANameBeforeAJoinedLegalSuffix() {
    assertThat(mentions("Marubeni & Co. backed Initech.")).extracting(Seen::entity)
        .containsExactly("Marubeni", "Initech");
  }

  @Test
  void resolvesAPronounToTheSubjectBeforeIt() {
    List<Seen> found = mentions("Hooli takes on Globex as it expands in Europe.");
    assertThat(found).filteredOn(s -> s.form() == EntityMention.Form.PRONOUN).extracting(Seen::entity)
        .containsExactly("Hooli");
  }

  @Test
  void leavesAnEmptyItAlone() {
    assertThat(mentions("Hooli grew. It is unclear whether the plan works."))
        .noneMatch(s -> s.form() == EntityMention.Form.PRONOUN);
  }

  @Test
  void givesDiscoveredFundsTheInvestorKind() {
    List<Sentence> sentences = SPLITTER.split("Brightwater Ventures wrote the cheque.");
    EntityMention m = RECOGNIZER.recognise(sentences).get(0).get(0);
    assertThat(m.entity().orElseThrow().kind()).isEqualTo(EntityKind.INVESTOR);
  }
}
