package dev.dealgraph.graph;

import static dev.dealgraph.graph.Fixtures.article;
import static dev.dealgraph.graph.Fixtures.discovered;
import static dev.dealgraph.graph.Fixtures.evidence;
import static dev.dealgraph.graph.Fixtures.known;
import static dev.dealgraph.graph.Fixtures.mention;

import dev.dealgraph.extract.Amount;
import dev.dealgraph.extract.Competition;
import dev.dealgraph.extract.Entity;
import dev.dealgraph.extract.EntityKind;
import dev.dealgraph.extract.Extraction;
import dev.dealgraph.extract.Investment;
import dev.dealgraph.extract.Organization;
import dev.dealgraph.extract.Round;
import dev.dealgraph.extract.Status;
import dev.dealgraph.ingest.Article;
import dev.dealgraph.ontology.Ontology;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;

/**
 * Holds a small hand-written corpus (five articles, their extractions and a gazetteer) and loads it into an
 * in-memory TDB2 dataset whose default graph is the union of the named graphs.
 */
public final class FixtureCorpus {
  public static final Entity AMAZON = known("Amazon");
  public static final Entity ANTHROPIC = known("Anthropic");
  public static final Entity OPENAI = known("OpenAI");
  public static final Entity GOOGLE = known("Google");
  public static final Entity MICROSOFT = known("Microsoft");
  public static final Entity NVIDIA = known("Nvidia");
  public static final Entity SOFTBANK = known("SoftBank");
  public static final Entity THRIVE = discovered("Thrive Capital", EntityKind.INVESTOR);
  public static final Entity FOO_LABS = discovered("Foo Labs", EntityKind.COMPANY);
  public static final Entity BAR_VENTURES = discovered("Bar Ventures", EntityKind.INVESTOR);
  public static final Entity ACME_CAPITAL = discovered("Acme Capital", EntityKind.INVESTOR);
  public static final Entity JANE_ROE = discovered("Jane Roe", EntityKind.PERSON);

  private FixtureCorpus() {}

  /** Returns the articles and their extractions, in publication order. */
  public static Map<Article, Extraction> articles() {
    Map<Article, Extraction> corpus = new LinkedHashMap<>();
    amazonAnnounces(corpus);
    amazonCompletes(corpus);
    openAiRound(corpus);
    fooLabs(corpus);
    anthropicNewBackers(corpus);
    return corpus;
  }

  /** Returns the gazetteer of the known organizations. */
  public static List<Organization> gazetteer() {
    return List.of(
        new Organization("Amazon", EntityKind.COMPANY, Optional.of("Q3884"), List.of("Amazon.com", "Amazon.com Inc."),
            List.of("AMZN"), Optional.empty(), List.of("Alexa"), Optional.of("Seattle"), Optional.of("US"),
            List.of("bigtech", "cloud")),
        new Organization("Amazon Web Services", EntityKind.COMPANY, Optional.empty(), List.of("AWS"), List.of(),
            Optional.of("Amazon"), List.of(), Optional.of("Seattle"), Optional.of("US"), List.of("cloud")),
        new Organization("Anthropic", EntityKind.COMPANY, Optional.empty(), List.of("Anthropic PBC"), List.of(),
            Optional.empty(), List.of("Claude"), Optional.of("San Francisco"), Optional.of("US"), List.of("ailab")),
        new Organization("OpenAI", EntityKind.COMPANY, Optional.empty(), List.of(), List.of(), Optional.empty(),
            List.of("ChatGPT"), Optional.of("San Francisco"), Optional.of("US"), List.of("ailab")),
        new Organization("Google", EntityKind.COMPANY, Optional.empty(), List.of("Alphabet"), List.of("GOOGL"),
            Optional.empty(), List.of("Gemini"), Optional.of("Mountain View"), Optional.of("US"), List.of("bigtech")),
        new Organization("Microsoft", EntityKind.COMPANY, Optional.empty(), List.of(), List.of("MSFT"),
            Optional.empty(), List.of(), Optional.of("Redmond"), Optional.of("US"), List.of("bigtech")),
        new Organization("Nvidia", EntityKind.COMPANY, Optional.empty(), List.of("Nvidia Corp."), List.of("NVDA"),
            Optional.empty(), List.of(), Optional.of("Santa Clara"), Optional.of("US"), List.of("chipmaker")),
        new Organization("SoftBank", EntityKind.INVESTOR, Optional.empty(), List.of("SoftBank Group"),
            List.of("9984.T"), Optional.empty(), List.of(), Optional.of("Tokyo"), Optional.of("JP"),
            List.of("conglomerate")));
  }

  /** Returns an in-memory TDB2 dataset holding the ontology, the gazetteer and every article's graph. */
  public static Dataset load() {
    DatasetGraph dsg = DatabaseMgr.createDatasetGraph();
    dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
    Dataset dataset = DatasetFactory.wrap(dsg);
    Txn.executeWrite(dataset, () -> {
      dataset.addNamedModel(Iris.ONTOLOGY_GRAPH, Ontology.standard().model());
      dataset.addNamedModel(Iris.GAZETTEER_GRAPH, GazetteerGraph.map(gazetteer()));
      articles().forEach((a, x) -> dataset.addNamedModel(Iris.articleGraph(a.id()), ArticleGraph.map(a, x)));
    });
    return dataset;
  }

  static Amount usd(String kind, String figure, String text) {
    BigDecimal v = new BigDecimal(figure);
    return switch (kind) {
      case "exact" -> Amount.exact(v, "USD", text);
      case "upTo" -> Amount.upTo(v, "USD", text);
      default -> throw new IllegalArgumentException(kind);
    };
  }

  private static void amazonAnnounces(Map<Article, Extraction> corpus) {
    Article a = article("a1-amazon-announces", "Amazon plans to put up to $4 billion into Anthropic",
        LocalDate.of(2023, 9, 25), "Example Wire",
        "Amazon said on Monday it will invest up to $4 billion in Anthropic. An initial $1.25 billion comes first. "
            + "Anthropic sells its Claude models against OpenAI.");
    String deal = "Amazon said on Monday it will invest up to $4 billion in Anthropic.";
    corpus.put(a, new Extraction(
        List.of(mention(a, AMAZON, "Amazon"), mention(a, ANTHROPIC, "Anthropic"), mention(a, OPENAI, "OpenAI")),
        List.of(new Investment(AMAZON, ANTHROPIC, Optional.of(usd("upTo", "4000000000", "up to $4 billion")),
            Status.ANNOUNCED, Optional.of(LocalDate.of(2023, 9, 25)), Optional.empty(),
            List.of(usd("exact", "1250000000", "$1.25 billion")), evidence(a, deal, 0.9))),
        List.of(),
        List.of(new Competition(ANTHROPIC, OPENAI,
            evidence(a, "Anthropic sells its Claude models against OpenAI.", 0.7)))));
  }

  private static void amazonCompletes(Map<Article, Extraction> corpus) {
    Article a = article("a2-amazon-completes", "Amazon finishes its Anthropic investment",
        LocalDate.of(2024, 3, 27), "Example Wire",
        "Amazon has now invested $4 billion in Anthropic. Google put $2 billion into the startup last year.");
    corpus.put(a, new Extraction(
        List.of(mention(a, AMAZON, "Amazon"), mention(a, ANTHROPIC, "Anthropic"), mention(a, GOOGLE, "Google")),
        List.of(
            new Investment(AMAZON, ANTHROPIC, Optional.of(usd("exact", "4000000000", "$4 billion")),
                Status.COMPLETED, Optional.empty(), Optional.empty(), List.of(),
                evidence(a, "Amazon has now invested $4 billion in Anthropic.", 0.95)),
            new Investment(GOOGLE, ANTHROPIC, Optional.of(usd("exact", "2000000000", "$2 billion")),
                Status.COMPLETED, Optional.empty(), Optional.empty(), List.of(),
                evidence(a, "Google put $2 billion into the startup last year.", 0.8))),
        List.of(), List.of()));
  }

  private static void openAiRound(Map<Article, Extraction> corpus) {
    Article a = article("a3-openai-round", "OpenAI raises $6.6 billion", LocalDate.of(2024, 10, 2), "Other Daily",
        "OpenAI raised $6.6 billion in a round led by Thrive Capital, at a valuation of $157 billion. "
            + "Microsoft and Nvidia joined the round. SoftBank is in talks to invest $500 million in OpenAI. "
            + "OpenAI faces rivals such as Anthropic and Google.");
    String round = "OpenAI raised $6.6 billion in a round led by Thrive Capital, at a valuation of $157 billion.";
    String joined = "Microsoft and Nvidia joined the round.";
    String rivals = "OpenAI faces rivals such as Anthropic and Google.";
    corpus.put(a, new Extraction(
        List.of(mention(a, OPENAI, "OpenAI"), mention(a, THRIVE, "Thrive Capital"), mention(a, MICROSOFT, "Microsoft")),
        List.of(
            new Investment(THRIVE, OPENAI, Optional.empty(), Status.COMPLETED, Optional.empty(), Optional.empty(),
                List.of(), evidence(a, round, 0.85)),
            new Investment(MICROSOFT, OPENAI, Optional.empty(), Status.COMPLETED, Optional.empty(), Optional.empty(),
                List.of(), evidence(a, joined, 0.8)),
            new Investment(NVIDIA, OPENAI, Optional.empty(), Status.COMPLETED, Optional.empty(), Optional.empty(),
                List.of(), evidence(a, joined, 0.8)),
            new Investment(SOFTBANK, OPENAI, Optional.of(usd("exact", "500000000", "$500 million")), Status.IN_TALKS,
                Optional.empty(), Optional.empty(), List.of(),
                evidence(a, "SoftBank is in talks to invest $500 million in OpenAI.", 0.75))),
        List.of(new Round(OPENAI, Optional.empty(), Optional.of(usd("exact", "6600000000", "$6.6 billion")),
            Optional.of(usd("exact", "157000000000", "$157 billion")), List.of(THRIVE), List.of(MICROSOFT, NVIDIA),
            Optional.of(LocalDate.of(2024, 10, 2)), evidence(a, round, 0.9))),
        List.of(new Competition(OPENAI, ANTHROPIC, evidence(a, rivals, 0.8)),
            new Competition(OPENAI, GOOGLE, evidence(a, rivals, 0.8)))));
  }

  private static void fooLabs(Map<Article, Extraction> corpus) {
    // The rocket is outside the Basic Multilingual Plane: offsets in the graph count it once, Java twice.
    Article a = article("a4-foo-labs", "Foo Labs \uD83D\uDE80 closes Series B", LocalDate.of(2024, 5, 1), "Other Daily",
        "Foo Labs closed a series b of between \u20AC40 million and \u20AC50 million led by Bar Ventures. "
            + "Jane Roe put \u20AC20 million into the Series B. "
            + "Acme Capital has walked away from its planned $300 million investment in Foo Labs.");
    String round = "Foo Labs closed a series b of between \u20AC40 million and \u20AC50 million led by Bar Ventures.";
    Amount range = Amount.range(new BigDecimal("40000000"), new BigDecimal("50000000"), "EUR",
        "between \u20AC40 million and \u20AC50 million");
    corpus.put(a, new Extraction(
        List.of(mention(a, FOO_LABS, "Foo Labs"), mention(a, BAR_VENTURES, "Bar Ventures"),
            mention(a, JANE_ROE, "Jane Roe")),
        List.of(
            new Investment(JANE_ROE, FOO_LABS, Optional.of(Amount.exact(new BigDecimal("20000000"), "EUR",
                "\u20AC20 million")), Status.COMPLETED, Optional.empty(), Optional.of("Series B"), List.of(),
                evidence(a, "Jane Roe put \u20AC20 million into the Series B.", 0.85)),
            new Investment(ACME_CAPITAL, FOO_LABS, Optional.of(usd("exact", "300000000", "$300 million")),
                Status.WITHDRAWN, Optional.empty(), Optional.empty(), List.of(),
                evidence(a, "Acme Capital has walked away from its planned $300 million investment in Foo Labs.",
                    0.8))),
        List.of(new Round(FOO_LABS, Optional.of("series b"), Optional.of(range), Optional.empty(),
            List.of(BAR_VENTURES), List.of(JANE_ROE), Optional.empty(), evidence(a, round, 0.9))),
        List.of()));
  }

  private static void anthropicNewBackers(Map<Article, Extraction> corpus) {
    Article a = article("a5-anthropic-backers", "Nvidia and Microsoft to back Anthropic", LocalDate.of(2025, 11, 18),
        "Example Wire",
        "Nvidia will invest up to $10 billion in Anthropic, and Microsoft up to $5 billion. "
            + "Amazon, which has invested $4 billion in Anthropic, is weighing a further stake.");
    String both = "Nvidia will invest up to $10 billion in Anthropic, and Microsoft up to $5 billion.";
    String amazon = "Amazon, which has invested $4 billion in Anthropic, is weighing a further stake.";
    corpus.put(a, new Extraction(
        List.of(mention(a, NVIDIA, "Nvidia"), mention(a, ANTHROPIC, "Anthropic")),
        List.of(
            new Investment(NVIDIA, ANTHROPIC, Optional.of(usd("upTo", "10000000000", "up to $10 billion")),
                Status.ANNOUNCED, Optional.empty(), Optional.empty(), List.of(), evidence(a, both, 0.9)),
            new Investment(MICROSOFT, ANTHROPIC, Optional.of(usd("upTo", "5000000000", "up to $5 billion")),
                Status.ANNOUNCED, Optional.empty(), Optional.empty(), List.of(), evidence(a, both, 0.85)),
            new Investment(AMAZON, ANTHROPIC, Optional.of(usd("exact", "4000000000", "$4 billion")),
                Status.COMPLETED, Optional.empty(), Optional.empty(), List.of(), evidence(a, amazon, 0.8)),
            new Investment(AMAZON, ANTHROPIC, Optional.empty(), Status.RUMORED, Optional.empty(), Optional.empty(),
                List.of(), evidence(a, amazon, 0.6))),
        List.of(), List.of()));
  }
}
