package dev.dealgraph.query;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Resolves many IRIs at once into the references every response carries: organizations, amounts, articles and
 * rounds. One query per kind and response, whatever the number of IRIs. Call inside a read transaction.
 */
final class Lookups {
  private static final Query ORGS = Sparql.load("refs-orgs");
  private static final Query AMOUNTS = Sparql.load("refs-amounts");
  private static final Query ARTICLES = Sparql.load("refs-articles");
  private static final Query ROUNDS = Sparql.load("refs-rounds");
  private static final Query ALL_ROUNDS = Sparql.load("index-rounds");

  /** Classes in the order that decides an actor's kind when it has several. */
  private static final List<Map.Entry<String, String>> KINDS = List.of(Map.entry("Person", "person"),
      Map.entry("Government", "government"), Map.entry("University", "university"),
      Map.entry("InvestmentFirm", "investor"), Map.entry("Company", "company"), Map.entry("Publisher", "publisher"),
      Map.entry("Organization", "organization"));

  private final DatasetGraph dataset;

  Lookups(DatasetGraph dataset) {
    this.dataset = dataset;
  }

  static List<Node> nodes(Collection<String> iris) {
    return iris.stream().distinct().map(NodeFactory::createURI).toList();
  }

  /** Returns a reference for each organization or person; one without a label is named by its id. */
  Map<String, OrgRef> orgs(Collection<String> iris) {
    Map<String, String> labels = new HashMap<>();
    Map<String, List<String>> types = new HashMap<>();
    Sparql.selectFor(dataset, ORGS, "x", nodes(iris), row -> {
      String x = row.iri("x");
      row.text("label").ifPresent(l -> labels.merge(x, l, (a, b) -> a.compareTo(b) <= 0 ? a : b));
      row.optionalIri("type").ifPresent(t -> types.computeIfAbsent(x, k -> new ArrayList<>()).add(t));
      return x;
    });
    Map<String, OrgRef> refs = new HashMap<>();
    for (String iri : iris) {
      String id = Ids.of(iri);
      refs.put(iri, new OrgRef(id, labels.getOrDefault(iri, id), kindOf(types.getOrDefault(iri, List.of()), iri),
          Links.organization(id)));
    }
    return refs;
  }

  /** Returns the kind an actor with these class IRIs has: the first of {@link #KINDS} among them. */
  static String kindOf(Collection<String> typeIris, String iri) {
    return typeIris.stream().map(Lookups::kindRank).min(Integer::compare)
        .map(rank -> KINDS.get(rank).getValue()).orElseGet(() -> defaultKind(iri));
  }

  private static int kindRank(String typeIri) {
    String local = Stage.localName(typeIri);
    for (int i = 0; i < KINDS.size(); i++) {
      if (KINDS.get(i).getKey().equals(local)) {
        return i;
      }
    }
    return KINDS.size() - 1;
  }

  private static String defaultKind(String iri) {
    return iri.contains("/id/person/") ? "person" : "organization";
  }

  /** Returns the amount of each amount node, without the article's words (those belong to the report). */
  Map<String, Money> amounts(Collection<String> iris) {
    return iris.isEmpty() ? new HashMap<>() : amounts(Sparql.restrict(AMOUNTS, "amount", nodes(iris)));
  }

  /** Returns the amount of every amount node in the store. */
  Map<String, Money> allAmounts() {
    return amounts(AMOUNTS);
  }

  private Map<String, Money> amounts(Query query) {
    Map<String, Money> out = new HashMap<>();
    Sparql.forEach(dataset, query, Args.none(), row -> {
      String kind = Stage.localName(row.iri("kind"));
      Optional<BigDecimal> value = row.decimal("value");
      boolean approx = kind.equals("approx");
      out.put(row.iri("amount"), new Money(kind, approx ? Optional.empty() : value,
          approx ? value : Optional.empty(), row.decimal("min"), row.decimal("max"),
          row.text("currency").orElse(""), Optional.empty()));
    });
    return out;
  }

  /** Returns a reference to each article; an article whose graph lacks a title is left out. */
  Map<String, ArticleRef> articles(Collection<String> iris) {
    return iris.isEmpty() ? new TreeMap<>() : articles(Sparql.restrict(ARTICLES, "article", nodes(iris)));
  }

  /** Returns a reference to every article that has a title. */
  Map<String, ArticleRef> allArticles() {
    return articles(ARTICLES);
  }

  private Map<String, ArticleRef> articles(Query query) {
    Map<String, ArticleRef> out = new TreeMap<>();
    Sparql.forEach(dataset, query, Args.none(), row -> {
      String id = Ids.of(row.iri("article"));
      out.putIfAbsent(row.iri("article"), new ArticleRef(id, row.text("title").orElse(id),
          row.date("published"), row.text("url"), row.text("publisher"), Links.article(id)));
    });
    return out;
  }

  /** Returns a reference to each round. */
  Map<String, RoundRef> rounds(Collection<String> iris) {
    return iris.isEmpty() ? new HashMap<>() : rounds(Sparql.restrict(ROUNDS, "round", nodes(iris)));
  }

  /** Returns a reference to every round in the store. */
  Map<String, RoundRef> allRounds() {
    return rounds(ALL_ROUNDS);
  }

  private Map<String, RoundRef> rounds(Query query) {
    Map<String, RoundRef> out = new HashMap<>();
    Sparql.forEach(dataset, query, Args.none(), row -> {
      String id = Ids.of(row.iri("round"));
      out.putIfAbsent(row.iri("round"),
          new RoundRef(id, row.text("series"), row.text("label").orElse(id), Links.round(id)));
    });
    return out;
  }
}
