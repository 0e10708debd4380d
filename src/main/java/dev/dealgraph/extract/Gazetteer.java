package dev.dealgraph.extract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.dealgraph.DealGraphException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Holds the organizations DealGraph knows by name, read from a YAML gazetteer and checked at load.
 *
 * <p>The file is a list of entries with {@code name, kind, wikidata, aliases, tickers, parent, products, hq,
 * country, tags, ambiguous}; see {@code data/gazetteer/README.md}.
 */
public final class Gazetteer {

  /** Names the tags an organization may carry. */
  public static final Set<String> TAGS = Set.of("bigtech", "ailab", "startup", "chipmaker", "cloud", "software",
      "hardware", "telecom", "automaker", "ecommerce", "social", "fintech", "robotics", "vc", "growth",
      "privateequity", "sovereign", "pension", "bank", "assetmanager", "hedgefund", "corporatevc", "conglomerate",
      "government", "university", "media", "energy");

  static final String STANDARD = "/dealgraph/data/gazetteer/organizations.yaml";
  private static final Set<String> KINDS = Set.of("company", "investor", "government", "university");
  private static final Pattern WIKIDATA = Pattern.compile("Q[1-9][0-9]*");
  private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
  /** An ambiguous short form is one capitalised word, the only shape the name-in-use test can judge. */
  private static final Pattern AMBIGUOUS = Pattern.compile("\\p{Lu}[\\p{L}\\p{N}]*");

  private final List<Organization> organizations;
  private final Map<String, Organization> byName;
  private final Map<String, Organization> ambiguous;

  private Gazetteer(List<Organization> organizations, Map<String, String> ambiguous) {
    this.organizations = List.copyOf(organizations);
    Map<String, Organization> map = new LinkedHashMap<>();
    organizations.forEach(o -> map.put(o.name(), o));
    this.byName = Map.copyOf(map);
    Map<String, Organization> forms = new LinkedHashMap<>();
    ambiguous.forEach((form, owner) -> forms.put(form, map.get(owner)));
    this.ambiguous = Map.copyOf(forms);
  }

  /**
   * Reads a gazetteer; {@code origin} names the file in error messages.
   *
   * @throws DealGraphException when the YAML cannot be parsed or an entry breaks a rule: blank or repeated name,
   *     an alias, ticker, product or ambiguous form claimed twice, an ambiguous form that is not one capitalised
   *     word, a bad Wikidata id, an unknown kind or tag, a parent not in the file
   */
  public static Gazetteer load(InputStream yaml, String origin) {
    List<GazetteerEntry> entries;
    try {
      ObjectMapper mapper = new ObjectMapper(new YAMLFactory())
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
      entries = List.of(mapper.readValue(yaml, GazetteerEntry[].class));
    } catch (JsonProcessingException e) {
      throw DealGraphException.invalidContent(origin + ": not a valid gazetteer: "
          + e.getOriginalMessage().replaceAll("\\s+", " "), e);
    } catch (IOException e) {
      throw DealGraphException.invalidContent(origin + ": cannot read gazetteer: " + e.getMessage(), e);
    }
    Map<String, String> ambiguous = new LinkedHashMap<>();
    List<Organization> organizations = validate(entries, origin, ambiguous);
    return new Gazetteer(organizations, ambiguous);
  }

  /**
   * Reads the gazetteer shipped in the jar ({@code /dealgraph/data/gazetteer/organizations.yaml}).
   *
   * @throws DealGraphException when it is missing or invalid
   */
  public static Gazetteer standard() {
    try (InputStream in = Gazetteer.class.getResourceAsStream(STANDARD)) {
      if (in == null) {
        throw DealGraphException.invalidContent(STANDARD + ": gazetteer is missing from the classpath");
      }
      return load(in, STANDARD);
    } catch (IOException e) {
      throw DealGraphException.invalidContent(STANDARD + ": cannot read gazetteer: " + e.getMessage(), e);
    }
  }

  /** Returns every organization, in file order. */
  public List<Organization> organizations() {
    return organizations;
  }

  /** Returns the organization with this canonical name, if there is one. */
  public Optional<Organization> find(String name) {
    return Optional.ofNullable(byName.get(name));
  }

  /**
   * Returns the short forms that read as ordinary words ("Runway"), each with its organization; they name it only
   * where an article uses them as a name.
   */
  public Map<String, Organization> ambiguousForms() {
    return ambiguous;
  }

  private static List<Organization> validate(List<GazetteerEntry> entries, String origin,
      Map<String, String> ambiguous) {
    Map<String, String> claimed = new HashMap<>();
    List<Organization> out = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      GazetteerEntry e = entries.get(i);
      String where = origin + ": entry #" + (i + 1) + (e == null || e.name() == null ? "" : " '" + e.name() + "'");
      if (e == null || e.name() == null || e.name().isBlank()) {
        throw DealGraphException.invalidContent(where + ": name is required");
      }
      claim(claimed, e.name(), e.name(), "name", where);
      for (String alias : e.aliasList()) {
        claim(claimed, alias, e.name(), "alias", where);
      }
      for (String ticker : e.tickerList()) {
        claim(claimed, ticker, e.name(), "ticker", where);
      }
      for (String product : e.productList()) {
        claim(claimed, product, e.name(), "product", where);
      }
      for (String form : e.ambiguousList()) {
        claim(claimed, form, e.name(), "ambiguous form", where);
        if (!AMBIGUOUS.matcher(form).matches()) {
          throw DealGraphException.invalidContent(where + ": an ambiguous form must be one capitalised word: '"
              + form + "'");
        }
        ambiguous.put(form, e.name());
      }
      if (e.kind() == null || !KINDS.contains(e.kind())) {
        throw DealGraphException.invalidContent(where + ": kind must be one of " + KINDS + ": " + e.kind());
      }
      if (e.wikidata() != null && !WIKIDATA.matcher(e.wikidata()).matches()) {
        throw DealGraphException.invalidContent(where + ": wikidata id must match Q[1-9][0-9]*: " + e.wikidata());
      }
      if (e.country() == null || !COUNTRY.matcher(e.country()).matches()) {
        throw DealGraphException.invalidContent(where + ": country must be an ISO 3166 alpha-2 code: " + e.country());
      }
      for (String tag : e.tagList()) {
        if (!TAGS.contains(tag)) {
          throw DealGraphException.invalidContent(where + ": unknown tag '" + tag + "', allowed: " + TAGS);
        }
      }
      out.add(e.toOrganization());
    }
    Set<String> names = new java.util.HashSet<>();
    out.forEach(o -> names.add(o.name()));
    for (Organization o : out) {
      if (o.parent().isPresent() && !names.contains(o.parent().get())) {
        throw DealGraphException.invalidContent(origin + ": entry '" + o.name() + "': parent '" + o.parent().get()
            + "' is not an organization of this file");
      }
    }
    return out;
  }

  private static void claim(Map<String, String> claimed, String key, String owner, String what, String where) {
    if (key == null || key.isBlank()) {
      throw DealGraphException.invalidContent(where + ": " + what + " must not be blank");
    }
    String previous = claimed.putIfAbsent(key, owner);
    if (previous != null && !(previous.equals(owner) && !"name".equals(what))) {
      throw DealGraphException.invalidContent(where + ": " + what + " '" + key + "' is already used by '"
          + previous + "'; names, aliases, tickers and products must be unique");
    }
  }
}
