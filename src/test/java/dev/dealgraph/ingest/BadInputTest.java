package dev.dealgraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dealgraph.DealGraphException;
import dev.dealgraph.DealGraphException.Kind;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.assertj.core.api.ThrowableAssertAlternative;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each kind of bad input gets one clear line or a correct result; none crashes the reader. */
class BadInputTest {
  @TempDir Path dir;

  private static ThrowableAssertAlternative<DealGraphException> refused(byte[] content, Kind kind) {
    return org.assertj.core.api.Assertions.assertThatExceptionOfType(DealGraphException.class)
        .isThrownBy(() -> Reading.READER.read("input", content, Optional.empty()))
        .matches(e -> e.kind() == kind, "kind " + kind)
        .matches(e -> !e.getMessage().contains("\n"), "one line");
  }

  @Test
  void refusesZeroBytes() {
    refused(new byte[0], Kind.INVALID_CONTENT).withMessage("input: the content is empty (zero bytes)");
  }

  @Test
  void refusesBlankText() {
    refused(" \n\t\r\n".getBytes(StandardCharsets.UTF_8), Kind.INVALID_CONTENT)
        .withMessage("input: no title and no text in the text");
  }

  @Test
  void refusesBinaryJunk() {
    byte[] junk = new byte[4096];
    new Random(7).nextBytes(junk);

    refused(junk, Kind.INVALID_CONTENT).withMessageStartingWith("input: the content is binary, not text");
  }

  @Test
  void refusesPngImage() {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};

    refused(png, Kind.INVALID_CONTENT).withMessage("input: the content is binary, not text (it holds NUL bytes)");
  }

  @Test
  void readsInvalidUtf8AsWindows1252() {
    byte[] text = "Caf\u00e9 chain raises \u20ac5 million\nBody \u201cquoted\u201d."
        .getBytes(java.nio.charset.Charset.forName("windows-1252"));

    Article article = Reading.READER.read("input", text, Optional.empty()).get(0);

    assertThat(article.title()).isEqualTo("Caf\u00e9 chain raises \u20ac5 million");
    assertThat(article.paragraphs()).containsExactly("Caf\u00e9 chain raises \u20ac5 million", "Body \"quoted\".");
  }

  @Test
  void refusesBytesThatAreNeitherUtf8NorWindows1252() {
    byte[] bytes = {'A', 'b', 'c', (byte) 0x81, (byte) 0x8D, 'd', 'e', 'f', '\n', 'g', 'h'};

    refused(bytes, Kind.INVALID_CONTENT).withMessage("input: the content is neither valid UTF-8 nor Windows-1252 text");
  }

  @Test
  void refusesContentOverTheLimitBeforeDecodingIt() {
    refused(new byte[(int) ArticleReader.DEFAULT_MAX_BYTES + 1], Kind.TOO_LARGE)
        .withMessage("input: the content is larger than the limit of 52428800 bytes");
  }

  @Test
  void refusesFiftyMegabyteFileBeforeOpeningIt() throws IOException {
    Path big = dir.resolve("huge.txt");
    try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
      file.setLength(50L * 1024 * 1024 + 1);
    }
    Source source = Sources.create().expand(List.of(big.toString())).findFirst().orElseThrow();

    assertThatThrownBy(() -> Reading.READER.read(source))
        .isInstanceOfSatisfying(DealGraphException.class, e -> assertThat(e.kind()).isEqualTo(Kind.TOO_LARGE))
        .hasMessage(big + ": the content is larger than the limit of 52428800 bytes");
  }

  @Test
  void stopsReadingStreamPastTheLimit() {
    ArticleReader small = ArticleReader.limitedTo(5 * 1024 * 1024);
    java.io.InputStream endless = new java.io.InputStream() {
      @Override
      public int read() {
        return 'a';
      }
    };

    assertThatThrownBy(() -> small.read("upload", endless, Optional.empty()))
        .isInstanceOfSatisfying(DealGraphException.class, e -> assertThat(e.kind()).isEqualTo(Kind.TOO_LARGE))
        .hasMessage("upload: the content is larger than the limit of 5242880 bytes");
  }

  @Test
  void refusesLimitThatIsNotPositive() {
    assertThatThrownBy(() -> ArticleReader.limitedTo(0))
        .isInstanceOfSatisfying(DealGraphException.class, e -> assertThat(e.kind()).isEqualTo(Kind.BAD_PARAMETER));
  }

  @Test
  void derivesTitleFromFirstLineWhenTextHasNoHeadlineAndNoDate() {
    Article article = Reading.one("bare words without any headline or date at all");

    assertThat(article.title()).isEqualTo("bare words without any headline or date at all");
    assertThat(article.published()).isEmpty();
    assertThat(article.text()).isEqualTo("bare words without any headline or date at all");
  }

  @Test
  void readsTruncatedHtmlAsFarAsItGoes() {
    Article article = Reading.one("<html><head><title>Cut short</title></head><body><article><p>Halvard Labs "
        + "raised money from Quay Ventures in a deal that closed last");

    assertThat(article.paragraphs()).containsExactly("Cut short",
        "Halvard Labs raised money from Quay Ventures in a deal that closed last");
  }

  @Test
  void refusesHtmlPageThatIsAllFurniture() {
    String page = """
        <html><head><title>Home</title></head><body>
        <nav><a href="/a">Markets</a><a href="/b">Tech</a></nav>
        <div class="related"><h3>Related</h3><ul><li><a href="/c">Another story</a></li></ul></div>
        <div class="newsletter-signup"><p>Sign up for our newsletter</p></div>
        <footer><p>All rights reserved</p></footer></body></html>""";

    refused(page.getBytes(StandardCharsets.UTF_8), Kind.INVALID_CONTENT)
        .withMessage("input: no article text: the html holds only page furniture (navigation, related links,"
            + " comment or share prompts)");
  }

  @Test
  void refusesJsonThatIsNotAnArticle() {
    refused("{\"name\": \"config\", \"port\": 8080}".getBytes(StandardCharsets.UTF_8), Kind.INVALID_CONTENT)
        .withMessage("input: JSON is not an article: no title, description or content field (it has name, port)");
  }

  @Test
  void refusesXmlThatIsNeitherFeedNorPage() {
    refused("<?xml version=\"1.0\"?><invoice><total>3</total></invoice>".getBytes(StandardCharsets.UTF_8),
        Kind.INVALID_CONTENT).withMessage("input: XML that is neither an RSS/Atom feed nor an XHTML page");
  }

  @Test
  void refusesBrokenFeed() {
    refused("<rss version=\"2.0\"><channel><title>x</title><item><title>a".getBytes(StandardCharsets.UTF_8),
        Kind.INVALID_CONTENT).withMessageStartingWith("input: not a readable RSS or Atom feed");
  }

  @Test
  void neverResolvesExternalEntitiesInFeeds(@TempDir Path secrets) throws IOException {
    Path secret = java.nio.file.Files.writeString(secrets.resolve("secret.txt"), "TOPSECRET");
    String feed = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>"
        + "<rss version=\"2.0\"><channel><title>t</title><item><title>Leak &x;</title>"
        + "<description>Body.</description></item></channel></rss>";

    assertThatThrownBy(() -> Reading.all(feed))
        .isInstanceOfSatisfying(DealGraphException.class,
            e -> assertThat(e.kind()).isEqualTo(Kind.INVALID_CONTENT))
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("TOPSECRET"));
  }
}
