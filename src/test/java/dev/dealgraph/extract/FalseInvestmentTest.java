package dev.dealgraph.extract;

import static dev.dealgraph.extract.Fixtures.extract;
import static dev.dealgraph.extract.Fixtures.pairs;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Statements that name an investor and money but report no investment: negated subjects, spending on buildings. */
class FalseInvestmentTest {

  @Test
  void readsANegationBeforeTheSubjectOfAGerund() {
    Extraction e = extract("Initech raised $900 million in a round led by Hooli.",
        "Whatever that is, it is not Globex putting money into Initech.");

    assertThat(pairs(e)).containsExactly("Hooli -> Initech");
  }

  @Test
  void readsANegationBeforeTheOneAStakeIsNotGiven() {
    Extraction e = extract("Initech raised $900 million in a round led by Hooli.",
        "The arrangement is a capacity contract; it does not give Globex a stake in Initech.");

    assertThat(pairs(e)).containsExactly("Hooli -> Initech");
  }

  @Test
  void keepsASubjectWhoseNegationGovernsSomethingElse() {
    Extraction e = extract("Not content with chips, Globex invested $40 million in Initech.");

    assertThat(pairs(e)).containsExactly("Globex -> Initech");
  }

  @Test
  void takesNoDealInContextFromSpendingOnDataCentres() {
    Extraction e = extract("Initech raised $900 million in a round led by Hooli.",
        "The same week, Globex pledged $3 billion for British data centres.");

    assertThat(pairs(e)).containsExactly("Hooli -> Initech");
  }

  @Test
  void takesNoDealInContextFromASumForNewCampuses() {
    Extraction e = extract("Initech raised $900 million in a round led by Hooli.",
        "Globex will put $2 billion toward two new campuses.");

    assertThat(pairs(e)).containsExactly("Hooli -> Initech");
  }

  @Test
  void keepsAnInvestmentInACompanyThatBuildsDataCentres() {
    Extraction e = extract("Globex invested $2 billion in Initech, which builds data centres.");

    assertThat(DealSums.of(e)).containsExactly("Globex -> Initech 2000000000");
  }
}
