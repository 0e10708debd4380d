package dev.dealgraph.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Holds what the graph says about one organization or person, property by property: its own facts ({@code out})
 * and what points at it ({@code in}), each list sorted and without repeats, as {@code org-facts.rq} reads them.
 *
 * @param out values of its own properties, by property IRI; {@code dg:Round} lists the rounds it raised
 * @param in  subjects pointing at it, by property IRI; {@code dg:maker} lists product names instead
 */
record OrgFacts(Map<String, List<String>> out, Map<String, List<String>> in) {
  static final String DG = "https://dealgraph.dev/ontology#";
  static final String ALIAS = "http://www.w3.org/2004/02/skos/core#altLabel";
  static final String PART_OF = "http://www.w3.org/ns/org#subOrganizationOf";
  static final String RIVAL = DG + "competesWith";
  static final String ROUND = DG + "Round";
  static final String MAKER = DG + "maker";

  OrgFacts {
    out = Map.copyOf(out);
    in = Map.copyOf(in);
  }

  List<String> out(String property) {
    return out.getOrDefault(property, List.of());
  }

  List<String> in(String property) {
    return in.getOrDefault(property, List.of());
  }

  Optional<String> first(String property) {
    return out(property).stream().findFirst();
  }

  /** Returns the IRIs a response about {@code iri} names: itself, its family and its rivals. */
  List<String> related(String iri) {
    List<String> related = new ArrayList<>(List.of(iri));
    related.addAll(out(PART_OF));
    related.addAll(in(PART_OF));
    related.addAll(out(RIVAL));
    return related;
  }

  /** Collects facts row by row from {@code org-facts.rq} or the fact index's scans. */
  static final class Builder {
    private final Map<String, TreeSet<String>> out = new TreeMap<>();
    private final Map<String, TreeSet<String>> in = new TreeMap<>();

    /** Adds a row with {@code ?p}, {@code ?o} and, for what points at the organization, {@code ?from}. */
    void add(Row row) {
      String p = row.iri("p");
      Optional<String> from = row.optionalIri("from");
      String value = from.isPresent() && !p.equals(MAKER) ? from.get() : row.text("o").orElse("");
      (from.isPresent() ? in : out).computeIfAbsent(p, k -> new TreeSet<>()).add(value);
    }

    /** Adds one of its own facts. */
    void add(String property, String value) {
      out.computeIfAbsent(property, k -> new TreeSet<>()).add(value);
    }

    OrgFacts build() {
      return new OrgFacts(lists(out), lists(in));
    }

    private static Map<String, List<String>> lists(Map<String, TreeSet<String>> sets) {
      Map<String, List<String>> lists = new TreeMap<>();
      sets.forEach((p, values) -> lists.put(p, List.copyOf(values)));
      return lists;
    }
  }
}
