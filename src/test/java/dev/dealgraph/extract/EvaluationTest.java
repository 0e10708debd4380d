package dev.dealgraph.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** Checks the port of score.py against numbers worked out by hand on a small gold file and report. */
class EvaluationTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  // Gold: a.txt has two deals of Globex in Initech (one with $4-6bn) and one of Hooli; competitors Globex~Hooli;
  // an optional pair Kasumi -> Initech. b.txt has one deal and a date.
  private static final String GOLD = """
      {"entities": {"Globex": ["Globex Corp.", "GLBX"], "Initech": []},
       "articles": [
        {"file": "a.txt", "published": null,
         "investments": [
           {"investor": "Globex", "investee": "Initech", "status": "inTalks",
            "amount": {"min": 4000000000, "max": 6000000000, "currency": "USD"}},
           {"investor": "Globex", "investee": "Initech", "status": "completed", "amount": null},
           {"investor": "Hooli", "investee": "Initech", "status": "announced",
            "amount": {"value": 1000000000, "currency": "USD"}}],
         "optional_investments": [{"investor": "Kasumi", "investee": "Initech"}],
         "competitors": [["Globex", "Hooli"]]},
        {"file": "b.txt", "published": "2024-05-01",
         "investments": [{"investor": "Tessier", "investee": "Vandelay", "status": "completed",
                          "amount": {"approx": 300000000, "currency": "EUR"}}],
         "competitors": []}]}
      """;

  // Report: in a.txt the right pair under an alias with the right range and a wrong status, Hooli with a wrong
  // amount, the optional pair, one extra pair, the rivalry and one extra rivalry; b.txt is missing.
  private static final String REPORT = """
      {"documents": [
        {"source": "in/a.txt", "published": null,
         "investments": [
           {"investor": "Globex Corp.", "investee": {"name": "Initech Inc."}, "status": "rumored",
            "amount": {"min": 4000000000, "max": 6000000000, "currency": "usd"}},
           {"investor": "Hooli", "investee": "Initech", "status": "announced",
            "amount": {"value": 2000000000, "currency": "USD"}},
           {"investor": "Kasumi", "investee": "Initech", "status": "completed", "amount": null},
           {"investor": "Northwind", "investee": "Initech", "status": "completed", "amount": null}],
         "competitors": [{"a": "Hooli", "b": "GLBX"}, {"a": "Hooli", "b": "Initech"}]}]}
      """;

  // Names in the gold's entity table keep their canonical spelling; others are normalised to lower case, and
  // upper case sorts first, as in Python.
  @Test
  void scoresLikeTheReferenceScript() throws Exception {
    JsonNode gold = JSON.readTree(GOLD);
    JsonNode report = JSON.readTree(REPORT);
    Evaluation.Result r = Evaluation.score(gold, report, true);
    // Pairs: predicted {Globex->Initech, Hooli->Initech, Northwind->Initech} (optional Kasumi dropped); gold has 2
    // pairs in a.txt and 1 in b.txt; 2 true positives: P = 2/3, R = 2/3.
    assertThat(r.pairs().precision()).isCloseTo(2.0 / 3, within(1e-9));
    assertThat(r.pairs().recall()).isCloseTo(2.0 / 3, within(1e-9));
    // Amounts: 2 predicted with figures, 1 right; gold has 3 deals with amounts: P = 1/2, R = 1/3.
    assertThat(r.amounts().precision()).isCloseTo(0.5, within(1e-9));
    assertThat(r.amounts().recall()).isCloseTo(1.0 / 3, within(1e-9));
    assertThat(r.amounts().f1()).isCloseTo(0.4, within(1e-9));
    // Competitors: 2 predicted, 1 right, 1 gold: P = 1/2, R = 1.
    assertThat(r.competitors().precision()).isCloseTo(0.5, within(1e-9));
    assertThat(r.competitors().recall()).isCloseTo(1.0, within(1e-9));
    // Status: the one amount-matched deal has the wrong status. Dates: a.txt right (null), b.txt missing.
    assertThat(r.status()).isZero();
    assertThat(r.published()).isCloseTo(0.5, within(1e-9));
    assertThat(r.missingDocuments()).isEqualTo(1);
    assertThat(r.errors()).containsExactly(
        "a.txt: extra pair northwind -> Initech",
        "a.txt: status rumored != inTalks for Globex -> Initech",
        "a.txt: wrong amount hooli -> Initech {'value': 2000000000, 'currency': 'USD'}",
        "a.txt: missed amount hooli -> Initech ('USD', ('value',), (1000000000.0,))",
        "a.txt: extra competitors Initech ~ hooli",
        "b.txt: missed pair tessier -> vandelay",
        "b.txt: missed amount tessier -> vandelay ('EUR', ('approx',), (300000000.0,))",
        "b.txt: published None != '2024-05-01'");
  }

  @Test
  void printsTheReferenceScriptsLines() throws Exception {
    Evaluation.Result r = Evaluation.score(JSON.readTree(GOLD), JSON.readTree(REPORT), false);
    assertThat(r.lines(false)).containsExactly(
        "pairs        P=0.667 R=0.667 F1=0.667",
        "amounts      P=0.500 R=0.333 F1=0.400",
        "competitors  P=0.500 R=1.000 F1=0.667",
        "status       0.000 of amount-matched deals",
        "published    0.500 of documents",
        "missing documents: 1",
        "summary pairsF1=0.667 amountsF1=0.400 competitorsF1=0.667");
  }
}
