package dev.dealgraph.graph;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Identifies a DealGraph resource by its type and key, the two segments of {@code /id/{type}/{key}}.
 *
 * @param type what the resource is
 * @param key  its slug, article id or hash, already checked against the type's pattern
 */
public record ResourceId(Type type, String key) {

  /** The kinds of resource DealGraph mints IRIs for, with the path segment and key pattern of each. */
  public enum Type {
    ORG("org", Patterns.SLUG),
    PERSON("person", Patterns.SLUG),
    PRODUCT("product", Patterns.SLUG),
    ARTICLE("article", Patterns.ARTICLE_ID),
    DEAL("deal", Patterns.HASH),
    ROUND("round", Patterns.HASH),
    CLAIM("claim", Patterns.HASH),
    AMOUNT("amount", Patterns.HASH),
    EXTRACTION("extraction", Patterns.HASH),
    SOFTWARE("software", Patterns.SOFTWARE);

    private final String segment;
    private final Pattern key;

    Type(String segment, Pattern key) {
      this.segment = segment;
      this.key = key;
    }

    /** Returns the path segment after {@code /id/} ("org"). */
    public String segment() {
      return segment;
    }

    /** Returns the type whose path segment this is, if any. */
    public static Optional<Type> fromSegment(String segment) {
      return Arrays.stream(values()).filter(t -> t.segment.equals(segment)).findFirst();
    }

    boolean accepts(String candidate) {
      return key.matcher(candidate).matches();
    }
  }

  public ResourceId {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(key, "key");
    if (!type.accepts(key)) {
      throw new IllegalArgumentException("not a valid " + type.segment + " key: " + key);
    }
  }

  /** Returns the resource's IRI ({@code https://dealgraph.dev/id/org/amazon}). */
  public String iri() {
    return Iris.ID + type.segment + "/" + key;
  }

  /** Returns the local path the server answers for it ({@code /id/org/amazon}). */
  public String path() {
    return "/id/" + type.segment + "/" + key;
  }

  /** Holds the key patterns, apart from the enum so that its constructor can use them. */
  static final class Patterns {
    static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    static final Pattern ARTICLE_ID = Pattern.compile("[A-Za-z0-9._~-]+");
    static final Pattern HASH = Pattern.compile("[0-9a-f]{16}");
    static final Pattern SOFTWARE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*-[0-9A-Za-z]+([.-][0-9A-Za-z]+)*");

    private Patterns() {}
  }
}
