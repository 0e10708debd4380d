package dev.dealgraph.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dealgraph.DealGraphException;

/**
 * Describes an HTTP error as RFC 9457 problem details ({@code application/problem+json}).
 *
 * @param type     a URI naming the problem type
 * @param title    the short human title of the status
 * @param status   the HTTP status code
 * @param detail   what went wrong with this request, naming the rule and the bad value
 * @param instance the request path
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance) {

  /** The media type of problem details. */
  public static final String MEDIA_TYPE = "application/problem+json";

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Creates the problem for a DealGraph exception raised while serving {@code path}. */
  public static Problem of(DealGraphException e, String path) {
    return of(e.kind().status(), e.kind().title(), e.getMessage(), path);
  }

  /** Creates a problem for a status code with the given detail. */
  public static Problem of(int status, String title, String detail, String path) {
    String type = "https://dealgraph.dev/problems/" + title.toLowerCase().replaceAll("[^a-z0-9]+", "-");
    return new Problem(type, title, status, detail, path);
  }

  /** Returns this problem as JSON text. */
  public String toJson() {
    try {
      return JSON.writeValueAsString(this);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("problem cannot be written as JSON", e);
    }
  }
}
