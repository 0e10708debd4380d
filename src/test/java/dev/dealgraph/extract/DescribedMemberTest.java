package dev.dealgraph.extract;

import static dev.dealgraph.extract.Fixtures.extract;
import static dev.dealgraph.extract.Fixtures.pairs;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A list member introduced by a short description of its business ("trading firm X") is still a member. */
class DescribedMemberTest {

  private static final String OPENING = "Vandelay Labs raised $90 million in a Series C round.";

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "Backers include Orrin Ventures, trading firm Halcyon Partners and the Danish software maker Kestrel Robotics.",
      "New investors in the round include Orrin Ventures, pension manager Halcyon Partners and the Danish software"
          + " maker Kestrel Robotics.",
      "Investors included Orrin Ventures, the family office Halcyon Partners and chip designer Kestrel Robotics."})
  void readsTheNameBehindADescriptionAsAMember(String sentence) {
    assertThat(pairs(extract(OPENING, sentence))).containsExactlyInAnyOrder("Orrin Ventures -> Vandelay Labs",
        "Halcyon Partners -> Vandelay Labs", "Kestrel Robotics -> Vandelay Labs");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "Backers include Orrin Ventures, the fund that backed Kestrel Robotics, and Halcyon Partners.",
      "Backers include Orrin Ventures, the parent of Kestrel Robotics, and Halcyon Partners.",
      "Backers include Orrin Ventures, Halcyon Partners and the firm behind Kestrel Robotics."})
  void readsNoMemberInADescriptionThatNamesAnotherCompany(String sentence) {
    assertThat(pairs(extract(OPENING, sentence))).doesNotContain("Kestrel Robotics -> Vandelay Labs");
  }
}
