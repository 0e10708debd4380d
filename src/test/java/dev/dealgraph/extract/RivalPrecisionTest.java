package dev.dealgraph.extract;

import static dev.dealgraph.extract.Fixtures.extract;
import static dev.dealgraph.extract.Fixtures.rivals;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Founders are never rivals, and a unit's product stands for the unit, never a rival of its own parent. */
class RivalPrecisionTest {

  @Test
  void readsTheFounderNamedBeforeAsNoRival() {
    assertThat(rivals(extract("Quanta AI was founded by Ana Ruiz in 2021.",
        "It competes with Initech, Hooli and Ruiz's former employer.")))
        .containsExactlyInAnyOrder("Initech ~ Quanta AI", "Hooli ~ Quanta AI");
  }

  @Test
  void readsAFounderInAppositionAsNoRival() {
    assertThat(rivals(extract("Ana Ruiz, the founder of Quanta AI, is taking on Initech and Hooli."))).isEmpty();
  }

  @Test
  void readsAPersonAfterATitleAsNoRival() {
    assertThat(rivals(extract("Quanta AI competes with Initech and with co-founder Ana Ruiz's old company.")))
        .containsExactly("Initech ~ Quanta AI");
  }

  @Test
  void readsAUnitsProductAsTheUnit() {
    assertThat(rivals(extract("Quanta AI competes with Stratus and Chatterbox.")))
        .containsExactlyInAnyOrder("Globex Cloud ~ Quanta AI", "Initech ~ Quanta AI");
  }

  @Test
  void readsAParentsProductAndItsUnitsProductAsNoRivals() {
    assertThat(rivals(extract("Nimbus competes with Stratus in the cloud."))).isEmpty();
  }

  @Test
  void readsACoFounderInAppositionWithoutAnArticleAsNoRival() {
    assertThat(rivals(extract("Quanta AI sells chat tools.",
        "Ana Ruiz, co-founder of Quanta AI, sees Hooli as its main rival.")))
        .containsExactly("Hooli ~ Quanta AI");
  }
}
