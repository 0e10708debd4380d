package dev.dealgraph.bench;

import dev.dealgraph.DealGraphException;
import dev.dealgraph.extract.Gazetteer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Writes a synthetic corpus of news articles, the same files for the same seed and size.
 *
 * <p>A first, cheap pass draws each file's format and article count from the seed; files are then written in
 * parallel, each from its own random stream derived from the seed and its number, so the output never depends on
 * thread scheduling. The first N articles of a larger corpus are the corpus of N articles for the same seed.
 * Files go into numbered sub-directories of at most {@value #FILES_PER_DIRECTORY} files.
 */
final class CorpusGenerator {
  static final int FILES_PER_DIRECTORY = 1000;
  /** The hidden file recording what was generated; loaders skip hidden files. */
  static final String MANIFEST = ".corpus";

  private final Phrases phrases;
  private final StoryWriter writer;

  private CorpusGenerator(Phrases phrases, StoryWriter writer) {
    this.phrases = phrases;
    this.writer = writer;
  }

  /** Creates a generator over the shipped phrases and the standard gazetteer. */
  static CorpusGenerator standard() {
    Phrases phrases = Phrases.standard();
    return new CorpusGenerator(phrases, new StoryWriter(phrases, Cast.of(Gazetteer.standard(), phrases)));
  }

  /** Says what a generation produced. */
  record Result(long articles, int files, long bytes, Duration elapsed) {}

  /**
   * Writes {@code articles} articles for {@code seed} into {@code out}, which must be absent or empty.
   *
   * @throws DealGraphException BAD_PARAMETER for a count below 1 or a non-empty directory, UNAVAILABLE when a file
   *     cannot be written
   */
  Result generate(int articles, long seed, Path out) {
    if (articles < 1) {
      throw DealGraphException.badParameter("--articles must be at least 1: " + articles);
    }
    long started = System.nanoTime();
    prepare(out);
    List<int[]> plan = plan(articles, seed);
    AtomicLong bytes = new AtomicLong();
    IntStream.range(0, plan.size()).parallel().forEach(f -> bytes.addAndGet(write(out, f, plan.get(f), seed)));
    Result result = new Result(articles, plan.size(), bytes.get(), Duration.ofNanos(System.nanoTime() - started));
    writeString(out.resolve(MANIFEST), "articles=" + articles + "\nseed=" + seed + "\nfiles=" + plan.size()
        + "\nbytes=" + bytes.get() + "\n");
    return result;
  }

  /** Returns one plain-text article, the same for the same seed and serial number, for single uploads. */
  String single(long seed, int serial) {
    SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + serial);
    return FileFormat.TEXT.render(List.of(writer.write(random, serial)), phrases, random);
  }

  /** Draws {format ordinal, article count, first article serial} for every file. */
  private static List<int[]> plan(int articles, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<int[]> files = new ArrayList<>();
    for (int serial = 0; serial < articles; ) {
      FileFormat format = FileFormat.draw(random);
      int count = Math.min(format.articles(random), articles - serial);
      files.add(new int[] {format.ordinal(), count, serial});
      serial += count;
    }
    return files;
  }

  private long write(Path out, int file, int[] planned, long seed) {
    SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + file);
    FileFormat format = FileFormat.values()[planned[0]];
    List<Story> stories = new ArrayList<>();
    for (int k = 0; k < planned[1]; k++) {
      stories.add(writer.write(random, planned[2] + k));
    }
    byte[] content = format.render(stories, phrases, random).getBytes(StandardCharsets.UTF_8);
    Path dir = out.resolve(padded(file / FILES_PER_DIRECTORY, 4));
    Path target = dir.resolve("article-" + padded(file, 7) + "." + format.extension());
    try {
      Files.createDirectories(dir);
      Files.write(target, content);
    } catch (IOException e) {
      throw DealGraphException.unavailable("cannot write " + target + ": " + e.getMessage(), e);
    }
    return content.length;
  }

  private static String padded(int number, int width) {
    String digits = Integer.toString(number);
    return "0".repeat(Math.max(0, width - digits.length())) + digits;
  }

  private static void prepare(Path out) {
    try {
      if (Files.isDirectory(out)) {
        try (Stream<Path> entries = Files.list(out)) {
          if (entries.findAny().isPresent()) {
            throw DealGraphException.badParameter("--out must be a new or empty directory: " + out);
          }
        }
      }
      Files.createDirectories(out);
    } catch (IOException e) {
      throw DealGraphException.unavailable("cannot create " + out + ": " + e.getMessage(), e);
    }
  }

  private static void writeString(Path file, String text) {
    try {
      Files.writeString(file, text);
    } catch (IOException e) {
      throw DealGraphException.unavailable("cannot write " + file + ": " + e.getMessage(), e);
    }
  }
}
