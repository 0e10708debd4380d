package dev.dealgraph.api;

import dev.dealgraph.store.Store;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Gives every GET of the JSON API an {@code ETag} made of the store's generation and the request (path, query,
 * {@code Accept}), with {@code Cache-Control: no-cache}; answers 304 when {@code If-None-Match} holds it, and
 * answers again from memory a request already answered at the same generation.
 *
 * <p>The tag is known before any query runs, since the same request against the same generation always has the
 * same answer; a 304 or a repeated request therefore costs no store access at all.
 */
public final class ApiCaching {
  private static final String TAG = "dealgraph.etag";
  /** Bytes of answers kept in memory. */
  private static final long BUDGET = 64L * 1024 * 1024;
  /** The largest answer kept. */
  private static final int LARGEST = 2 * 1024 * 1024;

  private final Store store;
  private final ResponseCache cache = new ResponseCache(BUDGET, LARGEST);

  public ApiCaching(Store store) {
    this.store = store;
  }

  /** Answers 304, or the remembered answer, and skips the handler when either applies. */
  public void before(Context ctx) {
    if (ctx.method() != HandlerType.GET) {
      return;
    }
    String etag = etag(ctx);
    ctx.attribute(TAG, etag);
    if (matches(ctx.header("If-None-Match"), etag)) {
      ctx.header("ETag", etag).header("Cache-Control", "no-cache").status(304);
      ctx.skipRemainingHandlers();
      return;
    }
    Optional<ResponseCache.Entry> known = cache.get(etag);
    if (known.isPresent()) {
      ctx.header("ETag", etag).header("Cache-Control", "no-cache");
      ctx.contentType(known.get().contentType()).result(known.get().body());
      ctx.skipRemainingHandlers();
    }
  }

  /** Labels a successful answer with its tag and remembers it. */
  public void after(Context ctx) {
    String etag = ctx.attribute(TAG);
    if (etag == null || ctx.statusCode() != 200) {
      return;
    }
    ctx.header("ETag", etag).header("Cache-Control", "no-cache");
    InputStream result = ctx.resultInputStream();
    String type = ctx.res().getContentType();
    if (result != null && type != null && cache.get(etag).isEmpty()) {
      try {
        byte[] body = result.readAllBytes();
        ctx.result(body);
        cache.put(etag, new ResponseCache.Entry(type, body));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the answer to remember it", e);
      }
    }
  }

  private String etag(Context ctx) {
    String request = ctx.path() + "?" + (ctx.queryString() == null ? "" : ctx.queryString()) + "\n"
        + (ctx.header("Accept") == null ? "" : ctx.header("Accept"));
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(request.getBytes(StandardCharsets.UTF_8));
      return "\"g" + store.generation() + "-" + HexFormat.of().formatHex(digest, 0, 8) + "\"";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime provides SHA-256", e);
    }
  }

  private static boolean matches(String ifNoneMatch, String etag) {
    if (ifNoneMatch == null) {
      return false;
    }
    for (String candidate : ifNoneMatch.split(",")) {
      String c = candidate.strip();
      // GET compares weakly: a W/ prefix does not matter
      if (c.equals("*") || (c.startsWith("W/") ? c.substring(2) : c).equals(etag)) {
        return true;
      }
    }
    return false;
  }
}
