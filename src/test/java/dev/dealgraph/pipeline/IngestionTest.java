package dev.dealgraph.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dealgraph.App;
import dev.dealgraph.graph.Iris;
import dev.dealgraph.graph.ShapeValidator;
import dev.dealgraph.ingest.ArticleReader;
import dev.dealgraph.extract.Extractor;
import dev.dealgraph.extract.Gazetteer;
import dev.dealgraph.store.Store;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class IngestionTest {
  // An article is identified by its URL when it has one, else by its content: replacement needs a URL.
  private static final String DEAL = """
      ---
      title: Quillmoor Robotics raises $12 million
      url: https://news.example/quillmoor-12m
      ---

      Quillmoor Robotics, a warehouse automation startup, said on Tuesday that Northgate Ventures invested
      $12 million in the company.
      """;
  private static final String CHANGED = DEAL.replace("Tuesday", "Wednesday");
  private static Extractor extractor;
  private static ArticleReader reader;

  @BeforeAll
  static void stages() {
    extractor = Extractor.create(Gazetteer.standard());
    reader = ArticleReader.create();
  }

  @Test
  void sameContentTwiceIsUnchangedTheSecondTime() {
    Ingestion ingestion = ingestion(Store.inMemory(), ShapeValidator.standard(), 10);
    assertThat(results(ingestion.ingest(input("a.txt", DEAL)))).containsExactly(Outcome.Result.INGESTED);
    assertThat(results(ingestion.ingest(input("a.txt", DEAL)))).containsExactly(Outcome.Result.UNCHANGED);
  }

  @Test
  void changedContentReplacesTheArticleGraphWhole() {
    Store store = Store.inMemory();
    Ingestion ingestion = ingestion(store, ShapeValidator.standard(), 10);
    String id = ingestion.ingest(input("a.txt", DEAL)).get(0).article().orElseThrow().id();
    List<Outcome> second = ingestion.ingest(input("a.txt", CHANGED));
    assertThat(results(second)).containsExactly(Outcome.Result.REPLACED);
    String newId = second.get(0).article().orElseThrow().id();
    assertThat(newId).isEqualTo(id);
    Node graph = NodeFactory.createURI(Iris.articleGraph(id));
    String text = store.read(() -> store.dataset().getGraph(graph).find().toList().toString());
    assertThat(text).contains("Wednesday").doesNotContain("Tuesday");
  }

  @Test
  void articleThatBreaksTheShapesIsRejectedAndTheOthersOfItsBatchAreStored() {
    Store store = Store.inMemory();
    // Shapes that only an article titled "Quillmoor…" breaks: the batch must keep the other article.
    var strict = ModelFactory.createDefaultModel();
    RDFParser.fromString("""
        @prefix sh: <http://www.w3.org/ns/shacl#> .
        @prefix dg: <https://dealgraph.dev/ontology#> .
        @prefix dct: <http://purl.org/dc/terms/> .
        [] a sh:NodeShape ; sh:targetClass dg:Article ;
          sh:property [ sh:path dct:title ; sh:pattern "^(?!Quillmoor)" ; sh:message "no Quillmoor titles" ] .
        """, Lang.TURTLE).parse(strict);
    Ingestion ingestion = ingestion(store, ShapeValidator.of(strict), 10);
    List<Outcome> outcomes = new ArrayList<>();
    Summary summary = ingestion.ingestAll(List.of(input("bad.txt", DEAL),
        input("good.txt", "Lindenfall AI raises money\n\nLindenfall AI said Northgate Ventures invested in it."))
        .iterator(), outcomes::add);
    assertThat(summary.ingested()).isEqualTo(1);
    assertThat(summary.failures()).singleElement().satisfies(f -> {
      assertThat(f.origin()).isEqualTo("bad.txt");
      assertThat(f.reason().orElseThrow()).contains("no Quillmoor titles").doesNotContain("\n");
    });
    long graphs = store.read(() -> countArticleGraphs(store));
    assertThat(graphs).isEqualTo(1);
  }

  @Test
  void unreadableInputFailsAloneWithOneLineReason() {
    Ingestion ingestion = ingestion(Store.inMemory(), ShapeValidator.standard(), 2);
    Summary summary = ingestion.ingestAll(List.of(
        Input.of("empty.txt", new byte[0], Optional.empty()),
        Input.of("junk.bin", new byte[] {0, 1, 2, 3, 0, 0, (byte) 0xff, 0, 7}, Optional.empty()),
        input("a.txt", DEAL)).iterator(), o -> { });
    assertThat(summary.ingested()).isEqualTo(1);
    assertThat(summary.failures()).extracting(Outcome::origin).containsExactly("empty.txt", "junk.bin");
    assertThat(summary.failures()).allSatisfy(f -> assertThat(f.reason().orElseThrow()).isNotBlank());
    assertThat(summary.line()).contains("1 ingested").contains("2 failed");
  }

  @Test
  void sameArticleTwiceInOneBatchEndsAsTheLaterCopy() {
    Store store = Store.inMemory();
    Ingestion ingestion = ingestion(store, ShapeValidator.standard(), 50);
    Summary summary = ingestion.ingestAll(List.of(input("a.txt", DEAL), input("a.txt", CHANGED)).iterator(),
        o -> { });
    assertThat(summary.ingested()).isEqualTo(1);
    assertThat(summary.replaced()).isEqualTo(1);
    assertThat(store.read(() -> countArticleGraphs(store))).isEqualTo(1);
  }

  @Test
  void preparingOnWorkersGivesTheSameOutcomesAsOneAfterTheOther() {
    // Copies of one article far apart and close together, across batches of two: later copies are checked by the
    // workers before the earlier ones are stored, and must still end as the one-after-the-other run does.
    List<Input> inputs = new ArrayList<>();
    inputs.add(input("a.txt", DEAL));
    for (int i = 0; i < 9; i++) {
      inputs.add(input("n" + i + ".txt", "Firm" + i + " AI raises money\n\nFirm" + i
          + " AI said Northgate Ventures invested in it."));
      inputs.add(input("a.txt", i % 3 == 0 ? CHANGED : DEAL));
    }
    List<Outcome.Result> alone = new ArrayList<>();
    List<Outcome.Result> together = new ArrayList<>();
    Store one = Store.inMemory();
    Store other = Store.inMemory();
    Summary sequential = ingestion(one, 2, 0).ingestAll(inputs.iterator(), o -> alone.add(o.result()));
    Summary parallel = ingestion(other, 2, 3).ingestAll(inputs.iterator(), o -> together.add(o.result()));
    assertThat(together).isEqualTo(alone).contains(Outcome.Result.REPLACED, Outcome.Result.UNCHANGED);
    assertThat(parallel.line().replaceAll(" in .*", "")).isEqualTo(sequential.line().replaceAll(" in .*", ""));
    assertThat(other.read(() -> countArticleGraphs(other))).isEqualTo(10);
  }

  @Test
  void runsTheUpkeepAfterEveryCommittedBatch() {
    Store store = Store.inMemory();
    List<Long> storedWhenRun = new ArrayList<>();
    List<Input> inputs = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      inputs.add(input("n" + i + ".txt", "Firm" + i + " AI raises money\n\nFirm" + i
          + " AI said Northgate Ventures invested in it."));
    }
    ingestion(store, 2, 2).ingestAll(inputs.iterator(), new Ingestion.Listener() {
      @Override
      public void outcome(Outcome outcome) {
      }

      @Override
      public void committed() {
        storedWhenRun.add(store.read(() -> countArticleGraphs(store)));
      }
    });
    assertThat(storedWhenRun).containsExactly(2L, 4L, 5L);
  }

  @Test
  void anOpenBatchIsInvisibleToOtherThreadsUntilItCommitsAndReportsProgressMeanwhile() throws Exception {
    Store store = Store.inMemory();
    List<Input> inputs = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      inputs.add(input("b" + i + ".txt", "Firm" + i + " AI raises money\n\nFirm" + i
          + " AI said Northgate Ventures invested in it."));
    }
    List<String> events = new ArrayList<>();
    ExecutorService other = Executors.newSingleThreadExecutor();
    try {
      ingestion(store, 10, 2).ingestAll(inputs.iterator(), new Ingestion.Listener() {
        @Override
        public void outcome(Outcome outcome) {
          events.add(outcome.result() + " " + outcome.origin());
        }

        @Override
        public void progressed(String origin) {
          events.add(origin + " seen by another reader: " + read(other, () -> store.read(() -> countArticleGraphs(store))));
        }

        @Override
        public void committed() {
          events.add("committed, seen by another reader: " + read(other, () -> store.read(() -> countArticleGraphs(store))));
        }
      });
    } finally {
      other.shutdownNow();
    }
    assertThat(events).containsExactly("b0.txt seen by another reader: 0", "b1.txt seen by another reader: 0",
        "b2.txt seen by another reader: 0", "INGESTED b0.txt", "INGESTED b1.txt", "INGESTED b2.txt",
        "committed, seen by another reader: 3");
  }

  @Test
  void aSharedBatchCommitsRatherThanWaitOpenForAnArticleStillBeingPrepared() {
    Store store = Store.inMemory();
    CountDownLatch firstCommitted = new CountDownLatch(1);
    Input slow = new Input("slow.txt", r -> {
      awaitQuietly(firstCommitted); // in a held-open batch nothing commits here, and this gives up after 5 s
      return input("slow.txt", "Firm9 AI raises money\n\nFirm9 AI said Northgate Ventures invested in it.")
          .reading().apply(r);
    });
    List<Long> storedAtCommit = new ArrayList<>();
    new Ingestion(store, reader, extractor, ShapeValidator.standard(), CLOCK, Batching.shared(10), 2)
        .ingestAll(List.of(input("first.txt", DEAL), slow).iterator(), new Ingestion.Listener() {
          @Override
          public void outcome(Outcome outcome) {
          }

          @Override
          public void committed() {
            storedAtCommit.add(store.read(() -> countArticleGraphs(store)));
            firstCommitted.countDown();
          }
        });
    assertThat(storedAtCommit).containsExactly(1L, 2L);
  }

  @Test
  void aSharedBatchCommitsAsSoonAsAnotherWriteWaitsAndABulkOneDoesNot() throws Exception {
    assertThat(otherWriteDoneBeforeTheSecondArticle(Batching.shared(10))).isTrue();
    assertThat(otherWriteDoneBeforeTheSecondArticle(Batching.bulk(10))).isFalse();
  }

  /** Starts another write while the batch holds its first article, and says whether it got through before the next. */
  private static boolean otherWriteDoneBeforeTheSecondArticle(Batching batching) throws Exception {
    Store store = Store.inMemory();
    Thread other = new Thread(() -> store.write(() -> { }));
    boolean[] doneBeforeSecond = new boolean[1];
    List<Input> inputs = List.of(input("w0.txt", DEAL), input("w1.txt", CHANGED.replace("quillmoor-12m", "other")));
    new Ingestion(store, reader, extractor, ShapeValidator.standard(), CLOCK, batching, 2)
        .ingestAll(inputs.iterator(), new Ingestion.Listener() {
          @Override
          public void outcome(Outcome outcome) {
          }

          @Override
          public void progressed(String origin) {
            if (origin.equals("w0.txt")) {
              other.start();
              long giveUp = System.nanoTime() + 5_000_000_000L;
              while (!store.writerWaiting() && System.nanoTime() < giveUp) {
                Thread.onSpinWait();
              }
              // By now the next article is prepared: only the waiting write can make the batch commit early.
              sleepQuietly(300);
            } else {
              joinQuietly(other, 2_000);
              doneBeforeSecond[0] = !other.isAlive();
            }
          }
        });
    other.join();
    return doneBeforeSecond[0];
  }

  private static void sleepQuietly(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void joinQuietly(Thread thread, long millis) {
    try {
      thread.join(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static long read(ExecutorService other, java.util.concurrent.Callable<Long> work) {
    try {
      return other.submit(work).get();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void deleteRemovesTheArticleGraphAndNothingElse() {
    Store store = Store.inMemory();
    Ingestion ingestion = App.ingestion(store, Batching.shared(10));
    String id = ingestion.ingest(input("a.txt", DEAL)).get(0).article().orElseThrow().id();
    long before = store.read(() -> store.dataset().getGraph(NodeFactory.createURI(Iris.GAZETTEER_GRAPH)).size());
    assertThat(ingestion.delete(id)).isTrue();
    assertThat(store.read(() -> countArticleGraphs(store))).isZero();
    assertThat(store.read(() -> store.dataset().getGraph(NodeFactory.createURI(Iris.GAZETTEER_GRAPH)).size()))
        .isEqualTo(before);
    assertThat(ingestion.delete(id)).isFalse();
  }

  private static long countArticleGraphs(Store store) {
    long n = 0;
    for (var it = store.dataset().listGraphNodes(); it.hasNext(); ) {
      if (it.next().getURI().startsWith(Iris.ARTICLE_GRAPH)) {
        n++;
      }
    }
    return n;
  }

  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);

  private static Ingestion ingestion(Store store, ShapeValidator validator, int batch) {
    return new Ingestion(store, reader, extractor, validator, CLOCK, Batching.shared(batch));
  }

  private static Ingestion ingestion(Store store, int batch, int workers) {
    return new Ingestion(store, reader, extractor, ShapeValidator.standard(), CLOCK, Batching.bulk(batch),
        workers);
  }

  private static Input input(String origin, String text) {
    return Input.of(origin, text.getBytes(StandardCharsets.UTF_8), Optional.empty());
  }

  private static List<Outcome.Result> results(List<Outcome> outcomes) {
    return outcomes.stream().map(Outcome::result).toList();
  }
}
