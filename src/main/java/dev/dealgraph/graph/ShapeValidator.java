package dev.dealgraph.graph;

import dev.dealgraph.DealGraphException;
import dev.dealgraph.ontology.Ontology;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.sparql.core.Prologue;
import org.apache.jena.sparql.path.Path;
import org.apache.jena.sparql.util.FmtUtils;

/**
 * Checks graphs against the SHACL shapes of {@code ontology/shapes.ttl} and explains every violation on one line:
 * the focus node, the path and the message.
 *
 * <p>Immutable and safe to share between threads.
 */
public final class ShapeValidator {
  private static final Prologue PROLOGUE = new Prologue(Vocab.PREFIXES);

  private final Shapes shapes;

  private ShapeValidator(Shapes shapes) {
    this.shapes = shapes;
  }

  /** Returns a validator for the shapes shipped in the jar. */
  public static ShapeValidator standard() {
    return Standard.INSTANCE;
  }

  /** Returns a validator for the given shapes graph. */
  public static ShapeValidator of(Model shapes) {
    return new ShapeValidator(Shapes.parse(shapes.getGraph()));
  }

  /** Returns one readable line per violation, sorted; empty when the graph conforms. */
  public List<String> violations(Model data) {
    ValidationReport report = ShaclValidator.get().validate(shapes, data.getGraph());
    return report.getEntries().stream()
        .filter(e -> e.severity() == Severity.Violation)
        .map(ShapeValidator::line)
        .sorted()
        .distinct()
        .toList();
  }

  /**
   * Checks a graph and returns normally when it conforms.
   *
   * @param what names the graph in the message ("article 1f3a…", "gazetteer")
   * @throws DealGraphException of kind INVALID_CONTENT listing every violation, one per line
   */
  public void validate(Model data, String what) {
    List<String> lines = violations(data);
    if (!lines.isEmpty()) {
      throw DealGraphException.invalidContent(what + " breaks " + lines.size() + " rule"
          + (lines.size() == 1 ? "" : "s") + " of ontology/shapes.ttl:\n" + String.join("\n", lines));
    }
  }

  private static String line(ReportEntry e) {
    StringBuilder s = new StringBuilder(node(e.focusNode()));
    Path path = e.resultPath();
    if (path != null) {
      s.append(' ').append(path.toString(PROLOGUE));
    }
    s.append(": ").append(e.message());
    if (e.value() != null && !e.value().equals(e.focusNode())) {
      s.append(" (value: ").append(node(e.value())).append(')');
    }
    return s.toString();
  }

  private static String node(Node n) {
    String text = FmtUtils.stringForNode(n, Vocab.PREFIXES);
    // Article texts are long: keep report lines short.
    return text.length() > 120 ? text.substring(0, 117) + "..." : text;
  }

  /** Parses the shipped shapes on first use only. */
  private static final class Standard {
    static final ShapeValidator INSTANCE = of(Ontology.standard().shapes());
  }
}
