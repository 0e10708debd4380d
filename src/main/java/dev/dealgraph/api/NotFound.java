package dev.dealgraph.api;

import dev.dealgraph.DealGraphException;
import java.util.function.Supplier;

/** Builds the 404 of a resource looked up by id. */
final class NotFound {
  private NotFound() {}

  /** Returns the exception for an unknown id of {@code what} ("organization", "investment"). */
  static Supplier<DealGraphException> of(String what, String id) {
    return () -> DealGraphException.notFound("no " + what + " with id '" + Params.shown(id) + "'");
  }
}
