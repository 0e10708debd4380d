package dev.dealgraph.queries;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dealgraph.extract.Amount;
import dev.dealgraph.graph.FixtureCorpus;
import dev.dealgraph.graph.Iris;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Runs every named query on the fixture corpus in an in-memory TDB2 store whose default graph is the union. */
class NamedQueryResultsTest {
  private static Dataset dataset;
  private final NamedQueries queries = NamedQueries.standard();

  @BeforeAll
  static void loadCorpus() {
    dataset = FixtureCorpus.load();
  }

  @Test
  void dealsOfInvestorNewestFirstWithTheirMostAdvancedStatus() {
    List<Map<String, String>> rows = run("deals-of-investor", Map.of("investor", "/id/org/amazon"));
    assertThat(rows).extracting(r -> r.get("amountLabel") + " " + r.get("status") + " " + r.get("reports")
            + " " + r.get("lastReported"))
        .containsExactly(
            "null rumored 1 2025-11-18",
            "4,000,000,000 USD completed 2 2025-11-18",
            "up to 4,000,000,000 USD announced 1 2023-09-25");
  }

  @Test
  void totalCommittedByCurrencyAndStatus() {
    List<Map<String, String>> rows = run("total-committed-to", Map.of("investee", "/id/org/anthropic"));
    assertThat(rows).extracting(r -> String.join(" ", r.get("currency"), r.get("status"), r.get("deals"),
            r.get("upperTotal"), r.get("lowerTotal")))
        .containsExactly(
            "USD announced 3 19000000000.0 0",
            "USD completed 2 6000000000.0 6000000000.0",
            "none rumored 1 0 0");
  }

  @Test
  void dealsPerMonthOfFirstReport() {
    assertThat(run("deals-per-month", Map.of())).extracting(r -> r.get("month") + "=" + r.get("deals"))
        .containsExactly("2023-09=1", "2024-03=2", "2024-05=2", "2024-10=4", "2025-11=3");
    assertThat(run("deals-per-month", Map.of("since", "2024-05-01"))).extracting(r -> r.get("month"))
        .containsExactly("2024-05", "2024-10", "2025-11");
  }

  @Test
  void competitorsMostOftenStatedFirst() {
    assertThat(run("competitors-of", Map.of("org", "/id/org/openai")))
        .extracting(r -> r.get("name") + " " + r.get("claims") + " " + r.get("articles") + " " + r.get("lastStated"))
        .containsExactly("Anthropic 2 2 2024-10-02", "Google 1 1 2024-10-02");
  }

  @Test
  void evidenceOfADealIsEveryReportOverTime() {
    String deal = Iris.deal(Iris.org("Amazon"), Iris.org("Anthropic"),
        Optional.of(Amount.exact(new BigDecimal("4000000000"), "USD", "")));
    List<Map<String, String>> rows = run("deal-evidence", Map.of("deal", deal));
    assertThat(rows).extracting(r -> r.get("reportedOn") + " " + r.get("status") + " " + r.get("amountText"))
        .containsExactly("2024-03-27 completed $4 billion", "2025-11-18 completed $4 billion");
    assertThat(rows.get(0).get("sentence")).isEqualTo("Amazon has now invested $4 billion in Anthropic.");
    assertThat(rows.get(0)).containsEntry("begin", "42").containsEntry("end", "90");
  }

  @Test
  void investorsInBothOfTwoRivals() {
    assertThat(run("common-investors", Map.of("first", "/id/org/openai", "second", "/id/org/anthropic")))
        .extracting(r -> r.get("name")).containsExactly("Microsoft", "Nvidia");
  }

  @Test
  void biggestRoundsInOneCurrency() {
    assertThat(run("biggest-rounds", Map.of()))
        .extracting(r -> r.get("investeeName") + " " + r.get("total") + " " + r.get("currency") + " " + r.get("series"))
        .containsExactly("OpenAI 6600000000.0 USD null");
    assertThat(run("biggest-rounds", Map.of("currency", "EUR")))
        .extracting(r -> r.get("investeeName") + " " + r.get("total") + " " + r.get("currency") + " " + r.get("series"))
        .containsExactly("Foo Labs 50000000.0 EUR Series B");
  }

  @Test
  void conflictingAmountsOfOnePairAcrossArticles() {
    List<Map<String, String>> rows = run("conflicting-amounts", Map.of());
    assertThat(rows).extracting(r -> r.get("investorName") + " " + r.get("amountLabel") + " " + r.get("reportedOn"))
        .containsExactly(
            "Amazon up to 4,000,000,000 USD 2023-09-25",
            "Amazon 4,000,000,000 USD 2024-03-27",
            "Amazon 4,000,000,000 USD 2025-11-18");
    assertThat(run("conflicting-amounts", Map.of("investee", "/id/org/openai"))).isEmpty();
  }

  @Test
  void articlesMentioningNewestFirst() {
    assertThat(run("articles-mentioning", Map.of("entity", "/id/org/nvidia")))
        .extracting(r -> r.get("article") + " " + r.get("publisher"))
        .containsExactly("/id/article/a5-anthropic-backers Example Wire", "/id/article/a3-openai-round Other Daily");
  }

  @Test
  void howMuchAccordingToWhomAndHowSure() {
    List<Map<String, String>> rows = run("how-much-according-to-whom",
        Map.of("investor", "/id/org/amazon", "investee", "/id/org/anthropic"));
    assertThat(rows).extracting(r -> String.join(" | ", r.get("reportedOn"), r.get("publisher"),
            String.valueOf(r.get("amountText")), r.get("status"), r.get("confidence")))
        .containsExactly(
            "2023-09-25 | Example Wire | up to $4 billion | announced | 0.9",
            "2024-03-27 | Example Wire | $4 billion | completed | 0.95",
            "2025-11-18 | Example Wire | $4 billion | completed | 0.8",
            "2025-11-18 | Example Wire | null | rumored | 0.6");
  }

  @Test
  void mostActiveInvestorsByInvesteesThenDeals() {
    assertThat(run("most-active-investors", Map.of()))
        .extracting(r -> r.get("name") + " " + r.get("investees") + " " + r.get("deals"))
        .containsExactly("Microsoft 2 2", "Nvidia 2 2", "Amazon 1 3", "Google 1 1", "Jane Roe 1 1", "SoftBank 1 1",
            "Thrive Capital 1 1");
    assertThat(run("most-active-investors", Map.of("since", "2025-01-01", "limit", "2")))
        .extracting(r -> r.get("name") + " " + r.get("investees") + " " + r.get("deals"))
        .containsExactly("Amazon 1 2", "Microsoft 1 1");
  }

  @Test
  void dealsByStatus() {
    assertThat(run("deals-by-status", Map.of("status", "withdrawn")))
        .extracting(r -> r.get("investorName") + " → " + r.get("investeeName") + " " + r.get("code"))
        .containsExactly("Acme Capital → Foo Labs withdrawn");
    assertThat(run("deals-by-status", Map.of("status", "inTalks"))).extracting(r -> r.get("investorName"))
        .containsExactly("SoftBank");
    assertThat(run("deals-by-status", Map.of())).hasSize(12);
  }

  @Test
  void dealCountByStatusInStageOrder() {
    assertThat(run("deal-count-by-status", Map.of())).extracting(r -> r.get("code") + "=" + r.get("deals"))
        .containsExactly("rumored=1", "inTalks=1", "announced=3", "completed=6", "withdrawn=1");
  }

  @Test
  void investorsOfLargestAmountFirst() {
    assertThat(run("investors-of", Map.of("investee", "/id/org/openai")))
        .extracting(r -> r.get("name") + " " + r.get("amountLabel") + " " + r.get("status"))
        .containsExactly("SoftBank 500,000,000 USD inTalks", "Microsoft null completed", "Nvidia null completed",
            "Thrive Capital null completed");
  }

  @Test
  void everyQueryRunsWithItsDefaults() {
    for (NamedQuery q : queries.all()) {
      Map<String, String> required = new LinkedHashMap<>();
      q.params().stream().filter(NamedQuery.Param::required)
          .forEach(p -> required.put(p.name(), p.type() == NamedQuery.ParamType.IRI ? "/id/org/anthropic" : "x"));
      assertThat(run(q.name(), required)).as(q.name()).isNotNull();
    }
  }

  private List<Map<String, String>> run(String name, Map<String, String> params) {
    NamedQuery q = queries.find(name).orElseThrow();
    return Txn.calculateRead(dataset, () -> {
      try (QueryExecution exec = QueryExecution.dataset(dataset).query(queries.bind(q, params)).build()) {
        ResultSet results = exec.execSelect();
        List<Map<String, String>> rows = new ArrayList<>();
        while (results.hasNext()) {
          QuerySolution s = results.next();
          Map<String, String> row = new LinkedHashMap<>();
          results.getResultVars().forEach(v -> row.put(v, text(s.get(v))));
          rows.add(row);
        }
        return rows;
      }
    });
  }

  /** Renders a DealGraph IRI as its local path and a literal as its lexical form; null when unbound. */
  private static String text(RDFNode node) {
    if (node == null) {
      return null;
    }
    if (node.isURIResource()) {
      String uri = node.asResource().getURI();
      return uri.startsWith(Iris.BASE) ? uri.substring(Iris.BASE.length() - 1) : uri;
    }
    return node.isLiteral() ? node.asLiteral().getLexicalForm() : node.toString();
  }
}
