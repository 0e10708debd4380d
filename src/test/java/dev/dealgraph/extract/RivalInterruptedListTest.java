package dev.dealgraph.extract;

import static dev.dealgraph.extract.Fixtures.extract;
import static dev.dealgraph.extract.Fixtures.rivals;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Lists of rivals whose subject carries a floating quantifier or an aside before its last member. */
class RivalInterruptedListTest {

  @Test
  void readsEachListedSubjectWithAModalAndAllAsARivalOfEachObjectOnly() {
    assertThat(rivals(extract("Initech, Hooli and Quanta AI must all compete with Globex and Cyberdyne for"
        + " developers.")))
        .containsExactlyInAnyOrder("Globex ~ Initech", "Cyberdyne ~ Initech", "Globex ~ Hooli", "Cyberdyne ~ Hooli",
            "Globex ~ Quanta AI", "Cyberdyne ~ Quanta AI");
  }

  @Test
  void readsTwoRacingGroupsAsRivalsWithinEachGroupOnly() {
    assertThat(rivals(extract("Globex, Hooli and, through its partnership with the start-up, Quanta AI all vie to"
        + " host AI workloads, while Initech, Cyberdyne and Vandelay Labs battle over the processors.")))
        .containsExactlyInAnyOrder("Globex ~ Hooli", "Globex ~ Quanta AI", "Hooli ~ Quanta AI",
            "Cyberdyne ~ Initech", "Initech ~ Vandelay Labs", "Cyberdyne ~ Vandelay Labs");
  }

  @Test
  void readsAPairInterruptedByAnAsideAsRivals() {
    assertThat(rivals(extract("Globex and, through its cloud arm, Hooli compete for the same banks.")))
        .containsExactly("Globex ~ Hooli");
  }

  @Test
  void readsAnInterruptedListOfBackersAsNoRivals() {
    assertThat(rivals(extract("Globex, Hooli and, through its fund, Tessier Capital all backed Quanta AI.")))
        .isEmpty();
  }

  @Test
  void readsAnInterruptedListWithoutARivalryCueAsNoRivals() {
    assertThat(rivals(extract("Cyberdyne and, after a long delay, Initech have both shipped chips."))).isEmpty();
  }

  @Test
  void readsAListInterruptedByADashedAsideThatNamesAnotherCompany() {
    assertThat(rivals(extract("Globex, Hooli and – via its stake in Zorbit – Cyberdyne all compete for bank"
        + " contracts.")))
        .containsExactlyInAnyOrder("Globex ~ Hooli", "Cyberdyne ~ Globex", "Cyberdyne ~ Hooli");
  }
}
