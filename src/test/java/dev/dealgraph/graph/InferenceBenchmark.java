package dev.dealgraph.graph;

import dev.dealgraph.extract.Extraction;
import dev.dealgraph.ingest.Article;
import dev.dealgraph.ontology.Ontology;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.rdf.model.Model;
import org.junit.jupiter.api.Test;

/**
 * Measures what materialised inference costs: mapping N articles with and without superclass types, and, for
 * scale, validating them. Not a test (Surefire runs *Test only); run it with
 * {@code mvn -o test -Dtest=InferenceBenchmark -Dsurefire.failIfNoSpecifiedTests=false} and read
 * {@code target/surefire-reports/dev.dealgraph.graph.InferenceBenchmark-output.txt}.
 */
class InferenceBenchmark {
  private static final int ARTICLES = 2_000;
  private static final int ROUNDS = 9;
  private static final int VALIDATED = 1_000;

  @Test
  void mapWithAndWithoutInference() {
    List<Map.Entry<Article, Extraction>> corpus = corpus();
    run(corpus, true);
    run(corpus, false);
    long[] with = new long[ROUNDS];
    long[] without = new long[ROUNDS];
    long triplesWith = 0;
    long triplesWithout = 0;
    for (int i = 0; i < ROUNDS; i++) {
      long t0 = System.nanoTime();
      triplesWithout = run(corpus, false);
      long t1 = System.nanoTime();
      triplesWith = run(corpus, true);
      long t2 = System.nanoTime();
      without[i] = t1 - t0;
      with[i] = t2 - t1;
    }
    long inferenceAlone = inferenceAlone(corpus);
    long validation = validate(corpus.subList(0, VALIDATED));
    double perArticleWith = median(with) / 1e3 / ARTICLES;
    double perArticleWithout = median(without) / 1e3 / ARTICLES;
    System.out.printf("articles: %d, rounds: %d (median shown)%n", ARTICLES, ROUNDS);
    System.out.printf("map without inference: %.1f µs/article, %d triples%n", perArticleWithout, triplesWithout);
    System.out.printf("map with inference:    %.1f µs/article, %d triples%n", perArticleWith, triplesWith);
    System.out.printf("inference cost: +%.0f%% time, +%.0f%% triples%n",
        100 * (perArticleWith / perArticleWithout - 1), 100.0 * (triplesWith - triplesWithout) / triplesWithout);
    System.out.printf("the inference step alone: %.1f µs/article%n", inferenceAlone / 1e3 / ARTICLES);
    System.out.printf("SHACL validation (no mapping): %.0f µs/article over %d articles%n", validation / 1e3 / VALIDATED,
        VALIDATED);
  }

  private static long run(List<Map.Entry<Article, Extraction>> corpus, boolean infer) {
    long triples = 0;
    for (Map.Entry<Article, Extraction> e : corpus) {
      Model m = ArticleGraph.map(e.getKey(), e.getValue(), Optional.empty(), ExtractorInfo.CURRENT, infer);
      triples += m.size();
    }
    return triples;
  }

  /** Returns the median nanoseconds of adding the superclass types to graphs mapped without them. */
  private static long inferenceAlone(List<Map.Entry<Article, Extraction>> corpus) {
    long[] times = new long[ROUNDS];
    for (int i = 0; i < ROUNDS; i++) {
      List<Model> graphs = corpus.stream().map(e -> ArticleGraph.map(e.getKey(), e.getValue(), Optional.empty(),
          ExtractorInfo.CURRENT, false)).toList();
      long t0 = System.nanoTime();
      graphs.forEach(g -> Inference.addSuperClassTypes(g, Ontology.standard()));
      times[i] = System.nanoTime() - t0;
    }
    return (long) median(times);
  }

  /** Returns the nanoseconds to validate the graphs, after validating them once to warm the SPARQL engine up. */
  private static long validate(List<Map.Entry<Article, Extraction>> corpus) {
    ShapeValidator validator = ShapeValidator.standard();
    List<Model> graphs = corpus.stream().map(e -> ArticleGraph.map(e.getKey(), e.getValue())).toList();
    graphs.forEach(g -> validator.validate(g, "warm-up"));
    long t0 = System.nanoTime();
    graphs.forEach(g -> validator.validate(g, "benchmark"));
    return System.nanoTime() - t0;
  }

  /** Returns copies of the fixture articles under new ids, so each maps to its own IRIs. */
  private static List<Map.Entry<Article, Extraction>> corpus() {
    List<Map.Entry<Article, Extraction>> fixtures = new ArrayList<>(FixtureCorpus.articles().entrySet());
    List<Map.Entry<Article, Extraction>> corpus = new ArrayList<>();
    for (int i = 0; corpus.size() < ARTICLES; i++) {
      Map.Entry<Article, Extraction> f = fixtures.get(i % fixtures.size());
      Article a = f.getKey();
      Article copy = new Article(a.id() + "-" + i, a.origin(), a.title(), a.published(), a.source(), a.url(),
          a.text(), a.contentHash(), a.metadata());
      corpus.add(Map.entry(copy, f.getValue()));
    }
    return corpus;
  }

  private static double median(long[] values) {
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }
}
