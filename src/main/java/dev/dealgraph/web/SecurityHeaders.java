package dev.dealgraph.web;

import io.javalin.http.Context;

/**
 * Sets the headers that keep pages safe on every response of the JSON API and the web pages.
 *
 * <p>The Content-Security-Policy allows scripts from this server only: no inline script, no {@code on…}
 * attribute, no {@code eval}, no other origin. Styles may be inline because Cytoscape and YASGUI position their
 * elements with style attributes; data and blob images carry graph exports and library icons; blob workers serve the API docs page.
 */
public final class SecurityHeaders {
  /** The policy sent with every page and API response. */
  public static final String POLICY = String.join("; ",
      "default-src 'self'",
      "script-src 'self'",
      "style-src 'self' 'unsafe-inline'",
      "img-src 'self' data: blob:",
      "font-src 'self' data:",
      "connect-src 'self'",
      "object-src 'none'",
      "base-uri 'self'",
      "form-action 'self'",
      "frame-ancestors 'none'",
      "worker-src 'self' blob:");

  private SecurityHeaders() {}

  /** Adds the policy and its companions to the response. */
  public static void apply(Context ctx) {
    ctx.header("Content-Security-Policy", POLICY);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Referrer-Policy", "same-origin");
  }
}
