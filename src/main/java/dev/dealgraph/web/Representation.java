package dev.dealgraph.web;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.jena.riot.RDFFormat;

/** Names the representations a DealGraph IRI can be dereferenced to, in order of preference for {@code *}/{@code *}. */
enum Representation {
  TURTLE("text/turtle", RDFFormat.TURTLE_PRETTY),
  JSON_LD("application/ld+json", RDFFormat.JSONLD11_PRETTY),
  N_TRIPLES("application/n-triples", RDFFormat.NTRIPLES_UTF8),
  RDF_XML("application/rdf+xml", RDFFormat.RDFXML_PRETTY),
  HTML("text/html", null);

  private final String mediaType;
  private final RDFFormat format;

  Representation(String mediaType, RDFFormat format) {
    this.mediaType = mediaType;
    this.format = format;
  }

  /** Returns the media type sent as {@code Content-Type}. */
  String mediaType() {
    return mediaType;
  }

  /** Returns the RDF syntax of a data representation; empty for the HTML page. */
  Optional<RDFFormat> format() {
    return Optional.ofNullable(format);
  }

  /** Returns every media type offered, in order of preference. */
  static List<String> mediaTypes() {
    return Arrays.stream(values()).map(r -> r.mediaType).toList();
  }

  /** Returns the representation of a media type returned by content negotiation. */
  static Representation of(String mediaType) {
    return Arrays.stream(values()).filter(r -> r.mediaType.equals(mediaType)).findFirst().orElseThrow();
  }
}
