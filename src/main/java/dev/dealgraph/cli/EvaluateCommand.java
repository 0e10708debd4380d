package dev.dealgraph.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dealgraph.DealGraphException;
import dev.dealgraph.extract.Evaluation;
import dev.dealgraph.extract.ExtractionReport;
import dev.dealgraph.extract.Extractor;
import dev.dealgraph.extract.Gazetteer;
import dev.dealgraph.ingest.ArticleReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Runs {@code dealgraph evaluate}: extracts the given articles and scores them against a gold file. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
    description = "Scores extraction against gold annotations: P/R/F1 of pairs, amounts and competitors, status,"
        + " publication dates, and the list of errors per document.")
final class EvaluateCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--gold", required = true, paramLabel = "GOLD.json", description = "Gold annotations.")
  Path gold;

  @Option(names = "--report", paramLabel = "REPORT.json",
      description = "Score this extraction report instead of extracting FILEs.")
  Path report;

  @Option(names = "--quiet", description = "Print only the metrics, not the error list.")
  boolean quiet;

  @Parameters(arity = "0..*", paramLabel = "FILE", description = "Article files or directories to extract.")
  List<String> files = List.of();

  @Override
  public Integer call() {
    ObjectMapper json = new ObjectMapper();
    JsonNode goldJson = read(json, gold);
    JsonNode reportJson;
    int failed = 0;
    if (report != null) {
      reportJson = read(json, report);
    } else {
      if (files.isEmpty()) {
        throw DealGraphException.badParameter("evaluate needs FILEs to extract or --report REPORT.json");
      }
      Extractor extractor = Extractor.create(Gazetteer.standard());
      ByteArrayOutputStream buffer = new ByteArrayOutputStream();
      try (ExtractionReport r = ExtractionReport.open(buffer)) {
        failed = ExtractCommand.eachArticle(ArticleReader.create(), files, spec,
            article -> r.add(article, extractor.extract(article)));
      }
      try {
        reportJson = json.readTree(buffer.toByteArray());
      } catch (IOException e) {
        throw new IllegalStateException("the extraction report is not JSON", e);
      }
    }
    Evaluation.Result result = Evaluation.score(goldJson, reportJson, true);
    result.lines(!quiet).forEach(spec.commandLine().getOut()::println);
    spec.commandLine().getOut().flush();
    return failed == 0 ? 0 : Main.FAILED;
  }

  private static JsonNode read(ObjectMapper json, Path file) {
    try {
      return json.readTree(file.toFile());
    } catch (IOException e) {
      throw DealGraphException.invalidContent(file + ": not readable JSON: "
          + String.valueOf(e.getMessage()).replaceAll("\\s*\\R\\s*", " "));
    }
  }
}
