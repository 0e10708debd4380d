package dev.dealgraph.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dealgraph.DealGraphException;
import dev.dealgraph.ingest.Article;
import dev.dealgraph.ingest.ArticleReader;
import dev.dealgraph.ingest.Source;
import dev.dealgraph.ingest.Sources;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusGeneratorTest {
  private static final int ARTICLES = 400;

  @TempDir Path dir;

  @Test
  void writesTheRequestedNumberOfReadableArticlesInEveryFormat() {
    CorpusGenerator.standard().generate(ARTICLES, 3, dir.resolve("c"));
    ArticleReader reader = ArticleReader.create();
    List<Article> articles = new ArrayList<>();
    List<Source> sources = Sources.create().expand(List.of(dir.resolve("c").toString())).toList();
    sources.forEach(s -> articles.addAll(reader.read(s)));

    assertThat(articles).hasSize(ARTICLES);
    assertThat(articles).extracting(Article::id).doesNotHaveDuplicates();
    assertThat(sources).extracting(s -> s.origin().substring(s.origin().lastIndexOf('.') + 1)).containsOnly(
        "txt", "html", "md", "json", "jsonl", "xml", "atom");
    assertThat(articles).extracting(a -> a.metadata().get("format"))
        .contains("text", "html", "front matter", "json", "feed");
  }

  @Test
  void writesArticlesOfNewsLength() {
    CorpusGenerator.standard().generate(100, 5, dir.resolve("c"));
    ArticleReader reader = ArticleReader.create();
    Sources.create().expand(List.of(dir.resolve("c").toString())).forEach(s -> reader.read(s).forEach(a ->
        assertThat(a.text().split("\\s+").length).as(a.origin()).isBetween(300, 1600)));
  }

  @Test
  void sameSeedWritesTheSameFilesAndASmallerCorpusIsAPrefix() throws IOException {
    CorpusGenerator.standard().generate(120, 9, dir.resolve("a"));
    CorpusGenerator.standard().generate(120, 9, dir.resolve("b"));
    CorpusGenerator.standard().generate(200, 9, dir.resolve("bigger"));

    Map<String, String> a = contents(dir.resolve("a"));
    assertThat(contents(dir.resolve("b"))).isEqualTo(a);
    Map<String, String> bigger = contents(dir.resolve("bigger"));
    String last = ((TreeMap<String, String>) a).lastKey();
    a.forEach((name, text) -> {
      if (!name.equals(last) && !name.equals(CorpusGenerator.MANIFEST)) { // the last file may be cut short
        assertThat(bigger.get(name)).as(name).isEqualTo(text);
      }
    });
  }

  @Test
  void putsAtMostOneThousandFilesInADirectory() throws IOException {
    CorpusGenerator.standard().generate(1_600, 1, dir.resolve("c"));
    try (Stream<Path> subdirs = Files.list(dir.resolve("c"))) {
      for (Path sub : subdirs.filter(Files::isDirectory).toList()) {
        try (Stream<Path> files = Files.list(sub)) {
          assertThat(files.count()).as(sub.toString()).isLessThanOrEqualTo(CorpusGenerator.FILES_PER_DIRECTORY);
        }
      }
    }
  }

  @Test
  void refusesADirectoryThatAlreadyHoldsFiles() throws IOException {
    Files.writeString(dir.resolve("old.txt"), "x");
    assertThatThrownBy(() -> CorpusGenerator.standard().generate(10, 1, dir))
        .isInstanceOf(DealGraphException.class).hasMessageContaining("new or empty directory");
  }

  private static Map<String, String> contents(Path root) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(Files::isRegularFile).collect(Collectors.toMap(p -> root.relativize(p).toString(),
          CorpusGeneratorTest::read, (x, y) -> x, TreeMap::new));
    }
  }

  private static String read(Path p) {
    try {
      return Files.readString(p);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
