package dev.dealgraph.extract;

import dev.dealgraph.ingest.Article;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Builds the invented test gazetteer, an extractor over it, and articles from text written for the tests. */
public final class Fixtures {

  private static final Gazetteer GAZETTEER = load();
  private static final Extractor EXTRACTOR = Extractor.create(GAZETTEER);

  private Fixtures() {}

  private static Gazetteer load() {
    try (InputStream in = Fixtures.class.getResourceAsStream("/dealgraph/test-gazetteer.yaml")) {
      return Gazetteer.load(in, "test-gazetteer.yaml");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Returns the test gazetteer of invented organizations. */
  public static Gazetteer gazetteer() {
    return GAZETTEER;
  }

  /** Returns an article whose text is the given paragraphs. */
  public static Article article(String... paragraphs) {
    String text = String.join("\n\n", paragraphs);
    return new Article("test", "test.txt", paragraphs[0], Optional.empty(), Optional.empty(), Optional.empty(), text,
        "hash", Map.of());
  }

  /** Extracts the given paragraphs with the test gazetteer. */
  public static Extraction extract(String... paragraphs) {
    return EXTRACTOR.extract(article(paragraphs));
  }

  /** Returns the deals as "Investor -> Investee" strings. */
  public static List<String> pairs(Extraction e) {
    return e.investments().stream().map(i -> i.investor().name() + " -> " + i.investee().name()).distinct().toList();
  }

  /** Returns the deals as "Investor -> Investee STATUS" strings, in order. */
  public static List<String> staged(Extraction e) {
    return e.investments().stream()
        .map(i -> i.investor().name() + " -> " + i.investee().name() + " " + i.status()).toList();
  }

  /** Returns the rival pairs as "A ~ B" strings, A before B by name. */
  public static List<String> rivals(Extraction e) {
    return e.competitors().stream().map(c -> c.a().name() + " ~ " + c.b().name()).toList();
  }
}
