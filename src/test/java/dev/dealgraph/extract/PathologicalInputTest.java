package dev.dealgraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Feeds inputs built to defeat naive parsers (no sentence ends, endless lists, dense triggers, symbol runs) and
 * checks that extraction finishes with sane output; speed itself is measured by benchmarks, not here.
 */
class PathologicalInputTest {

  private static final int FIVE_MB = 5 * 1024 * 1024;

  @Test
  void finishesOnFiveMegabytesOfAdversarialText() {
    String[] pieces = {"Globex", "invests", "$4", "billion", "in", "Initech", "and", "Hooli", ",", "which", "is",
        "in talks to", "back", "Vandelay Labs", "-backed", "rivals", "like", "vs", "between", "(", ")", "$$$",
        "1,000,000,000,000", "up to", "Aaa", "Bbb", "Ccc", "Capital", "Inc.", "the company", "it", "its", "'s",
        "not", "if", "led by", "with participation from", "€", "bn", "-", "—", "\"", "Series", "B"};
    Random random = new Random(7);
    StringBuilder text = new StringBuilder(FIVE_MB + 100);
    while (text.length() < FIVE_MB) {
      text.append(pieces[random.nextInt(pieces.length)]).append(random.nextInt(40) == 0 ? "\n" : " ");
    }
    Extraction e = Fixtures.extract(text.toString());
    assertThat(e.investments()).allSatisfy(i -> assertThat(i.investor().name()).isNotEqualTo(i.investee().name()));
    assertThat(e.mentions()).isNotEmpty();
  }

  /** Short articles put every odd token at the edges of sentences, lists and documents, where parsers look ahead. */
  @Test
  void extractsThousandsOfShortRandomArticlesWithoutFailing() {
    String[] pieces = {"Globex", "Initech", "Hooli", "invested", "raised", "in", "from", "led by", "$", "€", "₹",
        "06.11.2023", "1.2.3", "1,23,4567", "12,5", "3.", "0.0.0.0", "1,000.000,5", "bn", "m", "crore", "lakh",
        "billion", "up to", "between", "and", "to", "-", "—", "(", ")", ",", ".", ":", ";", "'s", "\"", "•",
        "the company", "it", "they", "rival", "vs.", "Series", "A", "Inc.", "Capital", "not", "talks", "\n\n"};
    Random random = new Random(11);
    for (int article = 0; article < 3000; article++) {
      StringBuilder text = new StringBuilder();
      int length = 1 + random.nextInt(30);
      for (int k = 0; k < length; k++) {
        text.append(pieces[random.nextInt(pieces.length)]).append(random.nextBoolean() ? " " : "");
      }
      String body = text.toString().isBlank() ? "x" : text.toString();
      assertThat(Fixtures.extract(body)).as(body).isNotNull();
    }
  }

  @Test
  void finishesOnOneEndlessSentenceOfCapitalisedWords() {
    StringBuilder text = new StringBuilder(FIVE_MB + 100);
    while (text.length() < FIVE_MB) {
      text.append("Alpha Beta Gamma Delta Capital Ventures ");
    }
    assertThat(Fixtures.extract(text.toString()).investments()).isEmpty();
  }
}
