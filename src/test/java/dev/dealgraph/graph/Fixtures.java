package dev.dealgraph.graph;

import dev.dealgraph.extract.Entity;
import dev.dealgraph.extract.EntityKind;
import dev.dealgraph.extract.Evidence;
import dev.dealgraph.extract.Mention;
import dev.dealgraph.ingest.Article;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

/** Builds articles, entities and evidence by hand for mapping and query tests. */
public final class Fixtures {
  private Fixtures() {}

  /** Returns an article whose text is the title, a blank line and the body, with its real content hash. */
  public static Article article(String id, String title, LocalDate published, String source, String body) {
    String text = title + "\n\n" + body;
    return new Article(id, id + ".md", title, Optional.of(published), Optional.of(source),
        Optional.of("https://news.example/" + id), text, sha256(text), Map.of());
  }

  /** Returns a gazetteer organization of kind company. */
  public static Entity known(String name) {
    return new Entity(name, EntityKind.COMPANY, Optional.empty(), true);
  }

  /** Returns an entity found in the text only. */
  public static Entity discovered(String name, EntityKind kind) {
    return new Entity(name, kind, Optional.empty(), false);
  }

  /** Returns evidence for the first occurrence of the sentence in the article's text. */
  public static Evidence evidence(Article article, String sentence, double confidence) {
    int start = article.text().indexOf(sentence);
    if (start < 0) {
      throw new IllegalArgumentException("sentence not in article " + article.id() + ": " + sentence);
    }
    return new Evidence(sentence, start, start + sentence.length(), confidence);
  }

  /** Returns a mention of the first occurrence of the words in the article's text. */
  public static Mention mention(Article article, Entity entity, String words) {
    int start = article.text().indexOf(words);
    if (start < 0) {
      throw new IllegalArgumentException("words not in article " + article.id() + ": " + words);
    }
    return new Mention(entity, start, start + words.length(), words);
  }

  static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
