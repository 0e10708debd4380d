package dev.dealgraph.queries;

import dev.dealgraph.DealGraphException;
import dev.dealgraph.ontology.Ontology;
import dev.dealgraph.queries.NamedQuery.Param;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;

/**
 * Holds the named queries of {@code queries/}, loaded from the classpath through {@code queries/index.txt}
 * (a jar's folders cannot be listed), and binds their parameters.
 *
 * <p>Immutable and safe to share between threads.
 */
public final class NamedQueries {
  /** Where the pom puts {@code queries/} on the classpath. */
  public static final String RESOURCE_DIR = "/dealgraph/queries/";
  /** The parameter name that sets the query's LIMIT, since SPARQL cannot bind LIMIT to a variable. */
  static final String LIMIT = "limit";

  private static final Pattern QUERY_NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  private static final Pattern VARIABLE = Pattern.compile("[?$]([A-Za-z_][A-Za-z0-9_]*)");

  private final Map<String, NamedQuery> queries;
  private final ParamBinder binder;

  private NamedQueries(Map<String, NamedQuery> queries, ParamBinder binder) {
    this.queries = queries;
    this.binder = binder;
  }

  /** Returns the queries shipped in the jar, loaded and checked once. */
  public static NamedQueries standard() {
    return Standard.INSTANCE;
  }

  /**
   * Loads the queries an index names; {@code open} returns a file's stream by name ("index.txt", "x.rq") or null.
   *
   * @throws DealGraphException when a file is missing, its header breaks a rule or its SPARQL does not parse
   */
  static NamedQueries load(Function<String, InputStream> open) {
    ParamBinder binder = new ParamBinder(Ontology.standard());
    Map<String, NamedQuery> byName = new LinkedHashMap<>();
    for (String name : index(read(open, "index.txt"))) {
      NamedQuery q = QueryFile.parse(name, read(open, name + ".rq"));
      check(q, binder);
      byName.put(name, q);
    }
    return new NamedQueries(Map.copyOf(byName), binder);
  }

  /** Returns every query, sorted by name. */
  public List<NamedQuery> all() {
    return queries.values().stream().sorted(Comparator.comparing(NamedQuery::name)).toList();
  }

  /** Returns the query with this name, if there is one. */
  public Optional<NamedQuery> find(String name) {
    return Optional.ofNullable(queries.get(name));
  }

  /**
   * Returns the query with its parameters bound: each raw value (or default) becomes a typed RDF term substituted
   * for the variable of the same name; {@code limit} sets the LIMIT. Optional parameters without a value stay unbound.
   *
   * @throws DealGraphException of kind BAD_PARAMETER for an unknown parameter, a missing required one, or a value
   *     that breaks its type, e.g. {@code "parameter 'limit' must be an integer: abc"}
   */
  public Query bind(NamedQuery query, Map<String, String> raw) {
    for (String given : raw.keySet()) {
      if (query.param(given).isEmpty()) {
        throw DealGraphException.badParameter("query '" + query.name() + "' has no parameter '" + given + "'"
            + (query.params().isEmpty() ? "" : "; its parameters: "
                + String.join(", ", query.params().stream().map(Param::name).toList())));
      }
    }
    Map<Var, Node> values = new HashMap<>();
    Long limit = null;
    for (Param p : query.params()) {
      Optional<String> value = Optional.ofNullable(raw.get(p.name())).or(p::defaultValue);
      if (value.isEmpty()) {
        if (p.required()) {
          throw DealGraphException.badParameter("parameter '" + p.name() + "' is required by query '"
              + query.name() + "'");
        }
      } else if (p.name().equals(LIMIT)) {
        limit = binder.whole(p, value.get());
      } else {
        values.put(Var.alloc(p.name()), binder.bind(p, value.get()));
      }
    }
    Query bound = QueryTransformOps.replaceVars(parse(query), values);
    if (limit != null) {
      bound.setLimit(limit);
    }
    return bound;
  }

  private static void check(NamedQuery q, ParamBinder binder) {
    String origin = "queries/" + q.name() + ".rq";
    parse(q);
    List<String> vars = mentionedVariables(q.sparql());
    for (Param p : q.params()) {
      if (!p.name().equals(LIMIT) && !vars.contains(p.name())) {
        throw DealGraphException.invalidContent(origin + ": parameter '" + p.name() + "' does not appear as ?"
            + p.name() + " in the query");
      }
      try {
        p.defaultValue().ifPresent(v -> binder.bind(p, v));
      } catch (DealGraphException e) {
        throw DealGraphException.invalidContent(origin + ": bad default: " + e.getMessage(), e);
      }
    }
  }

  private static List<String> mentionedVariables(String sparql) {
    List<String> vars = new ArrayList<>();
    Matcher m = VARIABLE.matcher(withoutComments(sparql));
    while (m.find()) {
      vars.add(m.group(1));
    }
    return vars;
  }

  private static String withoutComments(String sparql) {
    return sparql.replaceAll("(?m)^\\s*#.*$", "");
  }

  private static Query parse(NamedQuery q) {
    try {
      return QueryFactory.create(q.sparql());
    } catch (QueryParseException e) {
      throw DealGraphException.invalidContent("queries/" + q.name() + ".rq: not valid SPARQL: " + e.getMessage(), e);
    }
  }

  private static List<String> index(String text) {
    List<String> names = new ArrayList<>();
    for (String line : text.split("\\R")) {
      String name = line.strip();
      if (name.isEmpty() || name.startsWith("#")) {
        continue;
      }
      if (!QUERY_NAME.matcher(name).matches()) {
        throw DealGraphException.invalidContent("queries/index.txt: a query name is lower-case words joined by '-': "
            + name);
      }
      if (names.contains(name)) {
        throw DealGraphException.invalidContent("queries/index.txt: query listed twice: " + name);
      }
      names.add(name);
    }
    return names;
  }

  private static String read(Function<String, InputStream> open, String file) {
    try (InputStream in = open.apply(file)) {
      if (in == null) {
        throw DealGraphException.invalidContent("queries/" + file + ": listed but not found");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw DealGraphException.invalidContent("queries/" + file + ": cannot read: " + e.getMessage(), e);
    }
  }

  /** Loads the shipped queries on first use only. */
  private static final class Standard {
    static final NamedQueries INSTANCE = load(file -> NamedQueries.class.getResourceAsStream(RESOURCE_DIR + file));
  }
}
