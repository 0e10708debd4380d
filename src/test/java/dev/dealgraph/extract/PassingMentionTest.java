package dev.dealgraph.extract;

import static dev.dealgraph.extract.Fixtures.extract;
import static dev.dealgraph.extract.Fixtures.pairs;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Companies a sentence names in passing, beside an investor noun or a description, take no stake by it. */
class PassingMentionTest {

  @Test
  void makesNoInvestorOfACompanyNamedInAnOfPhraseAfterTheInvestorNoun() {
    assertThat(pairs(extract("Quanta AI is backed by Globex.",
        "It also competes with Initech and Vandelay Labs, the labs of its own shareholder and of Hooli.")))
        .containsExactly("Globex -> Quanta AI");
  }

  @Test
  void keepsOneOfTheShareholdersAsAnApposedStake() {
    assertThat(pairs(extract("Hooli, one of Quanta AI's largest shareholders, joined again.")))
        .containsExactly("Hooli -> Quanta AI");
  }

  @Test
  void givesAmongTheInvestorsOnlyTheObjectOfWith() {
    assertThat(pairs(extract("Initech raised $50 million from Tessier Capital.",
        "Quanta AI has raised $300 million from funds owned by the state, with Hooli among the other investors.")))
        .containsExactlyInAnyOrder("Tessier Capital -> Initech", "Hooli -> Quanta AI");
  }

  @Test
  void keepsTheSubjectOfAmongTheInvestorsWithoutWith() {
    assertThat(pairs(extract("Quanta AI raised $300 million.", "Hooli and Globex were among the new investors.")))
        .containsExactlyInAnyOrder("Hooli -> Quanta AI", "Globex -> Quanta AI");
  }

  @Test
  void neverReadsThePlatformAsALabNamedBefore() {
    assertThat(pairs(extract("Initech raised $40 million last year.",
        "\"Initech has two threats,\" one analyst said. \"The first is Vandelay Labs, which gives its models away. "
            + "The second is the platform that wrote its biggest cheque.\"")))
        .doesNotContain("Vandelay Labs -> Initech");
  }

  @Test
  void givesTheChequeToTheCompanyThatWroteIt() {
    assertThat(pairs(extract("Initech raised $40 million in March.",
        "Hooli, which wrote its biggest cheque, now sits on the board.")))
        .containsExactly("Hooli -> Initech");
  }

  @Test
  void readsThePlatformAsTheInternetGroupNamedBefore() {
    assertThat(pairs(extract("Hooli runs the largest video site in the country.",
        "The platform invested $5 million in Initech.")))
        .containsExactly("Hooli -> Initech");
  }

  @Test
  void readsHoldingWithAnObjectAsAVerbRatherThanAStake() {
    assertThat(pairs(extract("Hooli has agreed to form a joint venture with Globex, with Globex holding the larger"
        + " part of it."))).isEmpty();
  }

  @Test
  void keepsHoldingAsTheNounOfAStake() {
    assertThat(pairs(extract("Hooli disclosed a holding in Initech worth $40 million.")))
        .containsExactly("Hooli -> Initech");
  }
}
