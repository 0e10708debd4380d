package dev.dealgraph.bench;

import dev.dealgraph.DealGraphException;
import dev.dealgraph.graph.Iris;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/**
 * Builds the request pools of the query benchmark: three JSON API endpoints and, for each, the SPARQL a user
 * would send instead ({@code /dealgraph/bench/equivalents/*.rq}), with parameters drawn from the store.
 */
final class QueryTargets {
  private static final String PREFIX = "/dealgraph/bench/equivalents/";
  private static final String ORG = Iris.ID + "org/";
  private static final String DG = "https://dealgraph.dev/ontology#";
  /** Statuses the investment lists are filtered by; each investor is asked for each, so requests rarely repeat. */
  private static final List<String> STATUSES = List.of("completed", "announced", "inTalks");

  /**
   * Holds what requests are about: organizations in deals, investors among them, words from their names.
   *
   * @param orgs      IRIs of organizations that take part in deals
   * @param investors IRIs of organizations that made deals
   * @param words     lower-case beginnings of their names
   */
  record Subjects(List<String> orgs, List<String> investors, List<String> words) {
    String describe() {
      return orgs.size() + " organizations, " + investors.size() + " investors, " + words.size() + " search words";
    }
  }

  private QueryTargets() {}

  /** Reads the organizations of {@code dataset} that take part in deals, in a fixed random order. */
  static Subjects subjects(DatasetGraph dataset) {
    List<String> orgs = new ArrayList<>();
    List<String> investors = new ArrayList<>();
    List<String> words = new ArrayList<>();
    Txn.executeRead(dataset, () -> {
      // Setting up, not measured: on a store larger than the page cache this scan outlasts the server's limit.
      try (QueryExecution q = QueryExecution.dataset(DatasetFactory.wrap(dataset)).query(load("subjects"))
          .timeout(1, java.util.concurrent.TimeUnit.HOURS).build()) {
        for (ResultSet rows = q.execSelect(); rows.hasNext(); ) {
          QuerySolution row = rows.next();
          String iri = row.getResource("org").getURI();
          if (!iri.startsWith(ORG)) {
            continue;
          }
          orgs.add(iri);
          if (row.getLiteral("made").getLong() > 0) {
            investors.add(iri);
          }
          if (row.contains("name")) {
            String name = row.getLiteral("name").getLexicalForm().toLowerCase(Locale.ROOT);
            words.add(name.length() <= 5 ? name : name.substring(0, 5).strip());
          }
        }
      }
    });
    if (orgs.isEmpty() || investors.isEmpty()) {
      throw DealGraphException.badParameter("the store holds no deals to query");
    }
    Random random = new Random(42);
    Collections.shuffle(orgs, random);
    Collections.shuffle(investors, random);
    Collections.shuffle(words, random);
    return new Subjects(orgs, investors, words.stream().distinct().toList());
  }

  /** Returns the JSON API pools: one organization, a filtered list of investments, a search. */
  static List<RequestPool> api(String base, Subjects s) {
    return List.of(
        pool("api organization", s.orgs(), iri -> get(base + "/api/organizations/" + id(iri))),
        pool("api investments", byStatus(s.investors()), pair -> get(base + "/api/investments?investor="
            + id(pair.getKey()) + "&status=" + pair.getValue() + "&limit=20")),
        pool("api search", s.words(), w -> get(base + "/api/search?q=" + encode(w))));
  }

  /** Returns the equivalent SPARQL pools, sent to {@code endpoint} ({@code label} names the server). */
  static List<RequestPool> sparql(String endpoint, String label, Subjects s) {
    String org = load("organization");
    String investments = load("investments");
    String search = load("search");
    return List.of(
        pool(label + " organization", s.orgs(), iri -> sparql(endpoint, org, q -> q.setIri("org", iri))),
        pool(label + " investments", byStatus(s.investors()), pair -> sparql(endpoint, investments, q -> {
          q.setIri("investor", pair.getKey());
          q.setIri("status", DG + pair.getValue());
        })),
        pool(label + " search", s.words(), w -> sparql(endpoint, search, q -> q.setLiteral("words", w))));
  }

  /** Pairs every investor with every status, statuses varying fastest. */
  private static List<Map.Entry<String, String>> byStatus(List<String> investors) {
    List<Map.Entry<String, String>> pairs = new ArrayList<>();
    for (String investor : investors) {
      STATUSES.forEach(status -> pairs.add(Map.entry(investor, status)));
    }
    return pairs;
  }

  private static <T> RequestPool pool(String name, List<T> subjects, Function<T, HttpRequest> request) {
    return new RequestPool(name, subjects.stream().map(request).toList());
  }

  private static HttpRequest get(String url) {
    return HttpRequest.newBuilder(URI.create(url)).header("Accept", "application/json").GET().build();
  }

  private static HttpRequest sparql(String endpoint, String text, Consumer<ParameterizedSparqlString> bind) {
    ParameterizedSparqlString query = new ParameterizedSparqlString(text);
    bind.accept(query);
    return HttpRequest.newBuilder(URI.create(endpoint))
        .header("Accept", "application/sparql-results+json")
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("query=" + encode(query.toString()))).build();
  }

  private static String id(String orgIri) {
    return orgIri.substring(ORG.length());
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  static String load(String name) {
    try (InputStream in = QueryTargets.class.getResourceAsStream(PREFIX + name + ".rq")) {
      if (in == null) {
        throw DealGraphException.invalidContent(PREFIX + name + ".rq: missing from the classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw DealGraphException.invalidContent(PREFIX + name + ".rq: cannot be read: " + e.getMessage(), e);
    }
  }
}
