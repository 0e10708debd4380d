package dev.dealgraph.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import opennlp.tools.tokenize.TokenizerME;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Compares the extractor with OpenNLP's English tokenizer on the same text with JMH
 * ({@link ExtractionMicrobenchmark}): tokens per second on one thread, tokens counted as OpenNLP counts them, on a
 * generated corpus and on the sample articles. The extractor does far more than tokenize; the target is half the
 * tokenizer's speed.
 *
 * <p>Not a test (Surefire runs {@code *Test} only). Run it with
 * {@code mvn -o test -Dtest=OpenNlpTokenizerBenchmark -Dsurefire.failIfNoSpecifiedTests=false}; options
 * {@code -Dbench.articles=2000 -Dbench.seconds=20 -Dbench.log=BENCHMARKS.md}. It appends its rows to the log.
 */
class OpenNlpTokenizerBenchmark {
  @TempDir Path dir;

  @Test
  void extractionAgainstOpenNlpTokenizer() throws RunnerException {
    int articles = Integer.getInteger("bench.articles", 2000);
    int seconds = Integer.getInteger("bench.seconds", 20);
    Log log = new Log(Path.of(System.getProperty("bench.log", "BENCHMARKS.md")));
    Path generated = dir.resolve("corpus");
    CorpusGenerator.standard().generate(articles, 1, generated);
    List<String> corpora = List.of(generated.toString(), "sample");
    Machine machine = Machine.now();
    Options options = new OptionsBuilder()
        .include(ExtractionMicrobenchmark.class.getName() + "\\.")
        .param("corpus", corpora.toArray(String[]::new))
        .param("articles", Integer.toString(articles))
        .warmupIterations(2).warmupTime(TimeValue.seconds(Math.max(1, seconds / 4)))
        .measurementIterations(3).measurementTime(TimeValue.seconds(Math.max(1, seconds / 3)))
        .forks(1).jvmArgsAppend("-Xmx2g").shouldFailOnError(true).build();
    Collection<RunResult> runs = new Runner(options).run();
    TokenizerME tokenizer = ExtractionMicrobenchmark.tokenizer();
    for (String corpus : corpora) {
      Corpus texts = ExtractionMicrobenchmark.load(corpus, articles);
      long tokens = texts.articles().stream().mapToLong(a -> tokenizer.tokenize(a.text()).length).sum();
      double tokensPerArticle = (double) tokens / texts.articles().size();
      double bytesPerArticle = (double) texts.textBytes() / texts.articles().size();
      double extract = perCpuSecond(runs, "extract", corpus);
      double tokenize = perCpuSecond(runs, "tokenize", corpus);
      String results = String.format(Locale.ROOT, "OpenNLP tokenizer: %.0f thousand tokens/s per core; extraction: "
              + "%.0f thousand tokens/s per core (%.2f MB/s, %.0f articles/s); extraction = %.0f%% of the tokenizer "
              + "(target ≥ 50%%); wall clock: extraction %.0f articles/s, tokenizer %.0f articles/s",
          tokenize * tokensPerArticle / 1e3, extract * tokensPerArticle / 1e3, extract * bytesPerArticle / 1e6,
          extract, 100 * extract / tokenize, result(runs, "extract", corpus).getPrimaryResult().getScore(),
          result(runs, "tokenize", corpus).getPrimaryResult().getScore());
      String inputs = texts.name() + ", " + tokens + " tokens, " + texts.textBytes() + " bytes of text; JMH, one "
          + "thread, 1 fork, 2 warm-up and 3 measured iterations, per core = per second of the thread's processor time";
      System.out.println("extract vs OpenNLP: " + inputs + ": " + results);
      log.append("extract vs OpenNLP tokenizer (JMH)", inputs, results, machine.reloaded());
      assertThat(extract).isPositive();
    }
  }

  /** Articles per second of the measured thread's processor time, from the counters of the measured iterations. */
  private static double perCpuSecond(Collection<RunResult> runs, String benchmark, String corpus) {
    var counters = result(runs, benchmark, corpus).getSecondaryResults();
    return counters.get("articles").getScore() / (counters.get("cpuNanos").getScore() / 1e9);
  }

  private static RunResult result(Collection<RunResult> runs, String benchmark, String corpus) {
    return runs.stream()
        .filter(r -> r.getParams().getBenchmark().endsWith("." + benchmark))
        .filter(r -> r.getParams().getParam("corpus").equals(corpus))
        .findFirst().orElseThrow(() -> new IllegalStateException("no JMH result for " + benchmark + " on " + corpus));
  }
}
