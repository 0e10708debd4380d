package dev.dealgraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EncodingTest {
  private static final String STORY =
      "Z\u00fcrich lab gets \u20ac10 million\r\nIt\u2019s the \u201cbiggest\u201d round.\r\n";
  private static final String[] EXPECTED = {"Z\u00fcrich lab gets \u20ac10 million", "It's the \"biggest\" round."};

  private static Article read(byte[] bytes, Optional<String> type) {
    return Reading.READER.read("input", bytes, type).get(0);
  }

  private static byte[] withBom(byte[] bom, byte[] body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(bom);
    out.writeBytes(body);
    return out.toByteArray();
  }

  @Test
  void readsUtf8WithAndWithoutBom() {
    byte[] utf8 = STORY.getBytes(StandardCharsets.UTF_8);

    assertThat(read(utf8, Optional.empty()).paragraphs()).containsExactly(EXPECTED);
    assertThat(read(withBom(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8), Optional.empty()).paragraphs())
        .containsExactly(EXPECTED);
  }

  @Test
  void readsUtf16WithByteOrderMark() {
    byte[] le = withBom(new byte[] {(byte) 0xFF, (byte) 0xFE}, STORY.getBytes(StandardCharsets.UTF_16LE));
    byte[] be = withBom(new byte[] {(byte) 0xFE, (byte) 0xFF}, STORY.getBytes(StandardCharsets.UTF_16BE));

    assertThat(read(le, Optional.empty()).paragraphs()).containsExactly(EXPECTED);
    assertThat(read(be, Optional.empty()).paragraphs()).containsExactly(EXPECTED);
  }

  @Test
  void readsWindows1252WhenBytesAreNotUtf8() {
    assertThat(read(STORY.getBytes(Charset.forName("windows-1252")), Optional.empty()).paragraphs())
        .containsExactly(EXPECTED);
  }

  @Test
  void honoursCharsetDeclaredInPageOrContentType() {
    String page = "<html><head><meta charset=\"iso-8859-1\"><title>Caf\u00e9 deal</title></head>"
        + "<body><p>Caf\u00e9 body</p></body></html>";

    assertThat(read(page.getBytes(StandardCharsets.ISO_8859_1), Optional.empty()).title()).isEqualTo("Caf\u00e9 deal");
    assertThat(read("Caf\u00e9\nBody".getBytes(StandardCharsets.ISO_8859_1),
        Optional.of("text/plain; charset=ISO-8859-1")).title()).isEqualTo("Caf\u00e9");
  }

  @Test
  void normalisesSpacesQuotesAndInvisibleCharacters() {
    Article article =
        Reading.one("Deal\u00a0\u00a0news\u200b here\n\n\u2018Big\u2019  \tround\u00ad for\u202fAcme\u2014again");

    assertThat(article.paragraphs()).containsExactly("Deal news here", "'Big' round for Acme\u2014again");
  }

  @Test
  void decomposedAccentsBecomeComposed() {
    assertThat(Reading.one("Cafe\u0301 opens\nBody.").title()).isEqualTo("Caf\u00e9 opens");
  }
}
