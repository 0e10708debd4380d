package dev.dealgraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DatesTest {
  private static final LocalDate SEPT_25 = LocalDate.of(2023, 9, 25);

  @Test
  void parsesIsoDatesAndTimestampsInTheirOwnOffset() {
    assertThat(Dates.parse("2023-09-25")).contains(SEPT_25);
    assertThat(Dates.parse("2023-09-25T23:30:00-05:00")).contains(SEPT_25);
    assertThat(Dates.parse("2023-09-25T01:10:00+09:00")).contains(SEPT_25);
    assertThat(Dates.parse("2023-09-25T19:45:18Z")).contains(SEPT_25);
    assertThat(Dates.parse("2023-09-25 19:45:18.123")).contains(SEPT_25);
    assertThat(Dates.parse("20230925T194518Z")).contains(SEPT_25);
  }

  @Test
  void parsesRfc822() {
    assertThat(Dates.parse("Mon, 25 Sep 2023 23:30:00 -0500")).contains(SEPT_25);
    assertThat(Dates.parse("25 Sep 2023 08:00:00 GMT")).contains(SEPT_25);
    assertThat(Dates.parse("Mon, 25 Sep 23 08:00:00 EST")).contains(SEPT_25);
  }

  @Test
  void parsesWrittenDates() {
    assertThat(Dates.parse("Sept 25, 2023")).contains(SEPT_25);
    assertThat(Dates.parse("Sept. 25, 2023")).contains(SEPT_25);
    assertThat(Dates.parse("September 25th, 2023")).contains(SEPT_25);
    assertThat(Dates.parse("25 September 2023")).contains(SEPT_25);
    assertThat(Dates.parse("Monday, 25 Sept 2023 at 10:00")).contains(SEPT_25);
  }

  @Test
  void parsesGermanFrenchAndJapaneseDates() {
    assertThat(Dates.parse("25.09.2023")).contains(SEPT_25);
    assertThat(Dates.parse("25. September 2023")).contains(SEPT_25);
    assertThat(Dates.parse("4. März 2024")).contains(LocalDate.of(2024, 3, 4));
    assertThat(Dates.parse("1er juillet 2024")).contains(LocalDate.of(2024, 7, 1));
    assertThat(Dates.parse("12 juin 2024")).contains(LocalDate.of(2024, 6, 12));
    assertThat(Dates.parse("3 décembre 2022")).contains(LocalDate.of(2022, 12, 3));
    assertThat(Dates.parse("2023年9月25日")).contains(SEPT_25);
  }

  @Test
  void neverInventsADate() {
    assertThat(Dates.parse("31.02.2024")).isEmpty();
    assertThat(Dates.parse("1.2.3.2024")).isEmpty();
    assertThat(Dates.parse("Sept 25")).isEmpty();
    assertThat(Dates.parse("03/04/2023")).isEmpty();
    assertThat(Dates.parse("2023-02-30")).isEmpty();
    assertThat(Dates.parse("yesterday")).isEmpty();
    assertThat(Dates.parse("1695600000")).isEmpty();
    assertThat(Dates.parse("")).isEmpty();
  }

  @Test
  void findsFirstFullDateInALine() {
    assertThat(Dates.find("Published: Sept 25, 2023, 10:04 a.m. ET | Updated Sept 26, 2023")).contains(SEPT_25);
    assertThat(Dates.find("no date here, only 2023 and May")).isEmpty();
  }
}
