package dev.dealgraph.extract;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dealgraph.ingest.Article;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes extraction results as the JSON report that {@code score.py} and {@link Evaluation} read: one
 * document per article with its investments, rounds and competitors, plus offsets and confidences.
 *
 * <p>The writer streams: each document is written as it is added, so a report of any length needs memory for
 * one document only.
 */
public final class ExtractionReport implements AutoCloseable {

  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private final JsonGenerator out;

  private ExtractionReport(JsonGenerator generator) throws IOException {
    this.out = generator.useDefaultPrettyPrinter();
    out.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    out.writeStartObject();
    out.writeArrayFieldStart("documents");
  }

  /** Starts a report on a stream, in UTF-8; close the report to finish the JSON (the stream stays open). */
  public static ExtractionReport open(OutputStream stream) {
    try {
      return new ExtractionReport(JSON.getFactory().createGenerator(stream, JsonEncoding.UTF8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Starts a report on a character stream; close the report to finish the JSON (the writer stays open). */
  public static ExtractionReport open(Writer writer) {
    try {
      return new ExtractionReport(JSON.getFactory().createGenerator(writer));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Returns the whole report for the given articles and their extractions, as a JSON string. */
  public static String toJson(List<Article> articles, List<Extraction> extractions) {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    try (ExtractionReport report = open(buffer)) {
      for (int i = 0; i < articles.size(); i++) {
        report.add(articles.get(i), extractions.get(i));
      }
    }
    return buffer.toString(StandardCharsets.UTF_8);
  }

  /** Appends one document. */
  public void add(Article article, Extraction extraction) {
    try {
      JSON.writeTree(out, document(article, extraction));
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    try {
      out.writeEndArray();
      out.writeEndObject();
      out.writeRaw('\n');
      out.flush();
      out.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Returns the JSON of one document. */
  static ObjectNode document(Article article, Extraction extraction) {
    ObjectNode doc = JSON.createObjectNode();
    doc.put("source", article.origin());
    doc.put("title", article.title());
    doc.put("published", article.published().map(Object::toString).orElse(null));
    ReportNames names = ReportNames.of(article, extraction);
    ArrayNode investments = doc.putArray("investments");
    for (Investment i : extraction.investments()) {
      ObjectNode n = investments.addObject();
      n.put("investor", names.of(i.investor()));
      n.put("investee", names.of(i.investee()));
      n.set("amount", i.amount().map(ExtractionReport::amount).orElse(null));
      n.put("status", i.status().code());
      evidence(n, i.evidence());
      i.amount().ifPresent(a -> n.put("amountText", a.text()));
      if (!i.tranches().isEmpty()) {
        ArrayNode tranches = n.putArray("tranches");
        i.tranches().forEach(t -> tranches.add(amount(t)));
      }
      i.round().ifPresent(r -> n.put("round", r));
    }
    ArrayNode rounds = doc.putArray("rounds");
    for (Round r : extraction.rounds()) {
      ObjectNode n = rounds.addObject();
      n.put("investee", names.of(r.investee()));
      n.set("amount", r.amount().map(ExtractionReport::amount).orElse(null));
      n.put("series", r.series().orElse(null));
      r.valuation().ifPresent(v -> n.set("valuation", amount(v)));
      r.leads().forEach(e -> n.withArray("leads").add(names.of(e)));
      r.participants().forEach(e -> n.withArray("participants").add(names.of(e)));
      evidence(n, r.evidence());
    }
    ArrayNode competitors = doc.putArray("competitors");
    for (Competition c : extraction.competitors()) {
      ObjectNode n = competitors.addObject();
      n.put("a", names.of(c.a()));
      n.put("b", names.of(c.b()));
      evidence(n, c.evidence());
    }
    return doc;
  }

  private static void evidence(ObjectNode n, Evidence e) {
    n.put("evidence", e.sentence());
    n.put("evidenceStart", e.start());
    n.put("evidenceEnd", e.end());
    n.put("confidence", Math.round(e.confidence() * 1000) / 1000.0);
  }

  /** Returns an amount in the report's shape: value, max, min and max, approx, or min, with its currency. */
  static ObjectNode amount(Amount a) {
    ObjectNode n = JSON.createObjectNode();
    switch (a.kind()) {
      case EXACT -> number(n, "value", a.figure());
      case UP_TO -> number(n, "max", a.figure());
      case RANGE -> {
        number(n, "min", a.figure());
        number(n, "max", a.upper().orElseThrow());
      }
      case APPROX -> number(n, "approx", a.figure());
      case AT_LEAST -> number(n, "min", a.figure());
    }
    n.put("currency", a.currency());
    return n;
  }

  private static void number(ObjectNode n, String field, BigDecimal value) {
    BigDecimal plain = value.stripTrailingZeros();
    if (plain.scale() <= 0) {
      n.put(field, plain.toBigIntegerExact());
    } else {
      n.put(field, plain.doubleValue());
    }
  }
}
