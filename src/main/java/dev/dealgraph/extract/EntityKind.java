package dev.dealgraph.extract;

import java.util.Arrays;
import java.util.Optional;

/** Names what sort of actor an entity is. */
public enum EntityKind {
  COMPANY("company"),
  INVESTOR("investor"),
  GOVERNMENT("government"),
  UNIVERSITY("university"),
  PERSON("person");

  private final String code;

  EntityKind(String code) {
    this.code = code;
  }

  /** Returns the lower-case code used in the gazetteer and the API. */
  public String code() {
    return code;
  }

  /** Returns the kind with the given code, if there is one. */
  public static Optional<EntityKind> fromCode(String code) {
    return Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst();
  }
}
