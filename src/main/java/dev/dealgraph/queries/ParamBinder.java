package dev.dealgraph.queries;

import dev.dealgraph.DealGraphException;
import dev.dealgraph.graph.Iris;
import dev.dealgraph.ontology.DG;
import dev.dealgraph.ontology.Ontology;
import dev.dealgraph.queries.NamedQuery.Param;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.vocabulary.SKOS;

/** Reads a raw parameter value as the RDF term its type calls for, checking it on the way. */
final class ParamBinder {
  /** Longest string a parameter takes: enough for any name or phrase, too short to smuggle a document in. */
  private static final int MAX_STRING = 1000;

  private final Map<String, Node> statuses;

  ParamBinder(Ontology ontology) {
    this.statuses = statuses(ontology.model());
  }

  /**
   * Returns the term for a raw value.
   *
   * @throws DealGraphException of kind BAD_PARAMETER naming the parameter, the rule and the value
   */
  Node bind(Param param, String raw) {
    return switch (param.type()) {
      case IRI -> iri(param, raw);
      case STRING -> {
        if (raw.length() > MAX_STRING) {
          throw bad(param, "must be at most " + MAX_STRING + " characters", raw.substring(0, 40) + "…");
        }
        yield NodeFactory.createLiteralString(raw);
      }
      case INTEGER -> {
        BigDecimal n = number(param, raw, "an integer");
        if (n.scale() > 0) {
          throw bad(param, "must be an integer", raw);
        }
        yield NodeFactory.createLiteralDT(n.toPlainString(), XSDDatatype.XSDinteger);
      }
      case DECIMAL -> NodeFactory.createLiteralDT(number(param, raw, "a decimal number").toPlainString(),
          XSDDatatype.XSDdecimal);
      case DATE -> NodeFactory.createLiteralDT(date(param, raw).toString(), XSDDatatype.XSDdate);
      case STATUS -> {
        Node status = statuses.get(raw);
        if (status == null) {
          throw bad(param, "must be one of " + String.join(", ", statuses.keySet()), raw);
        }
        yield status;
      }
    };
  }

  /** Returns the value of an integer parameter as a long, for LIMIT. */
  long whole(Param param, String raw) {
    return Long.parseLong(bind(param, raw).getLiteralLexicalForm());
  }

  private static Node iri(Param param, String raw) {
    if (raw.startsWith("/")) {
      return Iris.parsePath(raw).map(id -> NodeFactory.createURI(id.iri()))
          .orElseThrow(() -> bad(param, "must be an IRI or a DealGraph path such as /id/org/amazon", raw));
    }
    try {
      IRIx iri = IRIx.create(raw);
      if (!iri.isAbsolute()) {
        throw bad(param, "must be an absolute IRI", raw);
      }
      return NodeFactory.createURI(iri.str());
    } catch (IRIException e) {
      throw bad(param, "must be an IRI or a DealGraph path such as /id/org/amazon", raw);
    }
  }

  private static BigDecimal number(Param param, String raw, String what) {
    BigDecimal n;
    try {
      n = new BigDecimal(raw.strip());
    } catch (NumberFormatException e) {
      throw bad(param, "must be " + what, raw);
    }
    if (param.min().isPresent() && n.compareTo(param.min().get()) < 0
        || param.max().isPresent() && n.compareTo(param.max().get()) > 0) {
      throw bad(param, "must be between " + param.min().map(BigDecimal::toPlainString).orElse("-∞") + " and "
          + param.max().map(BigDecimal::toPlainString).orElse("∞"), raw);
    }
    return n;
  }

  private static LocalDate date(Param param, String raw) {
    try {
      return LocalDate.parse(raw.strip());
    } catch (DateTimeParseException e) {
      throw bad(param, "must be a date YYYY-MM-DD", raw);
    }
  }

  private static DealGraphException bad(Param param, String rule, String raw) {
    return DealGraphException.badParameter("parameter '" + param.name() + "' " + rule + ": " + raw);
  }

  /** Returns the status concepts by code, in stage order so that error messages list them as a reader expects. */
  private static Map<String, Node> statuses(Model ontology) {
    Map<String, Node> byCode = new LinkedHashMap<>();
    ontology.listSubjectsWithProperty(SKOS.inScheme, DG.statusScheme).toList().stream()
        .sorted(Comparator.comparingInt(c -> c.getProperty(DG.stageOrder).getInt()))
        .forEach(c -> byCode.put(c.getProperty(SKOS.notation).getString(), c.asNode()));
    return Collections.unmodifiableMap(byCode);
  }
}
