package dev.dealgraph.query;

import java.util.Optional;

/**
 * Points at a funding round.
 *
 * @param id     the round's id (16 hex characters)
 * @param series its series label ("Series C"), when known
 * @param label  a readable name ("OpenAI Series C round")
 * @param href   the API path of the round
 */
public record RoundRef(String id, Optional<String> series, String label, String href) {}
