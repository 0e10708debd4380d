package dev.dealgraph.server;

import dev.dealgraph.http.Problem;
import dev.dealgraph.http.StatusTitles;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Answers the errors Jetty raises before a request reaches Javalin or Fuseki (an illegal character in the path, a
 * request line too long) with problem details too, never an HTML page or a stack trace.
 */
final class ProblemErrorHandler extends ErrorHandler {
  private static final int SHOWN = 200;

  @Override
  protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
      Callback callback) {
    String path = request.getHttpURI() == null || request.getHttpURI().getPath() == null ? ""
        : request.getHttpURI().getPath();
    String detail = message == null || message.isBlank() ? "the request could not be read as HTTP" : message;
    Problem problem = Problem.of(code, StatusTitles.of(code), shorten(detail), shorten(path));
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, Problem.MEDIA_TYPE);
    response.write(true, ByteBuffer.wrap(problem.toJson().getBytes(StandardCharsets.UTF_8)), callback);
  }

  private static String shorten(String text) {
    return text.length() <= SHOWN ? text : text.substring(0, SHOWN) + "…";
  }
}
