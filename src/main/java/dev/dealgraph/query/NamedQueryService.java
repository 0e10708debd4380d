package dev.dealgraph.query;

import dev.dealgraph.queries.NamedQueries;
import dev.dealgraph.queries.NamedQuery;
import dev.dealgraph.store.Store;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;

/** Lists the named queries of {@code queries/} and runs them with typed, checked parameters. */
public final class NamedQueryService {
  private final Store store;
  private final NamedQueries queries;

  public NamedQueryService(Store store, NamedQueries queries) {
    this.store = store;
    this.queries = queries;
  }

  /** Returns every named query, sorted by name. */
  public List<NamedQuery> all() {
    return queries.all();
  }

  /**
   * Runs the query with this name; empty when there is none.
   *
   * @throws dev.dealgraph.DealGraphException BAD_PARAMETER for an unknown, missing or ill-typed parameter
   */
  public Optional<QueryResult> run(String name, Map<String, String> parameters) {
    return queries.find(name).map(q -> {
      Query bound = queries.bind(q, parameters);
      return store.read(() -> {
        try (QueryExec exec = QueryExec.dataset(store.dataset()).query(bound).build()) {
          RowSet rows = exec.select();
          List<String> columns = rows.getResultVars().stream().map(Var::getVarName).toList();
          List<Map<String, Object>> out = new ArrayList<>();
          while (rows.hasNext() && out.size() < QueryResult.MAX_ROWS) {
            out.add(row(rows.next(), columns));
          }
          return new QueryResult(name, columns, out, out.size(), rows.hasNext());
        }
      });
    });
  }

  private static Map<String, Object> row(Binding binding, List<String> columns) {
    Map<String, Object> row = new LinkedHashMap<>();
    for (String column : columns) {
      Node n = binding.get(Var.alloc(column));
      if (n != null) {
        row.put(column, value(n));
      }
    }
    return row;
  }

  /** Returns numbers as numbers and every other term as its IRI or lexical form. */
  private static Object value(Node n) {
    if (n.isURI()) {
      return n.getURI();
    }
    if (!n.isLiteral()) {
      return n.toString();
    }
    String lexical = n.getLiteralLexicalForm();
    if (n.getLiteralDatatype() instanceof XSDDatatype dt && isNumber(dt)) {
      try {
        BigDecimal d = new BigDecimal(lexical.trim()).stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0) : d;
      } catch (NumberFormatException e) {
        return lexical;
      }
    }
    return lexical;
  }

  private static boolean isNumber(XSDDatatype dt) {
    return dt == XSDDatatype.XSDinteger || dt == XSDDatatype.XSDdecimal || dt == XSDDatatype.XSDint
        || dt == XSDDatatype.XSDlong || dt == XSDDatatype.XSDnonNegativeInteger || dt == XSDDatatype.XSDdouble
        || dt == XSDDatatype.XSDfloat;
  }
}
