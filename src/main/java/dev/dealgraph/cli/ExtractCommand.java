package dev.dealgraph.cli;

import dev.dealgraph.DealGraphException;
import dev.dealgraph.extract.ExtractionReport;
import dev.dealgraph.extract.Extractor;
import dev.dealgraph.extract.Gazetteer;
import dev.dealgraph.ingest.Article;
import dev.dealgraph.ingest.ArticleReader;
import dev.dealgraph.ingest.Source;
import dev.dealgraph.ingest.Sources;
import java.io.PrintWriter;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Runs {@code dealgraph extract}: prints the extraction report of the given files; touches no store. */
@Command(name = "extract", mixinStandardHelpOptions = true,
    description = "Extracts investments, rounds and competitors from articles and prints the JSON report.")
final class ExtractCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--format", defaultValue = "json", description = "Output format; only json is supported.")
  String format;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Article files or directories; - for stdin.")
  List<String> files;

  @Override
  public Integer call() {
    if (!"json".equals(format)) {
      throw DealGraphException.badParameter("--format must be json: " + format);
    }
    Extractor extractor = Extractor.create(Gazetteer.standard());
    ArticleReader reader = ArticleReader.create();
    PrintWriter out = spec.commandLine().getOut();
    int failed;
    try (ExtractionReport report = ExtractionReport.open(out)) {
      failed = eachArticle(reader, files, spec, article -> report.add(article, extractor.extract(article)));
    }
    out.flush();
    return failed == 0 ? 0 : Main.FAILED;
  }

  /** Reads every article of the paths, handing each to {@code sink}; returns the number of inputs that failed. */
  static int eachArticle(ArticleReader reader, List<String> paths, CommandSpec spec,
      java.util.function.Consumer<Article> sink) {
    int failed = 0;
    Iterator<Source> sources = Sources.create().expand(paths).iterator();
    while (sources.hasNext()) {
      Source source = sources.next();
      try {
        reader.read(source).forEach(sink);
      } catch (DealGraphException e) {
        spec.commandLine().getErr().println("dealgraph: " + source.origin() + ": "
            + String.valueOf(e.getMessage()).replaceAll("\\s*\\R\\s*", " "));
        failed++;
      }
    }
    return failed;
  }
}
