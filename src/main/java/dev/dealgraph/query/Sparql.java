package dev.dealgraph.query;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.syntaxtransform.ElementTransformCopyBase;
import org.apache.jena.sparql.syntax.syntaxtransform.ElementTransformer;

/**
 * Loads the service queries from {@code /dealgraph/query/*.rq} and runs them with bound values.
 *
 * <p>A query restricted to a set of nodes declares {@code VALUES ?var { UNDEF }} in its pattern; {@link #restrict}
 * replaces those rows with the nodes, so the restriction sits where the query author put it and the optimizer
 * sees it early, which a trailing {@code VALUES} after {@code GROUP BY} would not allow.
 */
final class Sparql {
  private Sparql() {}

  /** Parses {@code /dealgraph/query/{name}.rq}; a missing or broken file is a build error, so it fails loudly. */
  static Query load(String name) {
    String resource = "/dealgraph/query/" + name + ".rq";
    try (InputStream in = Sparql.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("not on the classpath: " + resource);
      }
      return QueryFactory.create(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + resource, e);
    }
  }

  /** Returns a copy of {@code query} whose {@code VALUES ?var} block holds exactly {@code nodes}. */
  static Query restrict(Query query, String var, Collection<Node> nodes) {
    Var v = Var.alloc(var);
    List<Binding> rows = new ArrayList<>(nodes.size());
    nodes.forEach(n -> rows.add(BindingFactory.binding(v, n)));
    boolean[] found = {false};
    Element pattern = ElementTransformer.transform(query.getQueryPattern(), new ElementTransformCopyBase() {
      @Override
      public Element transform(ElementData data) {
        if (data.getVars().equals(List.of(v))) {
          found[0] = true;
          return new ElementData(List.of(v), rows);
        }
        return data;
      }
    });
    if (!found[0]) {
      throw new IllegalStateException("query has no VALUES ?" + var + " block to restrict");
    }
    Query copy = query.cloneQuery();
    copy.setQueryPattern(pattern);
    return copy;
  }

  /** Set while a background scan runs: the server's query time limit guards requests, not the index build. */
  private static final ThreadLocal<Scans> UNLIMITED = new ThreadLocal<>();
  private static final long UNLIMITED_DAYS = 1;

  /** Runs {@code scan} on this thread with a day, not the server's limit, as the query time limit; for index builds. */
  static <T> T withoutTimeLimit(java.util.function.Supplier<T> scan) {
    return withoutTimeLimit(new Scans(), scan);
  }

  /**
   * Runs {@code scan} as {@link #withoutTimeLimit(java.util.function.Supplier)} does, its queries stoppable by
   * {@code scans}.
   *
   * @throws java.util.concurrent.CancellationException when {@code scans} was stopped
   */
  static <T> T withoutTimeLimit(Scans scans, java.util.function.Supplier<T> scan) {
    UNLIMITED.set(scans);
    try {
      return scan.get();
    } finally {
      UNLIMITED.remove();
    }
  }

  /**
   * Runs a SELECT over {@code dataset} with {@code args} bound and maps every row; call inside a read transaction.
   */
  static <T> List<T> select(DatasetGraph dataset, Query query, Args args, Function<Row, T> mapper) {
    List<T> out = new ArrayList<>();
    forEach(dataset, query, args, row -> out.add(mapper.apply(row)));
    return out;
  }

  /**
   * Runs a SELECT over {@code dataset} with {@code args} bound and hands every row to {@code sink} without keeping
   * it; for scans of the whole store. Call inside a read transaction.
   */
  static void forEach(DatasetGraph dataset, Query query, Args args, java.util.function.Consumer<Row> sink) {
    var builder = QueryExec.dataset(dataset).query(query).substitution(args.binding());
    Scans scans = UNLIMITED.get();
    if (scans != null) {
      builder.timeout(UNLIMITED_DAYS, java.util.concurrent.TimeUnit.DAYS);
    }
    QueryExec exec = builder.build();
    if (scans != null) {
      scans.started(exec);
    }
    try (exec) {
      RowSet rows = exec.select();
      while (rows.hasNext()) {
        sink.accept(new Row(rows.next()));
      }
    } catch (org.apache.jena.query.QueryCancelledException e) {
      if (scans != null && scans.stopped()) {
        throw new java.util.concurrent.CancellationException("scan stopped");
      }
      throw e;
    } finally {
      if (scans != null) {
        scans.ended(exec);
      }
    }
  }

  /** Runs a SELECT restricted to {@code nodes} in its {@code VALUES ?var} block; nothing to look up, no query. */
  static <T> List<T> selectFor(DatasetGraph dataset, Query query, String var, Collection<Node> nodes,
      Function<Row, T> mapper) {
    if (nodes.isEmpty()) {
      return List.of();
    }
    return select(dataset, restrict(query, var, nodes), Args.none(), mapper);
  }
}
