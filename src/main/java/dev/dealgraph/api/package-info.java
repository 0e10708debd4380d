/**
 * Delivers the JSON API under {@code /api/}: one controller per resource, handlers of a few lines that read and
 * check parameters ({@code Params}: a 400 names the parameter and the rule), call a service of
 * {@code dev.dealgraph.query}, and render the whole body before sending it ({@code Responder}). Around them: ETags,
 * 304 and remembered answers ({@code ApiCaching}), JSON-LD under the published context ({@code JsonLd}), CSV for
 * named queries, and the OpenAPI document with its Redoc page. The write endpoints (article upload, deletion,
 * extraction) live here too.
 */
package dev.dealgraph.api;
