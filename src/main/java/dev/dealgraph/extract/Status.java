package dev.dealgraph.extract;

import java.util.Arrays;
import java.util.Optional;

/** Names the stage a reported deal is in, from rumour to completion, or its withdrawal. */
public enum Status {
  RUMORED("rumored"),
  IN_TALKS("inTalks"),
  ANNOUNCED("announced"),
  COMPLETED("completed"),
  WITHDRAWN("withdrawn");

  private final String code;

  Status(String code) {
    this.code = code;
  }

  /** Returns the code used in reports, the API and the ontology ({@code inTalks}, …). */
  public String code() {
    return code;
  }

  /** Returns the status with the given code, if there is one. */
  public static Optional<Status> fromCode(String code) {
    return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
  }

  /** Returns whichever of the two is the more advanced stage; a withdrawal outranks every live stage. */
  public Status max(Status other) {
    return other.ordinal() > ordinal() ? other : this;
  }
}
