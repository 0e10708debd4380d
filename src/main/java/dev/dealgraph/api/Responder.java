package dev.dealgraph.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dealgraph.DealGraphException;
import dev.dealgraph.http.MediaRanges;
import io.javalin.http.Context;
import java.util.List;

/**
 * Writes response bodies: picks the representation the {@code Accept} header allows (406 when none), and
 * serialises the whole body before sending it, so a failure midway is a problem response, never a cut-off 200.
 */
public final class Responder {
  static final String JSON = "application/json";
  static final String JSON_LD = "application/ld+json";
  static final String CSV = "text/csv";

  private final ObjectMapper mapper;

  public Responder(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  /**
   * Returns the best of {@code offered} for the request's {@code Accept} header.
   *
   * @throws DealGraphException NOT_ACCEPTABLE when the header admits none of them
   */
  static String negotiate(Context ctx, List<String> offered) {
    return MediaRanges.best(ctx.header("Accept"), offered).orElseThrow(() -> new DealGraphException(
        DealGraphException.Kind.NOT_ACCEPTABLE, "this resource is available as " + String.join(", ", offered)
            + "; the Accept header admits none of them: '" + Params.shown(ctx.header("Accept")) + "'"));
  }

  /** Answers with the body {@code work} computes as JSON, after checking that the client accepts JSON. */
  void json(Context ctx, java.util.function.Supplier<?> work) {
    negotiate(ctx, List.of(JSON));
    send(ctx, JSON, work.get());
  }

  /** Answers with {@code body} serialised as JSON under the given media type. */
  void send(Context ctx, String mediaType, Object body) {
    byte[] bytes;
    try {
      bytes = mapper.writeValueAsBytes(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("response body cannot be written as JSON", e);
    }
    ctx.contentType(mediaType).result(bytes);
  }

  /** Returns {@code body} as a JSON tree, for representations that add to it. */
  ObjectNode tree(Object body) {
    return mapper.valueToTree(body);
  }
}
