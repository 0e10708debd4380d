/**
 * Holds what every HTTP delivery package shares: problem details (RFC 9457), the write token and content
 * negotiation helpers. Knows nothing of routes.
 */
package dev.dealgraph.http;
