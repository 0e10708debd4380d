package dev.dealgraph.sparql;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * Holds a response back until the handler is done, so that an error raised midway (a query timeout while
 * results are being written) becomes a proper error response instead of a {@code 200} with a truncated body.
 *
 * <p>Past {@code limit} bytes the response starts streaming to the client; from then on a late failure can only
 * abort the connection, which {@link SparqlGuard} does.
 */
final class BufferedResponse extends HttpServletResponseWrapper {
  private final long limit;
  private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
  private OutputStream passThrough;
  private ServletOutputStream stream;
  private PrintWriter writer;
  private int status = SC_OK;
  private String errorMessage;
  private boolean failedLate;

  BufferedResponse(HttpServletResponse response, long limit) {
    super(response);
    this.limit = limit;
  }

  int status() {
    return status;
  }

  /** Returns the message given with {@code sendError}, else the body written so far as text. */
  String errorDetail() {
    if (errorMessage != null && !errorMessage.isBlank()) {
      return errorMessage;
    }
    String body = buffer.toString(StandardCharsets.UTF_8).strip();
    return body.length() > 4000 ? body.substring(0, 4000) + "…" : body;
  }

  boolean streaming() {
    return passThrough != null;
  }

  /** Sends what was held back; called once the handler finished without error. */
  void release() throws IOException {
    if (writer != null) {
      writer.flush();
    }
    if (passThrough == null) {
      HttpServletResponse response = (HttpServletResponse) getResponse();
      response.setContentLengthLong(buffer.size());
      buffer.writeTo(response.getOutputStream());
    }
  }

  @Override
  public void setStatus(int sc) {
    if (sc >= 400 && passThrough != null) {
      failedLate = true; // the 200 and part of the body are out: the guard must abort the connection
      return;
    }
    if (sc >= 400) {
      // an error after partial results: what was written so far is not part of the answer
      buffer.reset();
    }
    status = sc;
    super.setStatus(sc);
  }

  @Override
  public void sendError(int sc, String msg) {
    setStatus(sc);
    errorMessage = msg;
  }

  @Override
  public void sendError(int sc) {
    setStatus(sc);
  }

  /** Returns true when the handler failed after the response had started streaming to the client. */
  boolean failedLate() {
    return failedLate;
  }

  @Override
  public boolean isCommitted() {
    return passThrough != null;
  }

  @Override
  public void reset() {
    if (passThrough == null) {
      buffer.reset();
      status = SC_OK;
      errorMessage = null;
      super.reset();
    }
  }

  @Override
  public void resetBuffer() {
    if (passThrough == null) {
      buffer.reset();
    }
  }

  @Override
  public void flushBuffer() {
    // held back on purpose: flushing would commit the response
  }

  @Override
  public void setContentLength(int len) {
    // the real length is set on release
  }

  @Override
  public void setContentLengthLong(long len) {
    // the real length is set on release
  }

  @Override
  public ServletOutputStream getOutputStream() {
    if (stream == null) {
      stream = new Stream();
    }
    return stream;
  }

  @Override
  public PrintWriter getWriter() {
    if (writer == null) {
      String charset = getCharacterEncoding() == null ? "UTF-8" : getCharacterEncoding();
      writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), java.nio.charset.Charset.forName(charset)));
    }
    return writer;
  }

  private void write(byte[] bytes, int off, int len) throws IOException {
    if (passThrough == null && buffer.size() + (long) len > limit) {
      passThrough = getResponse().getOutputStream();
      buffer.writeTo(passThrough);
      buffer.reset();
    }
    if (passThrough != null) {
      passThrough.write(bytes, off, len);
    } else {
      buffer.write(bytes, off, len);
    }
  }

  private final class Stream extends ServletOutputStream {
    @Override
    public void write(int b) throws IOException {
      BufferedResponse.this.write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      BufferedResponse.this.write(b, off, len);
    }

    @Override
    public boolean isReady() {
      return true;
    }

    @Override
    public void setWriteListener(WriteListener listener) {
      throw new UnsupportedOperationException("asynchronous writes are not used by the SPARQL endpoints");
    }
  }
}
