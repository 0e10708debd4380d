package dev.dealgraph.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class AmountsTest {

  @Test
  void writesFiguresWithThreeSignificantDigitsAndThousandsSeparators() {
    assertThat(Amounts.figure(4.0)).isEqualTo("4");
    assertThat(Amounts.figure(2.46)).isEqualTo("2.5");
    assertThat(Amounts.figure(14.34)).isEqualTo("14.3");
    assertThat(Amounts.figure(214.4)).isEqualTo("214");
    assertThat(Amounts.figure(24_061)).isEqualTo("24,100");
  }

  @Test
  void drawsEveryShapeOfDealAmount() {
    SplittableRandom random = new SplittableRandom(7);
    StringBuilder all = new StringBuilder();
    for (int i = 0; i < 500; i++) {
      all.append(Amounts.deal("Series B", random)).append('\n');
    }
    assertThat(all.toString()).contains("up to ", "between ", "about ", "at least ", "more than ", "€", "£",
        " yen", " yuan", "crore");
  }
}
