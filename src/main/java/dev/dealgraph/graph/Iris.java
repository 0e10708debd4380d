package dev.dealgraph.graph;

import dev.dealgraph.DealGraphException;
import dev.dealgraph.extract.Amount;
import dev.dealgraph.extract.Entity;
import dev.dealgraph.extract.EntityKind;
import java.util.Locale;
import java.util.Optional;

/**
 * Mints the IRIs of DealGraph's resources and graphs, and reads local paths back into resource ids.
 *
 * <p>Organizations and people are named by the slug of their canonical name ({@code id/org/google-deepmind});
 * deals, rounds, claims and amounts by the first 16 hex characters of the SHA-256 of what they stand for, so the
 * same fact always gets the same IRI.
 */
public final class Iris {
  /** The root of every DealGraph IRI. */
  public static final String BASE = "https://dealgraph.dev/";
  /** The root of resource IRIs, served by the server at the same paths. */
  public static final String ID = BASE + "id/";
  /** The named graph holding the ontology. */
  public static final String ONTOLOGY_GRAPH = BASE + "graph/ontology";
  /** The named graph holding the gazetteer's reference data. */
  public static final String GAZETTEER_GRAPH = BASE + "graph/gazetteer";
  /** The namespace of Wikidata items. */
  public static final String WIKIDATA = "http://www.wikidata.org/entity/";

  /** The prefix of every article's named graph. */
  public static final String ARTICLE_GRAPH = BASE + "graph/article/";

  private Iris() {}

  /** Returns the slug of a name: lower-case ASCII words joined by '-' ("Google DeepMind" → "google-deepmind"). */
  public static String slug(String name) {
    return Names.slug(name);
  }

  /** Returns the IRI of the organization with this canonical name. */
  public static String org(String name) {
    return ID + "org/" + slug(name);
  }

  /** Returns the IRI of the person with this canonical name. */
  public static String person(String name) {
    return ID + "person/" + slug(name);
  }

  /** Returns the IRI of an entity: a person's or an organization's, by its kind. */
  public static String entity(String name, EntityKind kind) {
    return kind == EntityKind.PERSON ? person(name) : org(name);
  }

  /** Returns the IRI of an extracted entity. */
  public static String entity(Entity entity) {
    return entity(entity.name(), entity.kind());
  }

  /** Returns the IRI of the product with this name. */
  public static String product(String name) {
    return ID + "product/" + slug(name);
  }

  /**
   * Returns the IRI of an article.
   *
   * @throws DealGraphException when the id has characters other than letters, digits and {@code . _ ~ -}
   */
  public static String article(String articleId) {
    return ID + "article/" + checkedArticleId(articleId);
  }

  /** Returns the IRI of the named graph that holds everything one article says. */
  public static String articleGraph(String articleId) {
    return ARTICLE_GRAPH + checkedArticleId(articleId);
  }

  /** Returns the IRI of a span of an article's stored text, offsets counted in Unicode code points (RFC 5147). */
  public static String span(String articleId, int begin, int end) {
    return article(articleId) + "#char=" + begin + "," + end;
  }

  /** Returns the Wikidata IRI of an item id ("Q3884"). */
  public static String wikidata(String itemId) {
    return WIKIDATA + itemId;
  }

  /** Returns the IRI of the deal of these parties for this amount; every article reporting it shares the IRI. */
  public static String deal(String investorIri, String investeeIri, Optional<Amount> amount) {
    return ID + "deal/" + Hashes.short16("deal", investorIri, investeeIri, amount.map(Names::amountKey).orElse("-"));
  }

  /** Returns the IRI of an amount; amounts of the same kind, figures and currency are one node. */
  public static String amount(Amount amount) {
    return ID + "amount/" + Hashes.short16("amount", Names.amountKey(amount));
  }

  /**
   * Returns the IRI of a funding round: by investee and series label when the label is known, else by investee
   * and total, else a round of its own for the one article that reports it.
   */
  public static String round(String investeeIri, Optional<String> series, Optional<Amount> total, String articleId) {
    String identity = series.map(s -> "series " + Names.series(s).toLowerCase(Locale.ROOT))
        .or(() -> total.map(a -> "total " + Names.amountKey(a)))
        .orElse("article " + articleId);
    return ID + "round/" + Hashes.short16("round", investeeIri, identity);
  }

  /** Returns the IRI of a claim made of these parts (the article, the claim's kind, its content). */
  public static String claim(String... content) {
    return ID + "claim/" + Hashes.short16(content);
  }

  /** Returns the IRI of one extractor run over one version of an article. */
  public static String extractionRun(String articleId, String contentHash, ExtractorInfo extractor) {
    return ID + "extraction/" + Hashes.short16("extraction", articleId, contentHash, extractor.key());
  }

  /** Returns the IRI of an extractor version. */
  public static String extractor(ExtractorInfo extractor) {
    return ID + "software/" + extractor.key();
  }

  /** Reads a local path such as {@code /id/org/amazon}; empty when it names no DealGraph resource. */
  public static Optional<ResourceId> parsePath(String path) {
    if (path == null || !path.startsWith("/id/")) {
      return Optional.empty();
    }
    String rest = path.substring("/id/".length());
    int slash = rest.indexOf('/');
    if (slash < 0) {
      return Optional.empty();
    }
    String key = rest.substring(slash + 1);
    return ResourceId.Type.fromSegment(rest.substring(0, slash))
        .filter(type -> type.accepts(key))
        .map(type -> new ResourceId(type, key));
  }

  /** Reads a full IRI such as {@code https://dealgraph.dev/id/org/amazon}, ignoring any fragment. */
  public static Optional<ResourceId> parse(String iri) {
    if (iri == null || !iri.startsWith(BASE)) {
      return Optional.empty();
    }
    int hash = iri.indexOf('#');
    String path = iri.substring(BASE.length() - 1, hash < 0 ? iri.length() : hash);
    return parsePath(path);
  }

  private static String checkedArticleId(String articleId) {
    if (!ResourceId.Type.ARTICLE.accepts(articleId)) {
      throw DealGraphException.invalidContent(
          "article id must be letters, digits and . _ ~ - only (it becomes an IRI): '" + articleId + "'");
    }
    return articleId;
  }
}
