package dev.dealgraph.pipeline;

import dev.dealgraph.DealGraphException;
import dev.dealgraph.extract.Extraction;
import dev.dealgraph.extract.Extractor;
import dev.dealgraph.graph.ArticleGraph;
import dev.dealgraph.graph.Iris;
import dev.dealgraph.graph.ShapeValidator;
import dev.dealgraph.ingest.Article;
import dev.dealgraph.ingest.ArticleReader;
import dev.dealgraph.ontology.DG;
import dev.dealgraph.store.Store;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads, extracts, maps, validates and commits articles; every article is stored whole or not at all.
 *
 * <p>An article is checked completely (readable, extractable, valid against the shapes) before it joins a batch;
 * a batch is committed in one write transaction. Unchanged content (same hash) is a no-op; changed content
 * replaces the article's named graph.
 */
public final class Ingestion {
  private static final Logger LOG = LoggerFactory.getLogger(Ingestion.class);
  /**
   * Quads a batch may hold before it is committed whatever its article count: a prepared quad takes about 200
   * bytes of heap, so long articles cannot make a large batch outgrow a small heap.
   */
  static final long MAX_BATCH_QUADS = 1_500_000;
  /** Inputs read ahead per worker: enough to keep workers busy while a batch commits, few enough to bound memory. */
  private static final int INPUTS_AHEAD = 8;

  private final Store store;
  private final ArticleReader reader;
  private final Extractor extractor;
  private final ShapeValidator validator;
  private final Clock clock;
  private final int batchSize;
  private final int workers;

  /** Creates the pipeline with one preparing worker per core when there is more than one core. */
  public Ingestion(Store store, ArticleReader reader, Extractor extractor, ShapeValidator validator, Clock clock,
      int batchSize) {
    this(store, reader, extractor, validator, clock, batchSize, defaultWorkers());
  }

  /**
   * Creates the pipeline; {@code workers} threads prepare articles for {@link #ingestAll}, none meaning that the
   * calling thread prepares them itself.
   */
  public Ingestion(Store store, ArticleReader reader, Extractor extractor, ShapeValidator validator, Clock clock,
      int batchSize, int workers) {
    if (batchSize < 1) {
      throw new IllegalArgumentException("batch size must be at least 1: " + batchSize);
    }
    if (workers < 0) {
      throw new IllegalArgumentException("workers must be 0 or more: " + workers);
    }
    this.workers = workers;
    this.store = store;
    this.reader = reader;
    this.extractor = extractor;
    this.validator = validator;
    this.clock = clock;
    this.batchSize = batchSize;
  }

  /** Returns the reader, for callers that only need articles (the extract endpoint). */
  public ArticleReader reader() {
    return reader;
  }

  /** Returns the extractor, for callers that extract without storing. */
  public Extractor extractor() {
    return extractor;
  }

  /**
   * Ingests the articles of one input in one transaction and returns what became of each.
   *
   * @throws DealGraphException INVALID_CONTENT when the input holds no readable article
   */
  public List<Outcome> ingest(Input input) {
    List<Article> articles = read(input);
    List<Outcome> outcomes = new ArrayList<>();
    List<Prepared> batch = new ArrayList<>();
    for (Article article : articles) {
      prepare(article).ifPresentOrElse(batch::add, () -> outcomes.add(Outcome.unchanged(article)));
    }
    outcomes.addAll(commit(batch));
    return outcomes;
  }

  /**
   * Ingests every input in batches, reporting each outcome to {@code listener} as it is known.
   *
   * <p>Inputs are read and their articles extracted, mapped and validated on worker threads, one per core, a
   * bounded number of inputs ahead of the batch being committed: on a multi-core machine the next batch is being
   * prepared while this one is written. Commits and outcomes stay on the calling thread and in input order, and an
   * article is checked again when the store changed under it, so the result is the same as one after the other.
   */
  public Summary ingestAll(Iterator<Input> inputs, Consumer<Outcome> listener) {
    return ingestAll(inputs, listener, () -> { });
  }

  /**
   * Ingests every input as {@link #ingestAll(Iterator, Consumer)} does, running {@code afterCommit} on the calling
   * thread after each batch is committed: the place for store upkeep such as compaction, which a long ingest needs
   * because every write transaction leaves copies of the index blocks it changed.
   */
  public Summary ingestAll(Iterator<Input> inputs, Consumer<Outcome> listener, Runnable afterCommit) {
    long started = System.nanoTime();
    Tally tally = new Tally(listener);
    Pending pending = new Pending(tally, afterCommit);
    try (Lookahead<Input, Readied> ahead = Lookahead.start(inputs, this::ready, workers,
        Math.max(1, workers * INPUTS_AHEAD))) {
      while (ahead.hasNext()) {
        Readied readied = ahead.next();
        readied.readFailure().ifPresent(
            reason -> tally.accept(Outcome.failed(readied.input().origin(), Optional.empty(), reason)));
        readied.steps().forEach(step -> take(step, pending, tally));
      }
    }
    pending.commit();
    Summary summary = tally.summary(Duration.ofNanos(System.nanoTime() - started));
    LOG.info("Ingest: {}", summary.line());
    return summary;
  }

  /** Adds a checked article to the batch, or reports it, checking it again when the store changed under it. */
  private void take(Readied.Step checked, Pending pending, Tally tally) {
    Article article = checked.article();
    if (pending.holds(article.id())) {
      pending.commit(); // the same article twice: the later copy must see the earlier one stored
    }
    Readied.Step step = checked.failure().isPresent()
        || storedHash(article, graphName(article)).equals(checked.storedHash()) ? checked : check(article);
    if (step.failure().isPresent()) {
      tally.accept(Outcome.failed(article.origin(), Optional.of(article), step.failure().get()));
    } else if (step.prepared().isPresent()) {
      pending.add(step.prepared().get());
    } else {
      tally.accept(Outcome.unchanged(article));
    }
    if (pending.size() >= batchSize || pending.quads() >= MAX_BATCH_QUADS) {
      pending.commit();
    }
  }

  /** Reads one input and checks its articles; runs on a worker thread. */
  private Readied ready(Input input) {
    try {
      return new Readied(input, Optional.empty(), read(input).stream().map(this::check).toList());
    } catch (DealGraphException e) {
      return new Readied(input, Optional.of(e.getMessage()), List.of());
    }
  }

  private Readied.Step check(Article article) {
    Optional<String> stored = storedHash(article, graphName(article));
    try {
      return new Readied.Step(article, stored, prepare(article, stored), Optional.empty());
    } catch (DealGraphException e) {
      return new Readied.Step(article, stored, Optional.empty(), Optional.of(e.getMessage()));
    }
  }

  private static int defaultWorkers() {
    int cores = Runtime.getRuntime().availableProcessors();
    return cores > 1 ? cores : 0;
  }

  /** Removes the article's graph and nothing else; returns false when there was no such article. */
  public boolean delete(String articleId) {
    Node graph = NodeFactory.createURI(Iris.articleGraph(articleId));
    boolean[] existed = new boolean[1];
    store.write(() -> {
      existed[0] = store.dataset().containsGraph(graph);
      store.dataset().removeGraph(graph);
    });
    return existed[0];
  }

  private List<Article> read(Input input) {
    List<Article> articles = input.reading().apply(reader);
    if (articles.isEmpty()) {
      throw DealGraphException.invalidContent(input.origin() + ": no article found");
    }
    return articles;
  }

  /** Checks an article completely; empty when the store already holds the same content. */
  private Optional<Prepared> prepare(Article article) {
    return prepare(article, storedHash(article, graphName(article)));
  }

  private Optional<Prepared> prepare(Article article, Optional<String> storedHash) {
    Node graphName = graphName(article);
    if (storedHash.filter(article.contentHash()::equals).isPresent()) {
      return Optional.empty();
    }
    Extraction extraction = extractor.extract(article);
    Model model = ArticleGraph.map(article, extraction, clock.instant());
    validator.validate(model, article.origin());
    return Optional.of(new Prepared(article, extraction, graphName, model.getGraph(), storedHash.isPresent()));
  }

  private static Node graphName(Article article) {
    return NodeFactory.createURI(Iris.articleGraph(article.id()));
  }

  private Optional<String> storedHash(Article article, Node graphName) {
    Node articleNode = NodeFactory.createURI(Iris.article(article.id()));
    return store.read(() -> {
      Iterator<Triple> found = store.dataset().getGraph(graphName)
          .find(articleNode, DG.contentHash.asNode(), Node.ANY);
      return found.hasNext() ? Optional.of(found.next().getObject().getLiteralLexicalForm()) : Optional.empty();
    });
  }

  /** Holds the articles waiting for the next commit, and commits them in one write transaction. */
  private final class Pending {
    private final List<Prepared> batch = new ArrayList<>();
    private final Set<String> ids = new HashSet<>();
    private long quads;
    private final Tally tally;
    private final Runnable afterCommit;

    Pending(Tally tally, Runnable afterCommit) {
      this.tally = tally;
      this.afterCommit = afterCommit;
    }

    boolean holds(String articleId) {
      return ids.contains(articleId);
    }

    int size() {
      return batch.size();
    }

    long quads() {
      return quads;
    }

    void add(Prepared prepared) {
      batch.add(prepared);
      ids.add(prepared.article().id());
      quads += prepared.graph().size();
    }

    void commit() {
      if (batch.isEmpty()) {
        return;
      }
      Ingestion.this.commit(batch).forEach(tally);
      batch.clear();
      ids.clear();
      quads = 0;
      afterCommit.run();
    }
  }

  private List<Outcome> commit(List<Prepared> batch) {
    if (batch.isEmpty()) {
      return List.of();
    }
    try {
      store.write(() -> {
        for (Prepared p : batch) {
          store.dataset().removeGraph(p.graphName());
          Graph target = store.dataset().getGraph(p.graphName());
          p.graph().find().forEach(target::add);
        }
      });
    } catch (DealGraphException e) {
      return batch.stream().map(p -> Outcome.failed(p.article().origin(), Optional.of(p.article()),
          "not stored: " + e.getMessage())).toList();
    }
    return batch.stream().map(Prepared::committed).toList();
  }

}
