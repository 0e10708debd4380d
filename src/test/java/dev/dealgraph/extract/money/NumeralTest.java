package dev.dealgraph.extract.money;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NumeralTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "42|42", "3.5|3.5", "1,250|1250", "12,500,000|12500000", "1.000.000|1000000", "2,5|2.5",
      "1,234.56|1234.56", "1.234,56|1234.56", "0.75|0.75", "12,34,567|1234567"})
  void readsNumbersInEnglishAndEuropeanStyle(String text, String expected) {
    assertThat(Numeral.value(text)).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo(expected));
  }

  @ParameterizedTest
  @ValueSource(strings = {"06.11.2023", "3.5.1", "1.2,3,4", "1,2,3", "1,23,4567", "1234.567.890"})
  void givesNoValueToDatesAndVersionNumbers(String text) {
    assertThat(Numeral.value(text)).isEmpty();
  }

  @Test
  void keepsTheScaleOfADecimalFigure() {
    assertThat(Numeral.value("1.50")).contains(new BigDecimal("1.50"));
  }
}
