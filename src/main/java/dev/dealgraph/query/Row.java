package dev.dealgraph.query;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;

/** Reads typed values out of one result row; a value of the wrong form reads as absent, never as a failure. */
final class Row {
  private final Binding binding;

  Row(Binding binding) {
    this.binding = binding;
  }

  Optional<Node> node(String var) {
    return Optional.ofNullable(binding.get(Var.alloc(var)));
  }

  /** Returns the IRI bound to {@code var}; the query guarantees it is bound. */
  String iri(String var) {
    return optionalIri(var).orElseThrow(() -> new IllegalStateException("?" + var + " is not an IRI"));
  }

  Optional<String> optionalIri(String var) {
    return node(var).filter(Node::isURI).map(Node::getURI);
  }

  /** Returns the lexical form of a literal, or the IRI, bound to {@code var}. */
  Optional<String> text(String var) {
    return node(var).map(n -> n.isLiteral() ? n.getLiteralLexicalForm() : n.isURI() ? n.getURI() : null);
  }

  Optional<BigDecimal> decimal(String var) {
    return text(var).flatMap(Row::parseDecimal);
  }

  Optional<LocalDate> date(String var) {
    return text(var).flatMap(Row::parseDate);
  }

  long count(String var) {
    return decimal(var).map(BigDecimal::longValue).orElse(0L);
  }

  /** Parses a decimal in its plainest form: TDB2 hands back "4000000000.0", the API shows 4000000000. */
  private static Optional<BigDecimal> parseDecimal(String lexical) {
    try {
      BigDecimal d = new BigDecimal(lexical.trim()).stripTrailingZeros();
      return Optional.of(d.scale() < 0 ? d.setScale(0) : d);
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static Optional<LocalDate> parseDate(String lexical) {
    try {
      return Optional.of(LocalDate.parse(lexical.length() > 10 ? lexical.substring(0, 10) : lexical));
    } catch (java.time.format.DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
