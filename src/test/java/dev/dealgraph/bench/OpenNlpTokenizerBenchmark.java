package dev.dealgraph.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dealgraph.extract.Extractor;
import dev.dealgraph.extract.Gazetteer;
import dev.dealgraph.ingest.Article;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compares the extractor with OpenNLP's English tokenizer on the same text: tokens per second of processor time,
 * tokens counted as OpenNLP counts them, on a generated corpus and on the sample articles. The extractor does far
 * more than tokenize; the target is half the tokenizer's speed.
 *
 * <p>Not a test (Surefire runs {@code *Test} only). Run it with
 * {@code mvn -o test -Dtest=OpenNlpTokenizerBenchmark -Dsurefire.failIfNoSpecifiedTests=false}; options
 * {@code -Dbench.articles=2000 -Dbench.seconds=20 -Dbench.log=BENCHMARKS.md}. It appends its rows to the log.
 */
class OpenNlpTokenizerBenchmark {
  private static final String MODEL = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";

  @TempDir Path dir;

  @Test
  void extractionAgainstOpenNlpTokenizer() throws IOException {
    int articles = Integer.getInteger("bench.articles", 2000);
    Duration measure = Duration.ofSeconds(Integer.getInteger("bench.seconds", 20));
    Log log = new Log(Path.of(System.getProperty("bench.log", "BENCHMARKS.md")));
    CorpusGenerator.standard().generate(articles, 1, dir.resolve("corpus"));
    Extractor extractor = Extractor.create(Gazetteer.standard());
    TokenizerME tokenizer = tokenizer();
    for (Corpus corpus : List.of(Corpus.read(dir.resolve("corpus"), articles), Corpus.sample())) {
      Machine machine = Machine.now();
      List<Article> texts = corpus.articles();
      long[] tokens = texts.stream().mapToLong(a -> tokenizer.tokenize(a.text()).length).toArray();
      Timed.run(texts.size(), measure.dividedBy(2), 1, i -> tokenizer.tokenize(texts.get(i).text()).length);
      Timed.run(texts.size(), measure.dividedBy(2), 1, i -> {
        extractor.extract(texts.get(i));
        return tokens[i];
      });
      Timed.Run nlp = Timed.run(texts.size(), measure, 1, i -> tokenizer.tokenize(texts.get(i).text()).length);
      Timed.Run ours = Timed.run(texts.size(), measure, 1, i -> {
        extractor.extract(texts.get(i));
        return tokens[i];
      });
      double ratio = ours.megaPerCpuSecond() / nlp.megaPerCpuSecond();
      String results = String.format(Locale.ROOT, "OpenNLP tokenizer: %.0f thousand tokens/s per core; extraction: "
              + "%.0f thousand tokens/s per core (%.2f MB/s); extraction = %.0f%% of the tokenizer (target ≥ 50%%)",
          nlp.megaPerCpuSecond() * 1e3, ours.megaPerCpuSecond() * 1e3,
          ours.megaPerCpuSecond() * corpus.textBytes() / sum(tokens), ratio * 100);
      String inputs = corpus.name() + ", " + sum(tokens) + " tokens, CPU time of 1 thread, " + measure.toSeconds()
          + " s per measure after warm-up";
      System.out.println("extract vs OpenNLP: " + inputs + ": " + results);
      log.append("extract vs OpenNLP tokenizer", inputs, results, machine.reloaded());
      assertThat(ours.items()).isPositive();
    }
  }

  private static TokenizerME tokenizer() throws IOException {
    try (InputStream in = OpenNlpTokenizerBenchmark.class.getResourceAsStream(MODEL)) {
      return new TokenizerME(new TokenizerModel(in));
    }
  }

  private static long sum(long[] values) {
    long total = 0;
    for (long v : values) {
      total += v;
    }
    return total;
  }
}
