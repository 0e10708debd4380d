package dev.dealgraph.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dealgraph.App;
import dev.dealgraph.store.Store;
import dev.dealgraph.testing.Http;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@code serve} does besides serving: the sample corpus into an empty store, and a watched folder. */
class ServeMainJobIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String COUNT_ARTICLES = "PREFIX dg: <https://dealgraph.dev/ontology#> "
      + "SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a a dg:Article }";

  @TempDir Path dir;

  @Test
  void emptyStoreIsLoadedWithTheSampleCorpusOnceAndKeptOnRestart() throws Exception {
    long first;
    try (App app = App.serve(Store.open(dir.resolve("store")), ServerConfig.forTests(Optional.empty()),
        new App.ServeOptions(true, Optional.empty()))) {
      first = articles(new Http(app.port()));
    }
    assertThat(first).as("sample articles loaded").isGreaterThanOrEqualTo(40);
    try (App app = App.serve(Store.open(dir.resolve("store")), ServerConfig.forTests(Optional.empty()),
        new App.ServeOptions(true, Optional.empty()))) {
      assertThat(articles(new Http(app.port()))).isEqualTo(first);
    }
  }

  @Test
  void fileDroppedIntoTheWatchedFolderBecomesQueryable() throws Exception {
    Path watched = Files.createDirectories(dir.resolve("incoming"));
    try (App app = App.serve(Store.open(dir.resolve("store")), ServerConfig.forTests(Optional.empty()),
        new App.ServeOptions(false, Optional.of(watched)))) {
      Http http = new Http(app.port());
      assertThat(articles(http)).isZero();
      Files.writeString(watched.resolve("new.txt"),
          "Ferncliff Bio raises $8 million\n\nFerncliff Bio said Larkspur Capital invested $8 million in it.\n");
      long deadline = System.nanoTime() + 30_000_000_000L;
      while (articles(http) == 0 && System.nanoTime() < deadline) {
        Thread.sleep(200);
      }
      assertThat(articles(http)).isEqualTo(1);
    }
  }

  private static long articles(Http http) throws Exception {
    var body = JSON.readTree(http.sparql(COUNT_ARTICLES, "application/sparql-results+json").body());
    return body.at("/results/bindings/0/n/value").asLong();
  }
}
