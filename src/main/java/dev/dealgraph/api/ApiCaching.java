package dev.dealgraph.api;

import dev.dealgraph.store.Store;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.IOException;
import java.io.InputStream;
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
  /** The largest answer kept. */
  private static final int LARGEST = 2 * 1024 * 1024;

  private final Store store;
  private final Optional<ResponseCache> cache;

  /** Labels answers with ETags and remembers up to {@code budget} bytes of them; 0 remembers none. */
  public ApiCaching(Store store, long budget) {
    this.store = store;
    this.cache = budget > 0 ? Optional.of(new ResponseCache(budget, LARGEST)) : Optional.empty();
  }

  /**
   * Wraps the handler of a GET: answers 304, or the remembered answer, without calling it when either applies;
   * otherwise calls it and labels (and remembers) a successful answer. Wrapping the handler itself, rather than
   * answering from a before-handler, lets every before-handler (security headers, CORS) run for every answer.
   */
  public Handler wrap(Handler handler) {
    return ctx -> {
      String etag = etag(ctx);
      if (matches(ctx.header("If-None-Match"), etag)) {
        label(ctx, etag).status(304);
        return;
      }
      Optional<ResponseCache.Entry> known = cache.flatMap(c -> c.get(etag));
      if (known.isPresent()) {
        label(ctx, etag).contentType(known.get().contentType()).result(known.get().body());
        return;
      }
      handler.handle(ctx);
      if (ctx.statusCode() == 200) {
        label(ctx, etag);
        if (cache.isPresent()) {
          remember(ctx, etag);
        }
      }
    };
  }

  private static Context label(Context ctx, String etag) {
    return ctx.header("ETag", etag).header("Cache-Control", "no-cache");
  }

  private void remember(Context ctx, String etag) throws IOException {
    InputStream result = ctx.resultInputStream();
    String type = ctx.res().getContentType();
    if (result != null && type != null) {
      byte[] body = result.readAllBytes();
      ctx.result(body);
      cache.get().put(etag, new ResponseCache.Entry(type, body));
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
