package dev.dealgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ExtractCommandTest {

  @TempDir Path dir;

  private record Run(int code, String out, String err) {}

  private static Run run(String... args) {
    CommandLine cli = Main.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int code = cli.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void printsTheReportOfEachFile() throws Exception {
    Path article = dir.resolve("deal.txt");
    Files.writeString(article, "Nvidia backs robot maker\n\nNvidia has invested $50 million in Figure AI, the "
        + "robotics start-up said on Tuesday.\n");
    Run run = run("extract", "--format", "json", article.toString());
    assertThat(run.code()).isZero();
    JsonNode doc = new ObjectMapper().readTree(run.out()).path("documents").get(0);
    assertThat(doc.path("source").asText()).endsWith("deal.txt");
    assertThat(doc.path("investments").get(0).path("investor").asText()).isEqualTo("Nvidia");
  }

  @Test
  void reportsAnUnreadableFileOnOneLineAndTheOthersStill() throws Exception {
    Path good = dir.resolve("good.txt");
    Files.writeString(good, "Headline\n\nSome text about markets.\n");
    Path empty = dir.resolve("empty.txt");
    Files.write(empty, new byte[0]);
    Run run = run("extract", empty.toString(), good.toString());
    assertThat(run.code()).isEqualTo(Main.FAILED);
    assertThat(run.err().strip().lines()).singleElement().asString().startsWith("dealgraph: ").contains("empty.txt");
    assertThat(new ObjectMapper().readTree(run.out()).path("documents")).hasSize(1);
  }

  @Test
  void evaluatesAgainstAGoldFile() throws Exception {
    Path article = dir.resolve("a.txt");
    Files.writeString(article, "Deal\n\nNvidia has invested $50 million in Figure AI.\n");
    Path gold = dir.resolve("gold.json");
    Files.writeString(gold, """
        {"entities": {}, "articles": [{"file": "a.txt", "published": null,
          "investments": [{"investor": "Nvidia", "investee": "Figure AI", "status": "completed",
                           "amount": {"value": 50000000, "currency": "USD"}}], "competitors": []}]}
        """);
    Run run = run("evaluate", "--gold", gold.toString(), article.toString());
    assertThat(run.code()).isZero();
    assertThat(run.out()).contains("pairs        P=1.000 R=1.000 F1=1.000")
        .contains("summary pairsF1=1.000 amountsF1=1.000 competitorsF1=1.000");
  }

  @Test
  void rejectsAnUnknownFormatAsAUsageError() {
    assertThat(run("extract", "--format", "xml", "x.txt").code()).isEqualTo(Main.USAGE);
  }
}
