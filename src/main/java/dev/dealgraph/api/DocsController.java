package dev.dealgraph.api;

import dev.dealgraph.DealGraphException;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * Answers the documents that describe the API, all read from the jar once: the OpenAPI description, the page
 * that renders it with Redoc (served from its WebJar, no CDN) and the JSON-LD context.
 */
public final class DocsController {
  private final byte[] openApi = resource("openapi.json");
  private final byte[] docs = resource("docs.html");
  private final byte[] context = resource("context.jsonld");

  /** Answers {@code /api/openapi.json}. */
  public void openApi(Context ctx) {
    answer(ctx, List.of(Responder.JSON, "application/vnd.oai.openapi+json"), openApi);
  }

  /** Answers {@code /api/docs}. */
  public void docs(Context ctx) {
    answer(ctx, List.of("text/html"), docs);
  }

  /** Answers {@code /api/context.jsonld}. */
  public void context(Context ctx) {
    answer(ctx, List.of(Responder.JSON_LD, Responder.JSON), context);
  }

  private static void answer(Context ctx, List<String> offered, byte[] body) {
    Params.of(ctx);
    String type = Responder.negotiate(ctx, offered);
    ctx.contentType(type.startsWith("text/") ? type + "; charset=utf-8" : type).result(body);
  }

  private static byte[] resource(String name) {
    String path = "/dealgraph/api/" + name;
    try (InputStream in = DocsController.class.getResourceAsStream(path)) {
      if (in == null) {
        throw DealGraphException.invalidContent("not on the classpath: " + path);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw DealGraphException.invalidContent("cannot read " + path + ": " + e.getMessage(), e);
    }
  }
}
