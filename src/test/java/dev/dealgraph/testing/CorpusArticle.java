package dev.dealgraph.testing;

import dev.dealgraph.extract.Amount;
import dev.dealgraph.extract.Competition;
import dev.dealgraph.extract.Entity;
import dev.dealgraph.extract.Evidence;
import dev.dealgraph.extract.Extraction;
import dev.dealgraph.extract.Investment;
import dev.dealgraph.extract.Mention;
import dev.dealgraph.extract.Round;
import dev.dealgraph.extract.Status;
import dev.dealgraph.ingest.Article;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Builds one fixture article and its extraction, finding every quoted sentence and mention in the text. */
final class CorpusArticle {
  private final Article article;
  private final List<Mention> mentions = new ArrayList<>();
  private final List<Investment> investments = new ArrayList<>();
  private final List<Round> rounds = new ArrayList<>();
  private final List<Competition> rivals = new ArrayList<>();

  private CorpusArticle(Article article) {
    this.article = article;
  }

  static CorpusArticle dated(String id, String title, int year, int month, int day, String source, String body) {
    return of(id, title, Optional.of(LocalDate.of(year, month, day)), Optional.of(source), body);
  }

  static CorpusArticle undated(String id, String title, String body) {
    return of(id, title, Optional.empty(), Optional.empty(), body);
  }

  private static CorpusArticle of(String id, String title, Optional<LocalDate> published, Optional<String> source,
      String body) {
    String text = title + "\n\n" + body;
    return new CorpusArticle(new Article(id, id + ".md", title, published, source,
        Optional.of("https://news.example/" + id), text, sha256(text), Map.of()));
  }

  static Amount usd(String kind, String figure, String text) {
    BigDecimal v = new BigDecimal(figure);
    return kind.equals("upTo") ? Amount.upTo(v, "USD", text) : Amount.exact(v, "USD", text);
  }

  Article article() {
    return article;
  }

  Extraction extraction() {
    return new Extraction(mentions, investments, rounds, rivals);
  }

  CorpusArticle mention(Entity entity, String words) {
    int start = find(words);
    mentions.add(new Mention(entity, start, start + words.length(), words));
    return this;
  }

  CorpusArticle deal(Entity investor, Entity investee, Amount amount, Status status, String sentence,
      Amount... tranches) {
    investments.add(new Investment(investor, investee, Optional.ofNullable(amount), status, Optional.empty(),
        Optional.empty(), List.of(tranches), evidence(sentence)));
    return this;
  }

  CorpusArticle datedDeal(Entity investor, Entity investee, Amount amount, Status status, LocalDate date,
      String sentence) {
    investments.add(new Investment(investor, investee, Optional.ofNullable(amount), status, Optional.of(date),
        Optional.empty(), List.of(), evidence(sentence)));
    return this;
  }

  CorpusArticle seriesDeal(Entity investor, Entity investee, Amount amount, Status status, String series,
      String sentence) {
    investments.add(new Investment(investor, investee, Optional.ofNullable(amount), status, Optional.empty(),
        Optional.of(series), List.of(), evidence(sentence)));
    return this;
  }

  CorpusArticle round(Entity investee, String series, Amount total, Amount valuation, List<Entity> leads,
      List<Entity> participants, String sentence) {
    rounds.add(new Round(investee, Optional.ofNullable(series), Optional.ofNullable(total),
        Optional.ofNullable(valuation), leads, participants, article.published(), evidence(sentence)));
    return this;
  }

  CorpusArticle rivals(Entity a, Entity b, String sentence) {
    rivals.add(new Competition(a, b, evidence(sentence)));
    return this;
  }

  private Evidence evidence(String sentence) {
    int start = find(sentence);
    return new Evidence(sentence, start, start + sentence.length(), 0.9);
  }

  private int find(String words) {
    int start = article.text().indexOf(words);
    if (start < 0) {
      throw new IllegalArgumentException("not in article " + article.id() + ": " + words);
    }
    return start;
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
