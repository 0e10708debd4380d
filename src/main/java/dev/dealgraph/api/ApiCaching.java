package dev.dealgraph.api;

import dev.dealgraph.store.Store;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Gives every GET of the JSON API an {@code ETag} made of the store's generation and the request (path, query,
 * {@code Accept}), with {@code Cache-Control: no-cache}, and answers 304 when {@code If-None-Match} holds it.
 *
 * <p>The tag is known before any query runs, since the same request against the same generation always has the
 * same answer; a 304 therefore costs no store access at all.
 */
public final class ApiCaching {
  private static final String TAG = "dealgraph.etag";

  private final Store store;

  public ApiCaching(Store store) {
    this.store = store;
  }

  /** Answers 304 and skips the handler when the client already holds this answer. */
  public void before(Context ctx) {
    if (ctx.method() != HandlerType.GET) {
      return;
    }
    String etag = etag(ctx);
    ctx.attribute(TAG, etag);
    if (matches(ctx.header("If-None-Match"), etag)) {
      ctx.header("ETag", etag).header("Cache-Control", "no-cache").status(304);
      ctx.skipRemainingHandlers();
    }
  }

  /** Labels a successful answer with its tag. */
  public void after(Context ctx) {
    String etag = ctx.attribute(TAG);
    if (etag != null && ctx.statusCode() == 200) {
      ctx.header("ETag", etag).header("Cache-Control", "no-cache");
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
