package dev.dealgraph.query;

import java.util.Arrays;
import java.util.Optional;

/**
 * Ranks deal statuses as the ontology's {@code dg:stageOrder} does; a deal's status is the highest stage any of
 * its reports asserts. The same table appears in {@code deals.rq}; {@code StageTest} keeps both in step with the
 * ontology.
 */
enum Stage {
  RUMORED("rumored"),
  IN_TALKS("inTalks"),
  ANNOUNCED("announced"),
  COMPLETED("completed"),
  WITHDRAWN("withdrawn"),
  DENIED("denied");

  private final String code;

  Stage(String code) {
    this.code = code;
  }

  String code() {
    return code;
  }

  /** Returns the rank, 1 for rumored up to 6 for denied. */
  int order() {
    return ordinal() + 1;
  }

  /** Returns true for the stages of a deal that is or was going ahead. */
  boolean live() {
    return this != WITHDRAWN && this != DENIED;
  }

  static Optional<Stage> fromCode(String code) {
    return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
  }

  static Optional<Stage> fromOrder(long order) {
    return order >= 1 && order <= values().length ? Optional.of(values()[(int) order - 1]) : Optional.empty();
  }

  /** Returns the stage of a status IRI such as {@code dg:inTalks}. */
  static Optional<Stage> fromIri(String iri) {
    return fromCode(localName(iri));
  }

  /** Returns the part of an ontology IRI after '#', which is the API code of statuses and amount kinds. */
  static String localName(String iri) {
    return iri.substring(iri.lastIndexOf('#') + 1);
  }
}
