package dev.dealgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dealgraph.testing.Subprocess;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ingest command as a user runs it: a summary, one reason per failure, exit 1 when any failed. */
class IngestCommandIT {
  @TempDir Path dir;

  @Test
  void batchWithABadFileStoresTheGoodOnesAndExits1WithOneReason() throws Exception {
    Path articles = Files.createDirectories(dir.resolve("in/nested"));
    Files.writeString(articles.resolve("good.txt"),
        "Brightwater AI raises seed round\n\nBrightwater AI said Kestrel Ventures invested $3 million in it.\n");
    Files.write(articles.resolve("bad.txt"), new byte[0]);
    Subprocess.Result result = Subprocess.run(dir, "ingest", "--store", dir.resolve("store").toString(),
        dir.resolve("in").toString());
    assertThat(result.exitCode()).as(result.stderr()).isEqualTo(1);
    assertThat(result.stdout()).contains("2 articles: 1 ingested, 0 replaced, 0 unchanged, 1 failed");
    assertThat(result.stderr()).containsPattern("failed: .*bad\\.txt: .+");
    // The names are saved beside the store, so that the next server answers searches without reading it.
    assertThat(Files.readString(dir.resolve("store/dealgraph-directory.tsv"))).contains("Kestrel Ventures");

    Subprocess.Result again = Subprocess.run(dir, "ingest", "--store", dir.resolve("store").toString(),
        articles.resolve("good.txt").toString());
    assertThat(again.exitCode()).isZero();
    assertThat(again.stdout()).contains("1 unchanged");
  }

  @Test
  void missingPathIsOneLineAndExit1() throws Exception {
    Subprocess.Result result = Subprocess.run(dir, "ingest", "--store", dir.resolve("store").toString(),
        dir.resolve("nowhere").toString());
    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.stderr().strip()).startsWith("dealgraph: no such file or directory").doesNotContain("\n\tat");
  }

  @Test
  void extractPrintsTheReportAndTouchesNoStore() throws Exception {
    Path file = Files.writeString(dir.resolve("a.txt"),
        "Brightwater AI raises seed round\n\nBrightwater AI said Kestrel Ventures invested $3 million in it.\n");
    Subprocess.Result result = Subprocess.run(dir, "extract", "--format", "json", file.toString());
    assertThat(result.exitCode()).as(result.stderr()).isZero();
    assertThat(result.stdout()).contains("\"documents\"").contains("Kestrel Ventures");
    assertThat(Files.exists(dir.resolve("store"))).isFalse();
  }
}
