package dev.dealgraph.queries;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Holds one named query of {@code queries/}: its header and its SPARQL text.
 *
 * @param name        the file name without {@code .rq}, as in {@code GET /api/queries/{name}}
 * @param title       a short title
 * @param description what the query answers and how to read its rows
 * @param params      the parameters, in header order
 * @param sparql      the whole file, header comments included
 */
public record NamedQuery(String name, String title, String description, List<Param> params, String sparql) {

  public NamedQuery {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(sparql, "sparql");
    params = List.copyOf(params);
  }

  /** Returns the parameter with this name, if the query has one. */
  public Optional<Param> param(String paramName) {
    return params.stream().filter(p -> p.name().equals(paramName)).findFirst();
  }

  /**
   * Describes one parameter, bound to the SPARQL variable of the same name.
   *
   * @param name         the variable name without '?'; {@code limit} sets the query's LIMIT instead
   * @param type         how raw values are read
   * @param required     whether a value must be given
   * @param defaultValue the raw value used when none is given
   * @param min          the smallest number allowed (integer and decimal only)
   * @param max          the largest number allowed (integer and decimal only)
   * @param description  what the parameter means, for the API's documentation
   */
  public record Param(String name, ParamType type, boolean required, Optional<String> defaultValue,
      Optional<BigDecimal> min, Optional<BigDecimal> max, String description) {

    public Param {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(defaultValue, "defaultValue");
      Objects.requireNonNull(min, "min");
      Objects.requireNonNull(max, "max");
      Objects.requireNonNull(description, "description");
    }
  }

  /** Names how a parameter's raw value is read and which RDF term it becomes. */
  public enum ParamType {
    /** An absolute IRI, or a local path such as {@code /id/org/amazon}; becomes an IRI. */
    IRI,
    /** Any text; becomes an {@code xsd:string}. */
    STRING,
    /** A whole number; becomes an {@code xsd:integer}. */
    INTEGER,
    /** A decimal number; becomes an {@code xsd:decimal}. */
    DECIMAL,
    /** A date {@code YYYY-MM-DD}; becomes an {@code xsd:date}. */
    DATE,
    /** A deal status code ({@code inTalks}); becomes the status concept ({@code dg:inTalks}). */
    STATUS;

    /** Returns the lower-case name used in query headers and the API. */
    public String code() {
      return name().toLowerCase(Locale.ROOT);
    }

    /** Returns the type with this code, if there is one. */
    public static Optional<ParamType> fromCode(String code) {
      return Arrays.stream(values()).filter(t -> t.code().equals(code)).findFirst();
    }
  }
}
