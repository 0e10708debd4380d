package dev.dealgraph.queries;

import dev.dealgraph.DealGraphException;
import dev.dealgraph.queries.NamedQuery.Param;
import dev.dealgraph.queries.NamedQuery.ParamType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the {@code #+ key: value} header of a query file (syntax in {@code queries/README.md}). */
final class QueryFile {
  private static final Pattern FIELD = Pattern.compile("#\\+\\s*([A-Za-z]+)\\s*:\\s*(.*)");
  private static final Pattern TOKEN = Pattern.compile("(\\w+)=\"([^\"]*)\"|\\S+");
  private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");

  private final String origin;
  private String title;
  private final List<String> description = new ArrayList<>();
  private final List<Param> params = new ArrayList<>();

  private QueryFile(String origin) {
    this.origin = origin;
  }

  /**
   * Parses a query file's header; the SPARQL itself is checked by {@link NamedQueries}.
   *
   * @throws DealGraphException naming the file and line when the header breaks a rule
   */
  static NamedQuery parse(String name, String text) {
    QueryFile file = new QueryFile("queries/" + name + ".rq");
    String[] lines = text.split("\\R");
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (!line.isEmpty() && !line.startsWith("#")) {
        break;
      }
      if (line.startsWith("#+")) {
        file.field(line, i + 1);
      }
    }
    if (file.title == null) {
      throw file.error(0, "a '#+ title:' line is required");
    }
    if (file.description.isEmpty()) {
      throw file.error(0, "a '#+ description:' line is required");
    }
    return new NamedQuery(name, file.title, String.join(" ", file.description), file.params, text);
  }

  private void field(String line, int number) {
    Matcher m = FIELD.matcher(line);
    if (!m.matches()) {
      throw error(number, "a header line reads '#+ key: value': " + line);
    }
    String value = m.group(2).strip();
    switch (m.group(1)) {
      case "title" -> {
        if (title != null) {
          throw error(number, "the title is given twice");
        }
        title = value;
      }
      case "description" -> description.add(value);
      case "param" -> params.add(param(value, number));
      default -> throw error(number, "unknown header key '" + m.group(1) + "' (known: title, description, param)");
    }
  }

  private Param param(String spec, int number) {
    int dashes = spec.indexOf("--");
    String description = dashes < 0 ? "" : spec.substring(dashes + 2).strip();
    List<String[]> tokens = tokens(dashes < 0 ? spec : spec.substring(0, dashes));
    if (tokens.size() < 2) {
      throw error(number, "a parameter reads 'NAME TYPE [required] [default=V] [min=N] [max=N] [-- text]': " + spec);
    }
    String name = tokens.get(0)[1];
    if (!NAME.matcher(name).matches()) {
      throw error(number, "a parameter name is a SPARQL variable name without '?': " + name);
    }
    if (params.stream().anyMatch(p -> p.name().equals(name))) {
      throw error(number, "parameter '" + name + "' is declared twice");
    }
    ParamType type = ParamType.fromCode(tokens.get(1)[1])
        .orElseThrow(() -> error(number, "unknown parameter type '" + tokens.get(1)[1]
            + "' (known: iri, string, integer, decimal, date, status)"));
    boolean required = false;
    Optional<String> defaultValue = Optional.empty();
    Optional<BigDecimal> min = Optional.empty();
    Optional<BigDecimal> max = Optional.empty();
    for (String[] token : tokens.subList(2, tokens.size())) {
      switch (token[0]) {
        case "required" -> required = true;
        case "default" -> defaultValue = Optional.of(token[1]);
        case "min" -> min = Optional.of(number(token[1], number));
        case "max" -> max = Optional.of(number(token[1], number));
        default -> throw error(number, "unknown parameter option '" + token[1]
            + "' (known: required, default=, min=, max=)");
      }
    }
    if (required && defaultValue.isPresent()) {
      throw error(number, "parameter '" + name + "' cannot be both required and defaulted");
    }
    if ((min.isPresent() || max.isPresent()) && type != ParamType.INTEGER && type != ParamType.DECIMAL) {
      throw error(number, "min= and max= apply to integer and decimal parameters only: " + name);
    }
    if (name.equals(NamedQueries.LIMIT) && type != ParamType.INTEGER) {
      throw error(number, "parameter 'limit' sets the LIMIT and must be an integer");
    }
    return new Param(name, type, required, defaultValue, min, max, description);
  }

  /** Splits on spaces; each token is {option, value}: "required" → {required, required}, "min=1" → {min, 1}. */
  private static List<String[]> tokens(String text) {
    List<String[]> tokens = new ArrayList<>();
    Matcher m = TOKEN.matcher(text);
    while (m.find()) {
      if (m.group(1) != null) {
        tokens.add(new String[] {m.group(1), m.group(2)});
      } else {
        String token = m.group();
        int eq = token.indexOf('=');
        tokens.add(eq < 0 ? new String[] {token, token} : new String[] {token.substring(0, eq), token.substring(eq + 1)});
      }
    }
    return tokens;
  }

  private BigDecimal number(String text, int line) {
    try {
      return new BigDecimal(text);
    } catch (NumberFormatException e) {
      throw error(line, "min= and max= take a number: " + text);
    }
  }

  private DealGraphException error(int line, String message) {
    return DealGraphException.invalidContent(origin + (line > 0 ? " line " + line : "") + ": " + message);
  }
}
