package dev.dealgraph.graph;

import dev.dealgraph.extract.Extraction;
import dev.dealgraph.ingest.Article;
import dev.dealgraph.ontology.Ontology;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.jena.rdf.model.Model;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The JMH micro-benchmark behind {@link InferenceBenchmark}: one article graph per operation, taken in turn from
 * copies of the fixture articles, mapped with or without its superclass types, given those types alone, or
 * validated against the SHACL shapes.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class InferenceMicrobenchmark {
  private static final int ARTICLES = 2_000;

  private List<Map.Entry<Article, Extraction>> corpus;
  private List<Model> mapped;
  private ShapeValidator validator;
  private int next;

  @Setup
  public void setUp() {
    corpus = corpus();
    mapped = corpus.stream().map(e -> ArticleGraph.map(e.getKey(), e.getValue())).toList();
    validator = ShapeValidator.standard();
  }

  /** Maps the next article without superclass types. */
  @Benchmark
  public Model mapWithoutInference() {
    return map(nextArticle(), false);
  }

  /** Maps the next article with its superclass types, as ingest does. */
  @Benchmark
  public Model mapWithInference() {
    return map(nextArticle(), true);
  }

  /** Maps the next article without superclass types, then adds them: the inference step is the difference. */
  @Benchmark
  public Model mapThenInfer() {
    Model m = map(nextArticle(), false);
    Inference.addSuperClassTypes(m, Ontology.standard());
    return m;
  }

  /** Validates the next mapped graph against the shapes. */
  @Benchmark
  public Model validate() {
    Model m = mapped.get(nextIndex());
    validator.validate(m, "benchmark");
    return m;
  }

  private static Model map(Map.Entry<Article, Extraction> e, boolean infer) {
    return ArticleGraph.map(e.getKey(), e.getValue(), Optional.empty(), ExtractorInfo.CURRENT, infer);
  }

  private Map.Entry<Article, Extraction> nextArticle() {
    return corpus.get(nextIndex());
  }

  private int nextIndex() {
    int i = next;
    next = (next + 1) % ARTICLES;
    return i;
  }

  /** Returns copies of the fixture articles under new ids, so each maps to its own IRIs. */
  static List<Map.Entry<Article, Extraction>> corpus() {
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
}
