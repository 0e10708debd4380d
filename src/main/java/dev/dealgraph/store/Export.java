package dev.dealgraph.store;

import dev.dealgraph.DealGraphException;
import java.io.OutputStream;
import java.util.Locale;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;

/** Writes the store, or one named graph of it, in a standard RDF syntax. */
public final class Export {
  /** The syntaxes an export can be written in. */
  public enum Format {
    TRIG(RDFFormat.TRIG_BLOCKS, true),
    NQUADS(RDFFormat.NQUADS, true),
    TURTLE(RDFFormat.TURTLE_BLOCKS, false),
    JSONLD(RDFFormat.JSONLD11, true);

    private final RDFFormat format;
    private final boolean keepsGraphs;

    Format(RDFFormat format, boolean keepsGraphs) {
      this.format = format;
      this.keepsGraphs = keepsGraphs;
    }

    /** Returns the RIOT language of this format. */
    public Lang lang() {
      return format.getLang();
    }

    /** Returns the format named {@code name} (trig, nquads, turtle, jsonld). */
    public static Format named(String name) {
      try {
        return valueOf(name.toUpperCase(Locale.ROOT).replace("-", ""));
      } catch (IllegalArgumentException e) {
        throw DealGraphException.badParameter("format must be one of trig, nquads, turtle, jsonld: " + name);
      }
    }
  }

  private final Store store;

  public Export(Store store) {
    this.store = store;
  }

  /**
   * Writes every named graph, or only {@code graph}, to {@code out}. Turtle has no named graphs: the whole store
   * is written as the union of its graphs.
   *
   * @throws DealGraphException NOT_FOUND when {@code graph} is not in the store
   */
  public void write(OutputStream out, Format format, Optional<String> graph) {
    store.read(() -> {
      if (graph.isPresent()) {
        Node name = NodeFactory.createURI(graph.get());
        if (!store.dataset().containsGraph(name)) {
          throw DealGraphException.notFound("no graph named " + graph.get() + " in the store");
        }
        Graph g = store.dataset().getGraph(name);
        RDFDataMgr.write(out, g, format.keepsGraphs ? RDFFormat.TURTLE_BLOCKS : format.format);
      } else if (format.keepsGraphs) {
        RDFDataMgr.write(out, store.dataset(), format.format);
      } else {
        RDFDataMgr.write(out, store.dataset().getUnionGraph(), format.format);
      }
      return null;
    });
  }
}
