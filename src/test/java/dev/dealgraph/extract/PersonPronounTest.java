package dev.dealgraph.extract;

import static dev.dealgraph.extract.Fixtures.extract;
import static dev.dealgraph.extract.Fixtures.pairs;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** "He" and "she" refer to the person named before them, never to a company. */
class PersonPronounTest {

  @Test
  void readsHeAsThePersonWhoSaidIt() {
    Extraction e = extract("Omar Haddad, the founder of Hooli Labs, said that he is investing $30 million in "
        + "Kestrel Robotics.");
    assertThat(pairs(e)).containsExactly("Omar Haddad -> Kestrel Robotics");
  }

  @Test
  void readsSheAsThePersonWhoSaidIt() {
    Extraction e = extract("Priya Natarajan said this week that she is investing $20 million in Brightwater "
        + "Systems, the company she started in 2022.");
    assertThat(pairs(e)).containsExactly("Priya Natarajan -> Brightwater Systems");
  }
}
