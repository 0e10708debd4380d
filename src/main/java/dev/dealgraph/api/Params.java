package dev.dealgraph.api;

import dev.dealgraph.DealGraphException;
import dev.dealgraph.graph.ResourceId;
import dev.dealgraph.query.Ids;
import dev.dealgraph.query.PageRequest;
import io.javalin.http.Context;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Reads and checks the query parameters of one request at the edge; every broken rule is a 400 problem naming the
 * parameter, the rule and (shortened) the value. Unknown and repeated parameters are refused, so a misspelt filter
 * never silently returns everything.
 */
final class Params {
  /** The longest free text a filter takes. */
  static final int MAX_TEXT = 200;
  /** The largest amount a filter takes: far above any deal, small enough to stay exact. */
  private static final BigDecimal MAX_AMOUNT = new BigDecimal("1e18");
  private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
  private static final int SHOWN = 60;

  private final Map<String, List<String>> raw;

  private Params(Map<String, List<String>> raw) {
    this.raw = raw;
  }

  /** Reads the request's parameters, refusing names outside {@code known} and names given twice. */
  static Params of(Context ctx, String... known) {
    Set<String> allowed = Set.of(known);
    Map<String, List<String>> raw = ctx.queryParamMap();
    for (Map.Entry<String, List<String>> e : raw.entrySet()) {
      if (!allowed.contains(e.getKey())) {
        throw bad("unknown parameter '" + shown(e.getKey()) + "'; this resource takes "
            + (known.length == 0 ? "none" : String.join(", ", known.clone())));
      }
      if (e.getValue().size() > 1) {
        throw bad(e.getKey() + " must be given at most once: given " + e.getValue().size() + " times");
      }
    }
    return new Params(raw);
  }

  Optional<String> text(String name) {
    Optional<String> value = Optional.ofNullable(raw.get(name)).map(v -> v.get(0));
    if (value.isPresent() && value.get().length() > MAX_TEXT) {
      throw bad(name + " must be at most " + MAX_TEXT + " characters: '" + shown(value.get()) + "'");
    }
    return value;
  }

  /** Reads free text that must not be empty. */
  Optional<String> words(String name) {
    Optional<String> value = text(name);
    if (value.isPresent() && value.get().isBlank()) {
      throw bad(name + " must not be blank");
    }
    return value;
  }

  /** Reads the id of an organization or person. */
  Optional<String> actor(String name) {
    return id(name, ResourceId.Type.ORG, "an organization id (lower-case letters and digits joined by '-')");
  }

  /** Reads an id of the given type. */
  Optional<String> id(String name, ResourceId.Type type, String rule) {
    Optional<String> value = text(name);
    if (value.isPresent() && !Ids.valid(type, value.get())) {
      throw bad(name + " must be " + rule + ": '" + shown(value.get()) + "'");
    }
    return value;
  }

  int integer(String name, int fallback, int min, int max) {
    Optional<String> value = text(name);
    if (value.isEmpty()) {
      return fallback;
    }
    try {
      int n = Integer.parseInt(value.get().strip());
      if (n < min || n > max) {
        throw bad(name + " must be " + min + ".." + max + ": " + n);
      }
      return n;
    } catch (NumberFormatException e) {
      throw bad(name + " must be a whole number " + min + ".." + max + ": '" + shown(value.get()) + "'");
    }
  }

  Optional<BigDecimal> amount(String name) {
    return text(name).map(v -> {
      try {
        BigDecimal n = new BigDecimal(v.strip());
        if (n.signum() < 0 || n.compareTo(MAX_AMOUNT) > 0) {
          throw bad(name + " must be a number from 0 to 10^18: " + shown(v));
        }
        return n;
      } catch (NumberFormatException e) {
        throw bad(name + " must be a number such as 1000000 or 2.5e9: '" + shown(v) + "'");
      }
    });
  }

  Optional<LocalDate> date(String name) {
    return text(name).map(v -> {
      try {
        return LocalDate.parse(v.strip());
      } catch (DateTimeParseException e) {
        throw bad(name + " must be a date yyyy-MM-dd: '" + shown(v) + "'");
      }
    });
  }

  Optional<String> currency(String name) {
    Optional<String> value = text(name);
    if (value.isPresent() && !CURRENCY.matcher(value.get()).matches()) {
      throw bad(name + " must be an ISO 4217 code of three capital letters: '" + shown(value.get()) + "'");
    }
    return value;
  }

  /** Reads a comma-separated list of codes, each of which must be one of {@code codes}. */
  Set<String> codes(String name, List<String> codes) {
    Set<String> out = new LinkedHashSet<>();
    text(name).ifPresent(v -> Arrays.stream(v.split(",", -1)).map(String::strip).forEach(code -> {
      if (!codes.contains(code)) {
        throw bad(name + " must be one or more of " + String.join(", ", codes) + " separated by commas: '"
            + shown(code) + "'");
      }
      out.add(code);
    }));
    return out;
  }

  /** Reads a code that {@code parse} knows, or {@code fallback} when absent. */
  <T> T choice(String name, T fallback, Function<String, Optional<T>> parse, List<String> codes) {
    return text(name).map(v -> parse.apply(v).orElseThrow(() ->
        bad(name + " must be one of " + String.join(", ", codes) + ": '" + shown(v) + "'"))).orElse(fallback);
  }

  /** Reads {@code limit} and {@code offset}. */
  PageRequest page() {
    return new PageRequest(integer("limit", PageRequest.DEFAULT_LIMIT, 1, PageRequest.MAX_LIMIT),
        integer("offset", 0, 0, PageRequest.MAX_OFFSET));
  }

  static DealGraphException bad(String message) {
    return DealGraphException.badParameter(message);
  }

  /** Shortens a value for an error message, so that a 10,000-character value is not echoed whole. */
  static String shown(String value) {
    return value.length() <= SHOWN ? value : value.substring(0, SHOWN) + "… (" + value.length() + " characters)";
  }
}
