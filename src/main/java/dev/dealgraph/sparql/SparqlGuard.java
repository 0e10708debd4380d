package dev.dealgraph.sparql;

import dev.dealgraph.http.MediaRanges;
import dev.dealgraph.http.Problem;
import dev.dealgraph.http.StatusTitles;
import dev.dealgraph.http.WriteToken;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stands in front of Fuseki: checks the write token, the {@code Accept} header and uploaded RDF, holds the
 * response back so late errors are reported properly, answers every error as problem details, and logs each
 * request.
 */
final class SparqlGuard implements Filter {
  private static final Logger LOG = LoggerFactory.getLogger("dealgraph.sparql");
  private static final Set<String> READ_METHODS = Set.of("GET", "HEAD", "OPTIONS");

  /** Every media type the query endpoint can answer in, for SELECT/ASK and for CONSTRUCT/DESCRIBE. */
  static final List<String> QUERY_RESULT_TYPES = List.of(
      "application/sparql-results+json", "application/sparql-results+xml", "text/csv", "text/tab-separated-values",
      "application/json", "application/xml", "text/xml", "text/plain",
      "text/turtle", "application/n-triples", "application/ld+json", "application/rdf+xml",
      "application/trig", "application/n-quads", "application/x-turtle", "text/n3");

  private final SparqlSettings settings;
  private final UploadCheck uploads;

  SparqlGuard(SparqlSettings settings) {
    this.settings = settings;
    this.uploads = new UploadCheck(settings.maxUploadBytes());
  }

  @Override
  public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    HttpServletRequest request = (HttpServletRequest) req;
    HttpServletResponse response = (HttpServletResponse) res;
    String path = request.getRequestURI();
    if (!SparqlEndpoints.PATHS.contains(path)) {
      chain.doFilter(req, res);
      return;
    }
    long started = System.nanoTime();
    int status;
    try {
      status = guard(request, response, chain, path);
    } finally {
      LOG.info("{} {} {}", request.getMethod(), path, (System.nanoTime() - started) / 1_000_000 + " ms");
    }
    LOG.debug("{} {} -> {}", request.getMethod(), path, status);
  }

  private int guard(HttpServletRequest request, HttpServletResponse response, FilterChain chain, String path)
      throws IOException, ServletException {
    boolean write = path.equals("/update") ? !request.getMethod().equals("OPTIONS")
        : path.equals("/data") && !READ_METHODS.contains(request.getMethod());
    if (write) {
      WriteToken.Verdict verdict = settings.writeToken().check(request.getHeader("Authorization"));
      if (verdict != WriteToken.Verdict.ALLOWED) {
        return problem(response, verdict.status(), verdict.detail(), path);
      }
    }
    if (path.equals("/sparql") && !MediaRanges.acceptsAny(request.getHeader("Accept"), QUERY_RESULT_TYPES)) {
      return problem(response, 406, "no result format matches Accept: " + request.getHeader("Accept")
          + "; offered: " + String.join(", ", QUERY_RESULT_TYPES), path);
    }
    HttpServletRequest forwarded = request;
    if (write && path.equals("/data")) {
      UploadCheck.Outcome upload = uploads.check(request);
      if (upload.problemStatus() != 0) {
        return problem(response, upload.problemStatus(), upload.problemDetail(), path);
      }
      forwarded = new CachedBodyRequest(request, upload.body());
    }
    BufferedResponse buffered = new BufferedResponse(response, settings.maxBuffered());
    try {
      chain.doFilter(forwarded, buffered);
    } catch (RuntimeException e) {
      if (buffered.streaming()) {
        throw e; // part of the body is out: aborting the connection is the only honest answer
      }
      return problem(response, 500, "the SPARQL service failed: " + e.getClass().getSimpleName(), path);
    }
    if (buffered.status() >= 400 && !buffered.streaming()) {
      String detail = fusekiDetail(buffered);
      if (buffered.status() == 503 || detail.toLowerCase(java.util.Locale.ROOT).contains("timeout")) {
        // Fuseki reports a timeout hit while results were being written as 400; it is the server's limit
        return problem(response, 503, "the query ran past the time limit of " + settings.queryTimeout().toMillis()
            + " ms and was cancelled; narrow the pattern or add a LIMIT", path);
      }
      return problem(response, buffered.status(), detail, path);
    }
    if (buffered.failedLate()) {
      // Part of a 200 is already out; ending it normally would hand the client a truncated body that looks
      // complete. Failing here makes Jetty abort the connection, so the client sees a broken transfer instead.
      throw new IOException("SPARQL response aborted: the query failed (" + fusekiDetail(buffered)
          + ") after its first " + settings.maxBuffered() + " bytes were sent");
    }
    buffered.release();
    if (write) {
      settings.onWrite().run();
    }
    return buffered.status();
  }


  private static String fusekiDetail(BufferedResponse buffered) {
    String detail = buffered.errorDetail();
    return detail.isBlank() ? StatusTitles.of(buffered.status()) : detail;
  }

  private static int problem(HttpServletResponse response, int status, String detail, String path)
      throws IOException {
    response.reset();
    response.setStatus(status);
    if (status == 401) {
      response.setHeader("WWW-Authenticate", "Bearer realm=\"dealgraph\"");
    }
    response.setContentType(Problem.MEDIA_TYPE);
    byte[] body = Problem.of(status, StatusTitles.of(status), detail, path).toJson().getBytes(StandardCharsets.UTF_8);
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
    return status;
  }
}
