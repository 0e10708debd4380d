package dev.dealgraph.sparql;

import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.RiotParseException;
import org.apache.jena.riot.system.StreamRDFLib;

/**
 * Reads an RDF upload ahead of the Graph Store Protocol handler and parses it once, so that a syntax error is
 * answered with 400 and its line and column (Fuseki answers some parser failures with 500).
 */
final class UploadCheck {
  /** The body when acceptable, else the status and detail of the problem. */
  record Outcome(byte[] body, int problemStatus, String problemDetail) {
    static Outcome ok(byte[] body) {
      return new Outcome(body, 0, null);
    }

    static Outcome problem(int status, String detail) {
      return new Outcome(null, status, detail);
    }
  }

  private final long maxBytes;

  UploadCheck(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  Outcome check(HttpServletRequest request) throws IOException {
    if (request.getContentLengthLong() > maxBytes) {
      return tooLarge(request.getContentLengthLong());
    }
    String method = request.getMethod();
    if (method.equals("DELETE")) {
      return Outcome.ok(new byte[0]);
    }
    byte[] body;
    try (InputStream in = request.getInputStream()) {
      body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
    }
    if (body.length > maxBytes) {
      return tooLarge(body.length);
    }
    String contentType = request.getContentType();
    Lang lang = contentType == null ? null : RDFLanguages.contentTypeToLang(contentType.split(";")[0].trim());
    if (lang == null) {
      return Outcome.problem(415, "unsupported RDF content type: " + contentType
          + "; send text/turtle, application/n-triples, application/ld+json, application/rdf+xml, application/trig"
          + " or application/n-quads");
    }
    try {
      RDFParser.source(new ByteArrayInputStream(body)).lang(lang).parse(StreamRDFLib.sinkNull());
    } catch (RiotParseException e) {
      return Outcome.problem(400, "invalid " + lang.getName() + " at line " + e.getLine() + ", column "
          + e.getCol() + ": " + e.getOriginalMessage());
    } catch (RiotException e) {
      return Outcome.problem(400, "invalid " + lang.getName() + " " + positioned(e.getMessage()));
    } catch (RuntimeException e) {
      // RIOT can fail while formatting its own message about odd input (":%" in Turtle): still bad input
      return Outcome.problem(400, "invalid " + lang.getName() + ": the parser rejected the content ("
          + e.getClass().getSimpleName() + ")");
    }
    return Outcome.ok(body);
  }

  /** Rewrites RIOT's "[line: 2, col: 9 ] message" as "at line 2, column 9: message". */
  private static String positioned(String message) {
    var m = java.util.regex.Pattern.compile("^\\[line: (\\d+), col: (\\d+)\\s*\\]\\s*(.*)$", java.util.regex.Pattern.DOTALL)
        .matcher(String.valueOf(message));
    return m.matches() ? "at line " + m.group(1) + ", column " + m.group(2) + ": " + m.group(3) : ": " + message;
  }

  private Outcome tooLarge(long size) {
    return Outcome.problem(413, "upload of " + size + " bytes exceeds the limit of " + maxBytes + " bytes");
  }
}
