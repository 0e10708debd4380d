package dev.dealgraph.web;

import static dev.dealgraph.graph.Fixtures.article;
import static dev.dealgraph.graph.Fixtures.discovered;
import static dev.dealgraph.graph.Fixtures.evidence;
import static dev.dealgraph.graph.Fixtures.mention;

import dev.dealgraph.App;
import dev.dealgraph.extract.Amount;
import dev.dealgraph.extract.Competition;
import dev.dealgraph.extract.Entity;
import dev.dealgraph.extract.EntityKind;
import dev.dealgraph.extract.Extraction;
import dev.dealgraph.extract.Investment;
import dev.dealgraph.extract.Status;
import dev.dealgraph.graph.ArticleGraph;
import dev.dealgraph.graph.FixtureCorpus;
import dev.dealgraph.graph.GazetteerGraph;
import dev.dealgraph.graph.Iris;
import dev.dealgraph.ingest.Article;
import dev.dealgraph.ontology.Ontology;
import dev.dealgraph.server.ServerConfig;
import dev.dealgraph.store.Store;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;

/**
 * Starts the real server over a temp-dir store loaded with hand-built articles mapped by {@link ArticleGraph}:
 * the shared fixture corpus plus articles of its own with amounts of every kind, several currencies, and a title,
 * text and organization name carrying script payloads that must never run.
 */
final class WebFixture {
  /** Set by the payloads below if any of them ever runs. */
  static final String XSS_FLAG = "__dealgraphXss";
  static final String HOSTILE_ID = "x1-hostile";
  static final String HOSTILE_TITLE = "Gamma AI <script>window." + XSS_FLAG + "=1</script> raises money";
  static final String HOSTILE_IMG = "<img src=x onerror=\"window." + XSS_FLAG + "=2\">";
  static final Entity GAMMA = discovered("Gamma AI", EntityKind.COMPANY);
  static final Entity DELTA = discovered("Delta Fund", EntityKind.INVESTOR);
  static final Entity OMEGA = discovered("Omega Partners <b onmouseover=\"window." + XSS_FLAG + "=3\">",
      EntityKind.INVESTOR);

  private WebFixture() {}

  /** Opens a store in {@code dir}, loads every fixture graph and serves it on a free port. */
  static App serve(Path dir) {
    return serve(dir, articles());
  }

  /** Serves a made-up network of about 300 organizations, for the graph explorer's layout. */
  static App serveLarge(Path dir) {
    return serve(dir, LargeNetwork.articles(220, 80, 42));
  }

  private static App serve(Path dir, Map<Article, Extraction> articles) {
    Store store = Store.open(dir.resolve("store"));
    store.write(() -> {
      add(store, Iris.ONTOLOGY_GRAPH, Ontology.standard().model());
      add(store, Iris.GAZETTEER_GRAPH, GazetteerGraph.map(FixtureCorpus.gazetteer()));
      articles.forEach((a, x) -> add(store, Iris.articleGraph(a.id()), ArticleGraph.map(a, x)));
    });
    return App.serve(store, ServerConfig.forTests(Optional.empty()));
  }

  /** Returns the shared corpus and this fixture's own articles, in publication order. */
  static Map<Article, Extraction> articles() {
    Map<Article, Extraction> all = new LinkedHashMap<>(FixtureCorpus.articles());
    hostile(all);
    return all;
  }

  private static void add(Store store, String graph, Model model) {
    store.dataset().addGraph(NodeFactory.createURI(graph), model.getGraph());
  }

  private static void hostile(Map<Article, Extraction> corpus) {
    Article a = article(HOSTILE_ID, HOSTILE_TITLE, LocalDate.of(2025, 2, 14), "Example Wire",
        "Delta Fund invested about \u00A3100 million in Gamma AI " + HOSTILE_IMG + " this week. "
            + "Omega Partners <b onmouseover=\"window." + XSS_FLAG + "=3\"> put at least $1 billion into Gamma AI. "
            + "Gamma AI competes with Anthropic.");
    String delta = "Delta Fund invested about \u00A3100 million in Gamma AI " + HOSTILE_IMG + " this week.";
    String omega = "Omega Partners <b onmouseover=\"window." + XSS_FLAG + "=3\"> put at least $1 billion into Gamma AI.";
    corpus.put(a, new Extraction(
        List.of(mention(a, DELTA, "Delta Fund"), mention(a, GAMMA, "Gamma AI"), mention(a, FixtureCorpus.ANTHROPIC,
            "Anthropic")),
        List.of(
            new Investment(DELTA, GAMMA, Optional.of(Amount.approx(new BigDecimal("100000000"), "GBP",
                "about \u00A3100 million")), Status.COMPLETED, Optional.of(LocalDate.of(2025, 2, 10)),
                Optional.empty(), List.of(), evidence(a, delta, 0.8)),
            new Investment(OMEGA, GAMMA, Optional.of(Amount.atLeast(new BigDecimal("1000000000"), "USD",
                "at least $1 billion")), Status.ANNOUNCED, Optional.empty(), Optional.empty(), List.of(),
                evidence(a, omega, 0.7))),
        List.of(),
        List.of(new Competition(GAMMA, FixtureCorpus.ANTHROPIC,
            evidence(a, "Gamma AI competes with Anthropic.", 0.7)))));
  }
}
