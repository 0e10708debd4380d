/**
 * Delivers the JSON API under {@code /api/}: handlers of a few lines that parse and check parameters, call a
 * service, and render JSON.
 */
package dev.dealgraph.api;
