package dev.dealgraph;

import dev.dealgraph.api.ApiCaching;
import dev.dealgraph.api.ArticleController;
import dev.dealgraph.api.ArticleWriteController;
import dev.dealgraph.api.CompetitorController;
import dev.dealgraph.api.Controllers;
import dev.dealgraph.api.DocsController;
import dev.dealgraph.api.ExtractController;
import dev.dealgraph.api.GraphController;
import dev.dealgraph.api.HealthController;
import dev.dealgraph.api.InvestmentController;
import dev.dealgraph.api.OrganizationController;
import dev.dealgraph.api.QueryController;
import dev.dealgraph.api.Responder;
import dev.dealgraph.api.RoundController;
import dev.dealgraph.api.SearchController;
import dev.dealgraph.api.StatsController;
import dev.dealgraph.extract.Extractor;
import dev.dealgraph.extract.Gazetteer;
import dev.dealgraph.graph.GazetteerGraph;
import dev.dealgraph.graph.Iris;
import dev.dealgraph.graph.ShapeValidator;
import dev.dealgraph.http.WriteToken;
import dev.dealgraph.ingest.ArticleReader;
import dev.dealgraph.ontology.Ontology;
import dev.dealgraph.pipeline.DirectoryWatcher;
import dev.dealgraph.pipeline.Batching;
import dev.dealgraph.pipeline.Ingestion;
import dev.dealgraph.pipeline.ReferenceGraphs;
import dev.dealgraph.pipeline.SampleCorpus;
import dev.dealgraph.queries.NamedQueries;
import dev.dealgraph.query.ArticleService;
import dev.dealgraph.query.CompetitorService;
import dev.dealgraph.query.Directory;
import dev.dealgraph.query.FreshFacts;
import dev.dealgraph.query.GraphService;
import dev.dealgraph.query.InvestmentService;
import dev.dealgraph.query.NamedQueryService;
import dev.dealgraph.query.OrganizationService;
import dev.dealgraph.query.RoundService;
import dev.dealgraph.query.SearchService;
import dev.dealgraph.query.StatsService;
import dev.dealgraph.server.HttpServer;
import dev.dealgraph.server.JsonMapping;
import dev.dealgraph.server.Routes;
import dev.dealgraph.server.ServerConfig;
import dev.dealgraph.store.Store;
import dev.dealgraph.web.LinkedDataController;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds DealGraph: the store, the pipeline, the services and the server, handed down by constructor. The one
 * composition root; nothing else creates services. Longer than most files because the whole order of starting and
 * stopping lives here, in one place.
 */
public final class App implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(App.class);
  /**
   * Articles committed per write transaction by batches inside the server (the sample corpus, batch ingests
   * alongside serving). Small, because TDB2 has one writer: an upload waits for the batch commit under way, and 50
   * articles commit in well under a second where 200 took seconds (BENCHMARKS.md, "live").
   */
  public static final int BATCH_SIZE = 50;
  /**
   * Articles committed per write transaction by the {@code ingest} command. TDB2 copies every index block a
   * transaction changes, and a batch of thousands of articles changes most blocks of the node index, so each commit
   * leaves nearly a copy of it behind: 2,000-article commits left stores 2.6 times their compacted size at 68,000
   * articles, while one commit leaves none (BENCHMARKS.md). A batch costs the heap one article whatever its size;
   * the server keeps small batches so that an upload never waits long for the writer.
   */
  public static final int BULK_BATCH_SIZE = 100_000;
  /** Compaction runs when the store has grown to this many times its size after the last compaction. */
  public static final double COMPACT_RATIO = 2.0;

  private final Store store;
  private final HttpServer server;
  private final Optional<DirectoryWatcher> watcher;
  private final FreshFacts facts;
  private final Thread warmUp;

  private App(Store store, HttpServer server, Optional<DirectoryWatcher> watcher, FreshFacts facts, Thread warmUp) {
    this.store = store;
    this.server = server;
    this.watcher = watcher;
    this.facts = facts;
    this.warmUp = warmUp;
  }

  /**
   * What {@code serve} does besides serving.
   *
   * @param loadSampleIfEmpty load the bundled sample corpus when the store holds no article
   * @param watch             a directory whose new and changed files are ingested while serving
   */
  public record ServeOptions(boolean loadSampleIfEmpty, Optional<Path> watch) {
    /** Serves the store as it is: no sample, no watching. */
    public static ServeOptions plain() {
      return new ServeOptions(false, Optional.empty());
    }
  }

  /** Serves {@code store} as it is; the store is closed with the app. */
  public static App serve(Store store, ServerConfig config) {
    return serve(store, config, ServeOptions.plain());
  }

  /**
   * Serves {@code store} with {@code config}, first storing the reference graphs and, when asked, the sample
   * corpus; the store is closed with the app.
   *
   * @throws DealGraphException UNAVAILABLE when the port is taken
   */
  public static App serve(Store store, ServerConfig config, ServeOptions options) {
    FreshFacts facts = null;
    HttpServer server = null;
    Thread warmUp = null;
    try {
      CompletableFuture<Ingestion> pipeline = new CompletableFuture<>();
      if (options.loadSampleIfEmpty() && !hasArticles(store)) {
        LOG.info("The store holds no article: loading the sample corpus");
        Ingestion ingestion = ingestion(store, Batching.shared(BATCH_SIZE));
        ingestion.ingestAll(SampleCorpus.inputs().iterator(), o -> o.reason().ifPresent(
            reason -> LOG.warn("Sample article {} not loaded: {}", o.origin(), reason)));
        compactIfGrown(store);
        pipeline.complete(ingestion);
      }
      facts = FreshFacts.standby(store);
      Directory directory = new Directory(store);
      Routes routes = new Routes(controllers(store, directory, () -> join(pipeline),
          WriteToken.of(config.writeToken()), facts, config.responseCacheBytes()), new LinkedDataController(store));
      server = HttpServer.start(config, store, routes);
      warmUp = warm(directory, facts);
      if (!pipeline.isDone()) {
        // Building the pipeline (ontology, gazetteer, extractor, shapes) takes seconds of processor time: it starts
        // once the server listens, so as not to slow the server's own start on a small machine, and only writes
        // and extractions wait for it.
        daemonThread("dealgraph-pipeline", () -> {
          try {
            pipeline.complete(ingestion(store, Batching.shared(BATCH_SIZE)));
          } catch (RuntimeException | Error e) {
            pipeline.completeExceptionally(e);
          }
        });
      }
      Ingestion ingestion = join(pipeline);
      Optional<DirectoryWatcher> watcher = options.watch().map(dir -> DirectoryWatcher.start(dir, ingestion));
      return new App(store, server, watcher, facts, warmUp);
    } catch (RuntimeException e) {
      if (server != null) {
        server.close();
      }
      if (facts != null) {
        facts.close();
      }
      awaitEnd(warmUp);
      store.close();
      throw e;
    }
  }

  /** Builds the handlers over {@code store} and the JSON API handlers; writes go through {@code ingestion}. */
  public static Controllers controllers(Store store, Ingestion ingestion, WriteToken writeToken) {
    return controllers(store, ingestion, writeToken, FreshFacts.disabled(store));
  }

  /** Builds the handlers as {@link #controllers(Store, Ingestion, WriteToken)} does, serving from {@code facts}. */
  public static Controllers controllers(Store store, Ingestion ingestion, WriteToken writeToken, FreshFacts facts) {
    return controllers(store, new Directory(store), () -> ingestion, writeToken, facts,
        ServerConfig.DEFAULT_RESPONSE_CACHE_BYTES);
  }

  private static Controllers controllers(Store store, Directory directory, Supplier<Ingestion> ingestion,
      WriteToken writeToken, FreshFacts facts, long responseCacheBytes) {
    Responder responder = new Responder(JsonMapping.mapper());
    return new Controllers(new HealthController(store),
        new OrganizationController(new OrganizationService(store, directory, facts), responder),
        new InvestmentController(new InvestmentService(store, facts), responder),
        new RoundController(new RoundService(store), responder),
        new CompetitorController(new CompetitorService(store, facts), responder),
        new ArticleController(new ArticleService(store), responder),
        new ArticleWriteController(ingestion, writeToken),
        new ExtractController(ingestion),
        new StatsController(new StatsService(store, directory, facts), responder),
        new GraphController(new GraphService(store), responder),
        new SearchController(new SearchService(directory), responder),
        new QueryController(new NamedQueryService(store, NamedQueries.standard()), responder),
        new DocsController(), new ApiCaching(store, responseCacheBytes));
  }

  /**
   * Reads the organization directory that search and organization pages need, then starts the fact index build:
   * one after the other on one background thread, so that the first of them is ready soonest.
   */
  private static Thread warm(Directory directory, FreshFacts facts) {
    return daemonThread("dealgraph-warm-up", () -> {
      try {
        directory.warm();
      } catch (RuntimeException e) {
        LOG.warn("Directory not read ahead; the first search reads it: {}", e.toString());
      }
      facts.build();
    });
  }

  /**
   * Waits for the warm-up to end its read transaction, so that the store can close. Never interrupts it: an
   * interrupt would close TDB2's file channels under the whole process.
   */
  private static void awaitEnd(Thread warmUp) {
    if (warmUp == null) {
      return;
    }
    try {
      warmUp.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static Thread daemonThread(String name, Runnable task) {
    Thread t = new Thread(task, name);
    t.setDaemon(true);
    t.start();
    return t;
  }

  /** Waits for {@code future}, rethrowing what it failed with as it was thrown. */
  private static <T> T join(CompletableFuture<T> future) {
    try {
      return future.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      throw e;
    }
  }

  /**
   * Builds the ingestion pipeline for {@code store}, storing the ontology and gazetteer graphs first so that
   * every article's graph lands next to them.
   */
  public static Ingestion ingestion(Store store, Batching batching) {
    Ontology ontology = Ontology.standard();
    Gazetteer gazetteer = Gazetteer.standard();
    ReferenceGraphs.install(store, Map.of(
        Iris.ONTOLOGY_GRAPH, ontology.model().getGraph(),
        Iris.GAZETTEER_GRAPH, GazetteerGraph.map(gazetteer.organizations()).getGraph()));
    return new Ingestion(store, ArticleReader.create(), Extractor.create(gazetteer), ShapeValidator.standard(),
        Clock.systemUTC(), batching);
  }

  /** Compacts the store when it has grown past {@link #COMPACT_RATIO} times its compacted size. */
  public static void compactIfGrown(Store store) {
    store.compactIfGrown(COMPACT_RATIO);
  }

  /**
   * Leaves a store that a command changed ready for the next server: compacted when it has grown, and with its
   * directory of names saved beside it, so that the server answers searches without reading every article graph.
   */
  public static void settle(Store store) {
    compactIfGrown(store);
    new Directory(store).warm();
  }

  private static boolean hasArticles(Store store) {
    String prefix = Iris.ARTICLE_GRAPH;
    return store.read(() -> {
      for (var it = store.dataset().listGraphNodes(); it.hasNext(); ) {
        if (it.next().getURI().startsWith(prefix)) {
          return true;
        }
      }
      return false;
    });
  }

  /** Returns the port the server listens on. */
  public int port() {
    return server.port();
  }

  /**
   * Waits until requests are answered from the fact index of the store's current generation, at most
   * {@code timeout}; returns whether they are. Benchmarks wait so that they measure the steady state.
   */
  public boolean awaitFactIndex(java.time.Duration timeout) {
    return facts.await(timeout);
  }

  /** Returns the store being served. */
  public Store store() {
    return store;
  }

  /** Stops watching, stops the server and closes the store, releasing its lock. */
  @Override
  public void close() {
    try {
      watcher.ifPresent(DirectoryWatcher::close);
      server.close();
      facts.close();
      awaitEnd(warmUp);
    } finally {
      store.close();
      LOG.info("Stopped; store closed");
    }
  }
}
