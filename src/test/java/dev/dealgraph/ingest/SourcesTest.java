package dev.dealgraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dealgraph.DealGraphException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourcesTest {
  @TempDir Path dir;

  private Path write(String relative, String content) throws IOException {
    Path file = dir.resolve(relative);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, content);
  }

  @Test
  void walksDirectoriesInNameOrderSkippingHiddenAndUnsupportedFiles() throws IOException {
    write("b.txt", "B");
    write("a/z.md", "Z");
    write("a/c.html", "<p>C</p>");
    write(".hidden/x.txt", "X");
    write(".draft.txt", "D");
    write("photo.png", "not read");
    write("notes", "no extension");
    write("a/README.md", "About this folder");

    List<String> origins = Sources.withStdin(InputStream.nullInputStream()).expand(List.of(dir.toString()))
        .map(Source::origin).toList();

    assertThat(origins).containsExactly(dir.resolve("a/c.html").toString(), dir.resolve("a/z.md").toString(),
        dir.resolve("b.txt").toString());
  }

  @Test
  void readsNamedFileWhateverItsExtensionAndGuessesTypeFromExtension() throws IOException {
    Path named = write("story.data", "Headline\nBody.");
    Path page = write("page.htm", "<p>x</p>");

    List<Source> sources = Sources.create().expand(List.of(named.toString(), page.toString())).toList();

    assertThat(sources).extracting(Source::origin).containsExactly(named.toString(), page.toString());
    assertThat(sources.get(0).contentType()).isEmpty();
    assertThat(sources.get(1).contentType()).contains("text/html");
  }

  @Test
  void readsDashAsStandardInput() {
    byte[] text = "Headline from a pipe\nBody.".getBytes(StandardCharsets.UTF_8);
    Source stdin = Sources.withStdin(new ByteArrayInputStream(text)).expand(List.of("-")).findFirst().orElseThrow();

    Article article = Reading.READER.read(stdin).get(0);

    assertThat(article.origin()).isEqualTo("stdin");
    assertThat(article.title()).isEqualTo("Headline from a pipe");
  }

  @Test
  void refusesPathThatDoesNotExistBeforeReadingAnything() {
    String missing = dir.resolve("nowhere/story.txt").toString();

    assertThatThrownBy(() -> Sources.create().expand(List.of(dir.toString(), missing)))
        .isInstanceOfSatisfying(DealGraphException.class,
            e -> assertThat(e.kind()).isEqualTo(DealGraphException.Kind.NOT_FOUND))
        .hasMessage("no such file or directory: " + missing);
  }

  @Test
  void streamsDirectoryOfTenThousandFilesOneAtATime() throws IOException {
    Path big = Files.createDirectory(dir.resolve("big"));
    for (int i = 0; i < 10_000; i++) {
      Files.writeString(big.resolve(String.format("%05d.txt", i)), "Story " + i + "\nInvestors put money into firm "
          + i + ".");
    }

    Iterator<Source> sources = Sources.create().expand(List.of(big.toString())).iterator();
    int count = 0;
    String last = null;
    while (sources.hasNext()) {
      Article article = Reading.READER.read(sources.next()).get(0);
      assertThat(article.title()).isEqualTo("Story " + count);
      last = article.origin();
      count++;
    }

    assertThat(count).isEqualTo(10_000);
    assertThat(last).endsWith("09999.txt");
  }
}
