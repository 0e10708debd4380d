package dev.dealgraph.extract;

import static dev.dealgraph.extract.Fixtures.pairs;
import static dev.dealgraph.extract.Fixtures.extract;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A relative clause after an apposition that names a parent is about the name the apposition describes. */
class ApposedArmTest {

  @Test
  void givesTheClauseAfterAnArmOfAParentToTheArm() {
    Extraction e = extract("Northwind Fund, the venture arm of Hooli, which invested $25 million in Initech last year,"
        + " joined again.");

    assertThat(pairs(e)).contains("Northwind Fund -> Initech").doesNotContain("Hooli -> Initech");
  }

  @Test
  void givesTheClauseAfterAUnitOfAParentToTheUnit() {
    Extraction e = extract("Its backers include Tessier Capital, a unit of Kasumi Group, which put $10 million into"
        + " Quanta AI in 2023.");

    assertThat(pairs(e)).contains("Tessier Capital -> Quanta AI").doesNotContain("Kasumi Group -> Kasumi Group");
  }

  @Test
  void neverReadsTheCompanyAsTheArmsOwnParent() {
    Extraction e = extract("Quanta AI builds robots.",
        "Northwind Fund, the venture arm of Hooli, which invested $25 million in the company last year, joined again.");

    assertThat(pairs(e)).contains("Northwind Fund -> Quanta AI").doesNotContain("Northwind Fund -> Hooli");
  }
}
