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
import dev.dealgraph.store.WriteTransaction;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
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
  /** Inputs read ahead per worker: enough to keep workers busy while a batch commits, few enough to bound memory. */
  private static final int INPUTS_AHEAD = 8;

  private final Store store;
  private final ArticleReader reader;
  private final Extractor extractor;
  private final ShapeValidator validator;
  private final Clock clock;
  private final Batching batching;
  private final int workers;

  /** Creates the pipeline with one preparing worker per core when there is more than one core. */
  public Ingestion(Store store, ArticleReader reader, Extractor extractor, ShapeValidator validator, Clock clock,
      Batching batching) {
    this(store, reader, extractor, validator, clock, batching, defaultWorkers());
  }

  /**
   * Creates the pipeline; {@code workers} threads prepare articles for {@link #ingestAll}, none meaning that the
   * calling thread prepares them itself.
   */
  public Ingestion(Store store, ArticleReader reader, Extractor extractor, ShapeValidator validator, Clock clock,
      Batching batching, int workers) {
    if (workers < 0) {
      throw new IllegalArgumentException("workers must be 0 or more: " + workers);
    }
    this.workers = workers;
    this.store = store;
    this.reader = reader;
    this.extractor = extractor;
    this.validator = validator;
    this.clock = clock;
    this.batching = batching;
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
   * Ingests every input in batches, telling {@code listener} what becomes of each article.
   *
   * <p>Inputs are read and their articles extracted, mapped and validated on worker threads, one per core, a
   * bounded number of inputs ahead of the article being written: on a multi-core machine the next articles are
   * being prepared while this one is written. Each checked article is written at once into a write transaction
   * that stays open on the calling thread until the batch is full, so a batch costs the heap one article, not the
   * whole batch, and may be as large as the run: every commit leaves copies of the index blocks it changed, so few
   * large commits keep the store small. Commits and outcomes stay on the calling thread and in input order, and an
   * article is checked again when the store changed under it, so the result is the same as one after the other.
   *
   * <p>Outcomes of stored articles carry their origin and result only, not the article or its extraction, which a
   * large batch could not keep in memory until its commit.
   */
  public Summary ingestAll(Iterator<Input> inputs, Listener listener) {
    long started = System.nanoTime();
    Tally tally = new Tally(listener::outcome);
    try (Pending pending = new Pending(tally, listener);
         Lookahead<Input, Readied> ahead = Lookahead.start(inputs, this::ready, workers,
             Math.max(1, workers * INPUTS_AHEAD))) {
      while (ahead.hasNext()) {
        if (!batching.holdOpen() && !ahead.nextReady()) {
          pending.commit(); // other writers must not wait while the next article is prepared
        }
        Readied readied = ahead.next();
        readied.readFailure().ifPresent(reason -> {
          tally.accept(Outcome.failed(readied.input().origin(), Optional.empty(), reason));
          listener.progressed(readied.input().origin());
        });
        readied.steps().forEach(step -> take(step, pending));
      }
      pending.commit();
    }
    Summary summary = tally.summary(Duration.ofNanos(System.nanoTime() - started));
    LOG.info("Ingest: {}", summary.line());
    return summary;
  }

  /** Hears what an ingest run does, on the calling thread and in input order; a lambda hears the outcomes. */
  @FunctionalInterface
  public interface Listener {
    /** Receives an article's outcome: a stored article's once its batch is committed, others at once. */
    void outcome(Outcome outcome);

    /** Learns that an article was dealt with (written into the open batch, refused or found unchanged). */
    default void progressed(String origin) {
    }

    /** Runs after each committed batch: the place for store upkeep such as compaction. */
    default void committed() {
    }
  }

  /** Writes a checked article into the open batch, or reports it, checking it again when the store changed. */
  private void take(Readied.Step checked, Pending pending) {
    Tally tally = pending.tally;
    Article article = checked.article();
    // Read in the open transaction, so an earlier copy of the same article in this batch counts as stored.
    Readied.Step step = checked.failure().isPresent()
        || storedHash(article, graphName(article)).equals(checked.storedHash()) ? checked : check(article);
    if (step.failure().isPresent()) {
      tally.accept(Outcome.failed(article.origin(), Optional.of(article), step.failure().get()));
    } else if (step.prepared().isPresent()) {
      pending.add(step.prepared().get());
    } else {
      tally.accept(Outcome.unchanged(article));
    }
    pending.listener.progressed(article.origin());
    if (pending.size() >= batching.articles() || !batching.holdOpen() && store.writerWaiting()) {
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

  /**
   * Holds the write transaction of the batch being written and the outcomes waiting for its commit; when a write
   * or the commit fails, every article of the batch is reported as not stored.
   */
  private final class Pending implements AutoCloseable {
    private final List<Outcome> written = new ArrayList<>();
    private final Tally tally;
    private final Listener listener;
    private WriteTransaction open;

    Pending(Tally tally, Listener listener) {
      this.tally = tally;
      this.listener = listener;
    }

    int size() {
      return written.size();
    }

    void add(Prepared prepared) {
      written.add(prepared.committed().withoutContent());
      try {
        if (open == null) {
          open = store.beginWrite();
        }
        open.run(() -> write(prepared));
      } catch (DealGraphException e) {
        abandon(e);
      }
    }

    void commit() {
      if (open == null) {
        return;
      }
      try {
        open.commit();
      } catch (DealGraphException e) {
        abandon(e);
        return;
      } finally {
        close();
      }
      written.forEach(tally);
      written.clear();
      listener.committed();
    }

    private void abandon(DealGraphException e) {
      close();
      written.forEach(o -> tally.accept(notStored(o.origin(), o.article(), e)));
      written.clear();
    }

    @Override
    public void close() {
      if (open != null) {
        open.close();
        open = null;
      }
    }
  }

  private List<Outcome> commit(List<Prepared> batch) {
    if (batch.isEmpty()) {
      return List.of();
    }
    try {
      store.write(() -> batch.forEach(this::write));
    } catch (DealGraphException e) {
      return batch.stream().map(p -> notStored(p.article().origin(), Optional.of(p.article()), e)).toList();
    }
    return batch.stream().map(Prepared::committed).toList();
  }

  private static Outcome notStored(String origin, Optional<Article> article, DealGraphException e) {
    return Outcome.failed(origin, article, "not stored: " + e.getMessage());
  }

  /** Replaces the article's graph with the prepared one; runs in a write transaction. */
  private void write(Prepared prepared) {
    store.dataset().removeGraph(prepared.graphName());
    Graph target = store.dataset().getGraph(prepared.graphName());
    prepared.graph().find().forEach(target::add);
  }

}
