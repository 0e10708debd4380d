package dev.dealgraph.extract;

import static dev.dealgraph.extract.Fixtures.extract;
import static dev.dealgraph.extract.Fixtures.rivals;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A company that faces another's challenger, casts itself as a rival or measures itself against others. */
class RivalCastTest {

  @Test
  void readsTheChallengerAndTheProductFacedAsRivalsOfTheSubject() {
    assertThat(rivals(extract("Quanta AI now faces the Initech challenger Zorbit as well as Globex's Nimbus at home.")))
        .containsExactlyInAnyOrder("Quanta AI ~ Zorbit", "Globex ~ Quanta AI", "Initech ~ Zorbit");
  }

  @Test
  void readsAPossessedChallengerFacedAsARivalOfTheSubject() {
    assertThat(rivals(extract("Quanta AI faces Initech's challenger Zorbit in banking.")))
        .containsExactlyInAnyOrder("Quanta AI ~ Zorbit", "Initech ~ Zorbit");
  }

  @Test
  void readsFacingALawsuitAsNoRivalry() {
    assertThat(rivals(extract("Quanta AI faces a lawsuit from Initech."))).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"Quanta AI presents itself as the rival of Globex and Hooli.",
      "Quanta AI bills itself as a challenger to Globex and Hooli.",
      "Quanta AI measures itself against Globex and Hooli.",
      "Quanta AI's model is pitched against Globex and Hooli.",
      "Quanta AI has cast itself as a challenger to the likes of Globex and Hooli."})
  void readsTheCompanyThatCastsItselfAsARivalAsARivalOfEachNamed(String text) {
    assertThat(rivals(extract(text))).containsExactlyInAnyOrder("Globex ~ Quanta AI", "Hooli ~ Quanta AI");
  }

  @Test
  void readsACompanyPresentingItselfAsAPartnerAsNoRival() {
    assertThat(rivals(extract("Quanta AI presents itself as a partner of Globex."))).isEmpty();
  }

  @Test
  void readsOnlyTheNameAfterASingularChallengerAsTheOwnersRival() {
    assertThat(rivals(extract("Quanta AI is facing the Hooli challenger Zorbit and Initech's Chatterbox.")))
        .containsExactlyInAnyOrder("Quanta AI ~ Zorbit", "Initech ~ Quanta AI", "Hooli ~ Zorbit");
  }
}
