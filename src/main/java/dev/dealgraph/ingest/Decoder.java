package dev.dealgraph.ingest;

import dev.dealgraph.DealGraphException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns bytes into text: a byte-order mark wins, then a declared charset that decodes cleanly, then UTF-8, then
 * Windows-1252; line breaks become {@code "\n"}. Content that is binary rather than text is refused.
 */
final class Decoder {
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final Pattern DECLARED =
      Pattern.compile("(?i)(?:charset|encoding)\\s*=\\s*[\"']?([A-Za-z0-9._:-]{2,40})");
  /** How far into the content a {@code <meta charset>} or XML declaration is looked for. */
  private static final int DECLARATION_WINDOW = 2048;

  private Decoder() {}

  /** Decodes the content of {@code origin}, honouring a charset named in the content type or the content. */
  static String decode(String origin, byte[] bytes, Optional<String> contentType) {
    if (bytes.length == 0) {
      throw DealGraphException.invalidContent(origin + ": the content is empty (zero bytes)");
    }
    String text = Text.unifyLineBreaks(chars(origin, bytes, contentType));
    refuseBinary(origin, text);
    return text;
  }

  private static String chars(String origin, byte[] b, Optional<String> contentType) {
    if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
      return strict(b, 3, StandardCharsets.UTF_8).orElse(new String(b, 3, b.length - 3, StandardCharsets.UTF_8));
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
      return new String(b, 2, b.length - 2, StandardCharsets.UTF_16BE);
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
      return new String(b, 2, b.length - 2, StandardCharsets.UTF_16LE);
    }
    for (byte x : b) {
      if (x == 0) {
        throw DealGraphException.invalidContent(origin + ": the content is binary, not text (it holds NUL bytes)");
      }
    }
    Optional<String> declared = declared(b, contentType).flatMap(cs -> strict(b, 0, cs));
    if (declared.isPresent()) {
      return declared.get();
    }
    return strict(b, 0, StandardCharsets.UTF_8)
        .or(() -> strict(b, 0, WINDOWS_1252))
        .orElseThrow(() -> DealGraphException.invalidContent(
            origin + ": the content is neither valid UTF-8 nor Windows-1252 text"));
  }

  private static Optional<Charset> declared(byte[] b, Optional<String> contentType) {
    String start = new String(b, 0, Math.min(b.length, DECLARATION_WINDOW), StandardCharsets.ISO_8859_1);
    // Only markup declares its own charset; a sentence in plain text that says "encoding=" declares nothing.
    String head = contentType.orElse("") + " " + (start.stripLeading().startsWith("<") ? start : "");
    Matcher m = DECLARED.matcher(head);
    while (m.find()) {
      try {
        return Optional.of(Charset.forName(m.group(1).toLowerCase(Locale.ROOT)));
      } catch (IllegalArgumentException unknown) {
        // An unknown or misspelt charset name says nothing usable; the next declaration or the fallbacks decide.
      }
    }
    return Optional.empty();
  }

  private static Optional<String> strict(byte[] b, int offset, Charset charset) {
    try {
      return Optional.of(charset.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(b, offset, b.length - offset))
          .toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }

  /** Refuses text with NUL bytes or more than one control character in a hundred: that is binary, not an article. */
  private static void refuseBinary(String origin, String text) {
    int controls = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == 0) {
        throw DealGraphException.invalidContent(origin + ": the content is binary, not text (it holds NUL bytes)");
      }
      if (c < 0x20 && c != '\n' && c != '\t' && c != '\f' || c == 0x7F || c >= 0x80 && c < 0xA0) {
        controls++;
      }
    }
    if (controls > text.length() / 100) {
      throw DealGraphException.invalidContent(
          origin + ": the content is binary, not text (" + controls + " control characters)");
    }
  }
}
