package dev.dealgraph.query;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FoldTest {
  @Test
  void foldsPunctuationCaseAndSpacesToSingleSpaces() {
    assertThat(Fold.of("  Andreessen   Horowitz (a16z) ")).isEqualTo("andreessen horowitz a16z");
    assertThat(Fold.of("AT&T-Ventures")).isEqualTo("at t ventures");
    assertThat(Fold.of("...")).isEmpty();
  }

  @Test
  void foldsAccentsAndWideFormsAway() {
    assertThat(Fold.of("Société Générale")).isEqualTo("societe generale");
    assertThat(Fold.of("Ｓｏｆｔ Bank")).isEqualTo("soft bank");
    assertThat(Fold.of("Zhipu 智谱")).isEqualTo("zhipu 智谱");
  }
}
