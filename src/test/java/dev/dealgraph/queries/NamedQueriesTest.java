package dev.dealgraph.queries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dealgraph.DealGraphException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.query.Query;
import org.junit.jupiter.api.Test;

class NamedQueriesTest {
  private final NamedQueries queries = NamedQueries.standard();

  @Test
  void indexListsExactlyTheQueryFiles() throws IOException {
    List<String> files;
    try (Stream<Path> listing = Files.list(Path.of("queries"))) {
      files = listing.map(p -> p.getFileName().toString()).filter(f -> f.endsWith(".rq"))
          .map(f -> f.substring(0, f.length() - 3)).sorted().toList();
    }
    List<String> indexed = queries.all().stream().map(NamedQuery::name).toList();
    List<String> mismatches = new ArrayList<>();
    files.stream().filter(f -> !indexed.contains(f)).forEach(f -> mismatches.add("not in index.txt: " + f + ".rq"));
    indexed.stream().filter(q -> !files.contains(q)).forEach(q -> mismatches.add("no such file: " + q + ".rq"));
    assertThat(mismatches).isEmpty();
    assertThat(files).hasSizeGreaterThanOrEqualTo(12);
  }

  @Test
  void everyQueryHasATitleADescriptionAndDescribedParameters() {
    for (NamedQuery q : queries.all()) {
      assertThat(q.title()).as(q.name()).isNotBlank();
      assertThat(q.description()).as(q.name()).isNotBlank();
      q.params().forEach(p -> assertThat(p.description()).as(q.name() + " " + p.name()).isNotBlank());
    }
  }

  @Test
  void readsTheHeader() {
    NamedQuery q = queries.find("deals-of-investor").orElseThrow();
    assertThat(q.title()).isEqualTo("Deals of an investor");
    assertThat(q.description()).startsWith("Every deal the investor is party to").contains("reports, the number");
    NamedQuery.Param investor = q.param("investor").orElseThrow();
    assertThat(investor.type()).isEqualTo(NamedQuery.ParamType.IRI);
    assertThat(investor.required()).isTrue();
    NamedQuery.Param limit = q.param("limit").orElseThrow();
    assertThat(limit.defaultValue()).contains("100");
    assertThat(limit.min()).hasValueSatisfying(min -> assertThat(min).isEqualByComparingTo("1"));
  }

  @Test
  void bindsAPathAsAnIriBySubstitution() {
    Query bound = bind("deals-of-investor", Map.of("investor", "/id/org/amazon", "limit", "5"));
    assertThat(bound.toString()).contains("<https://dealgraph.dev/id/org/amazon>").doesNotContain("?investor");
    assertThat(bound.getLimit()).isEqualTo(5);
  }

  @Test
  void appliesDefaults() {
    assertThat(bind("deals-of-investor", Map.of("investor", "https://dealgraph.dev/id/org/amazon")).getLimit())
        .isEqualTo(100);
  }

  @Test
  void leavesOptionalParametersWithoutValueUnbound() {
    assertThat(bind("deals-per-month", Map.of()).toString()).contains("?since");
  }

  @Test
  void bindsStatusCodesToConcepts() {
    assertThat(bind("deals-by-status", Map.of("status", "inTalks")).toString())
        .contains("dg:inTalks  dg:stageOrder");
  }

  @Test
  void bindsDatesAsXsdDates() {
    assertThat(bind("deals-per-month", Map.of("since", "2024-05-01")).toString())
        .contains("\"2024-05-01\"^^<http://www.w3.org/2001/XMLSchema#date>");
  }

  @Test
  void aValueWithSparqlInItStaysOneTerm() {
    Query bound = bind("biggest-rounds", Map.of("currency", "USD\" } ; DROP ALL ; #"));
    assertThat(bound.toString()).contains("\"USD\\\" } ; DROP ALL ; #\"");
  }

  @Test
  void rejectsAnIntegerThatIsNot() {
    assertBad("deals-of-investor", Map.of("investor", "/id/org/amazon", "limit", "abc"),
        "parameter 'limit' must be an integer: abc");
    assertBad("deals-of-investor", Map.of("investor", "/id/org/amazon", "limit", "2.5"),
        "parameter 'limit' must be an integer: 2.5");
  }

  @Test
  void rejectsNumbersOutOfRange() {
    assertBad("deals-of-investor", Map.of("investor", "/id/org/amazon", "limit", "0"),
        "parameter 'limit' must be between 1 and 10000: 0");
  }

  @Test
  void rejectsBadIrisDatesAndStatuses() {
    assertBad("deals-of-investor", Map.of("investor", "amazon"), "parameter 'investor' must be an absolute IRI: amazon");
    assertBad("deals-of-investor", Map.of("investor", "/id/org/Amazon Inc"),
        "parameter 'investor' must be an IRI or a DealGraph path such as /id/org/amazon: /id/org/Amazon Inc");
    assertBad("deals-of-investor", Map.of("investor", "https://x.example/a b"),
        "parameter 'investor' must be an IRI or a DealGraph path such as /id/org/amazon: https://x.example/a b");
    assertBad("deals-per-month", Map.of("since", "25/09/2023"), "parameter 'since' must be a date YYYY-MM-DD: 25/09/2023");
    assertBad("deals-by-status", Map.of("status", "done"),
        "parameter 'status' must be one of rumored, inTalks, announced, completed, withdrawn, denied: done");
  }

  @Test
  void rejectsUnknownAndMissingParameters() {
    assertBad("deals-of-investor", Map.of("investor", "/id/org/amazon", "investee", "/id/org/openai"),
        "query 'deals-of-investor' has no parameter 'investee'; its parameters: investor, limit");
    assertBad("deals-of-investor", Map.of(), "parameter 'investor' is required by query 'deals-of-investor'");
  }

  @Test
  void reportsAMissingQueryFileNamingIt() {
    assertLoadFails(Map.of("index.txt", "gone\n"), "queries/gone.rq: listed but not found");
  }

  @Test
  void reportsBadSparqlNamingTheFile() {
    assertLoadFails(Map.of("index.txt", "q", "q.rq", "#+ title: T\n#+ description: D\nSELECT * WHERE { ?s ?p }\n"),
        "queries/q.rq: not valid SPARQL");
  }

  @Test
  void reportsAParameterTheQueryDoesNotUse() {
    assertLoadFails(Map.of("index.txt", "q", "q.rq",
            "#+ title: T\n#+ description: D\n#+ param: who iri -- x\nSELECT * WHERE { ?s ?p ?o }\n"),
        "queries/q.rq: parameter 'who' does not appear as ?who in the query");
  }

  @Test
  void reportsABadDefault() {
    assertLoadFails(Map.of("index.txt", "q", "q.rq",
            "#+ title: T\n#+ description: D\n#+ param: limit integer default=ten -- x\nSELECT * { ?s ?p ?o }\n"),
        "queries/q.rq: bad default: parameter 'limit' must be an integer: ten");
  }

  private static void assertLoadFails(Map<String, String> files, String messageStart) {
    assertThatThrownBy(() -> NamedQueries.load(name -> files.containsKey(name)
            ? new ByteArrayInputStream(files.get(name).getBytes(StandardCharsets.UTF_8)) : null))
        .isInstanceOf(DealGraphException.class)
        .hasMessageStartingWith(messageStart);
  }

  private Query bind(String name, Map<String, String> raw) {
    return queries.bind(queries.find(name).orElseThrow(), raw);
  }

  private void assertBad(String name, Map<String, String> raw, String message) {
    assertThatThrownBy(() -> bind(name, raw))
        .isInstanceOf(DealGraphException.class)
        .hasMessage(message)
        .satisfies(e -> assertThat(((DealGraphException) e).kind()).isEqualTo(DealGraphException.Kind.BAD_PARAMETER));
  }
}
