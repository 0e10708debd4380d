package dev.dealgraph.bench;

import dev.dealgraph.extract.Extraction;
import dev.dealgraph.extract.Extractor;
import dev.dealgraph.extract.Gazetteer;
import dev.dealgraph.ingest.Article;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The JMH micro-benchmark behind {@link OpenNlpTokenizerBenchmark}: one article per operation, taken in turn from
 * a corpus, through the extractor or through OpenNLP's English tokenizer, on one thread.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ExtractionMicrobenchmark {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  static final String MODEL = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";

  /** "sample" for the project's data/articles, or the directory of a generated corpus. */
  @Param({"sample"})
  public String corpus;

  /** How many articles of a generated corpus to read. */
  @Param({"2000"})
  public int articles;

  private List<Article> texts;
  private Extractor extractor;
  private TokenizerME tokenizer;
  private int next;

  @Setup
  public void setUp() {
    texts = load(corpus, articles).articles();
    extractor = Extractor.create(Gazetteer.standard());
    tokenizer = tokenizer();
  }

  /**
   * Counts the processor time of the measured thread and the articles it handled, beside JMH's wall-clock
   * throughput: on a machine shared with other work, wall-clock time overstates what an article costs.
   */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.EVENTS)
  public static class Cpu {
    public long cpuNanos;
    public long articles;

    @Setup(Level.Iteration)
    public void reset() {
      cpuNanos = 0;
      articles = 0;
    }

    <T> T time(Supplier<T> work) {
      long started = THREADS.getCurrentThreadCpuTime();
      T result = work.get();
      cpuNanos += THREADS.getCurrentThreadCpuTime() - started;
      articles++;
      return result;
    }
  }

  /** Extracts the next article. */
  @Benchmark
  public Extraction extract(Cpu cpu) {
    Article a = nextArticle();
    return cpu.time(() -> extractor.extract(a));
  }

  /** Tokenizes the next article's text with OpenNLP. */
  @Benchmark
  public String[] tokenize(Cpu cpu) {
    Article a = nextArticle();
    return cpu.time(() -> tokenizer.tokenize(a.text()));
  }

  private Article nextArticle() {
    Article a = texts.get(next);
    next = (next + 1) % texts.size();
    return a;
  }

  /** Reads the corpus a {@link #corpus} parameter names. */
  static Corpus load(String corpus, int articles) {
    return corpus.equals("sample") ? Corpus.sample() : Corpus.read(Path.of(corpus), articles);
  }

  static TokenizerME tokenizer() {
    try (InputStream in = ExtractionMicrobenchmark.class.getResourceAsStream(MODEL)) {
      return new TokenizerME(new TokenizerModel(in));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
