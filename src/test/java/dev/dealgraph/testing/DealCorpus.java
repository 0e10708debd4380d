package dev.dealgraph.testing;

import static dev.dealgraph.testing.CorpusArticle.usd;

import dev.dealgraph.extract.Amount;
import dev.dealgraph.extract.Entity;
import dev.dealgraph.extract.EntityKind;
import dev.dealgraph.extract.Organization;
import dev.dealgraph.extract.Status;
import dev.dealgraph.graph.ArticleGraph;
import dev.dealgraph.graph.GazetteerGraph;
import dev.dealgraph.graph.Iris;
import dev.dealgraph.ontology.Ontology;
import dev.dealgraph.store.Store;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.NodeFactory;

/**
 * Holds a small hand-written corpus for the read side: seven articles, several deals per pair, a deal reported
 * over time (announced, then completed; in talks, then withdrawn), rounds with and without series, rivalries,
 * USD and EUR, every amount kind, an undated article and a name outside the Basic Multilingual Plane.
 */
public final class DealCorpus {
  public static final Entity AMAZON = known("Amazon", EntityKind.COMPANY);
  public static final Entity ANTHROPIC = known("Anthropic", EntityKind.COMPANY);
  public static final Entity OPENAI = known("OpenAI", EntityKind.COMPANY);
  public static final Entity GOOGLE = known("Google", EntityKind.COMPANY);
  public static final Entity MICROSOFT = known("Microsoft", EntityKind.COMPANY);
  public static final Entity NVIDIA = known("Nvidia", EntityKind.COMPANY);
  public static final Entity SOFTBANK = known("SoftBank", EntityKind.INVESTOR);
  public static final Entity MISTRAL = known("Mistral AI", EntityKind.COMPANY);
  public static final Entity THRIVE = found("Thrive Capital", EntityKind.INVESTOR);
  public static final Entity PEBBLE = found("Pebble Robotics", EntityKind.COMPANY);
  public static final Entity LUMEN = found("Lumen Ventures", EntityKind.INVESTOR);
  public static final Entity JANE = found("Jane Roe", EntityKind.PERSON);

  /** Ids of the articles, in the order they are listed below. */
  public static final List<String> ARTICLE_IDS =
      List.of("n1-amazon-pledge", "n2-amazon-done", "n3-openai-round", "n4-pebble-series-b", "n5-mistral-backers",
          "n6-follow-ups", "n7-undated-rumour");

  private DealCorpus() {}

  /** Loads the ontology, the gazetteer and every article's graph into {@code store}, in one write. */
  public static void load(Store store) {
    List<CorpusArticle> articles = articles();
    store.write(() -> {
      add(store, Iris.ONTOLOGY_GRAPH, Ontology.standard().model());
      add(store, Iris.GAZETTEER_GRAPH, GazetteerGraph.map(gazetteer()));
      for (CorpusArticle a : articles) {
        add(store, Iris.articleGraph(a.article().id()), ArticleGraph.map(a.article(), a.extraction()));
      }
    });
  }

  private static void add(Store store, String graph, org.apache.jena.rdf.model.Model model) {
    store.dataset().addGraph(NodeFactory.createURI(graph), model.getGraph());
  }

  /** Returns the gazetteer of the known organizations. */
  public static List<Organization> gazetteer() {
    return List.of(
        org("Amazon", EntityKind.COMPANY, "Q3884", List.of("Amazon.com"), List.of("AMZN"), null, List.of("Alexa")),
        org("Amazon Web Services", EntityKind.COMPANY, null, List.of("AWS"), List.of(), "Amazon", List.of()),
        org("Anthropic", EntityKind.COMPANY, null, List.of("Anthropic PBC"), List.of(), null, List.of("Claude")),
        org("OpenAI", EntityKind.COMPANY, null, List.of(), List.of(), null, List.of("ChatGPT")),
        org("Google", EntityKind.COMPANY, "Q95", List.of("Alphabet"), List.of("GOOGL"), null, List.of("Gemini")),
        org("Microsoft", EntityKind.COMPANY, null, List.of(), List.of("MSFT"), null, List.of()),
        org("Nvidia", EntityKind.COMPANY, null, List.of("Nvidia Corp."), List.of("NVDA"), null, List.of()),
        org("SoftBank", EntityKind.INVESTOR, null, List.of("SoftBank Group"), List.of(), null, List.of()),
        org("Mistral AI", EntityKind.COMPANY, null, List.of("Mistral"), List.of(), null, List.of("Le Chat")));
  }

  static List<CorpusArticle> articles() {
    return List.of(
        CorpusArticle.dated(ARTICLE_IDS.get(0), "Amazon pledges up to $4 billion for Anthropic", 2023, 9, 25,
                "Example Wire", "Amazon will put up to $4 billion into Anthropic, starting with $1.25 billion. "
                    + "Anthropic competes with OpenAI for business customers.")
            .mention(AMAZON, "Amazon").mention(ANTHROPIC, "Anthropic").mention(OPENAI, "OpenAI")
            .deal(AMAZON, ANTHROPIC, usd("upTo", "4000000000", "up to $4 billion"), Status.ANNOUNCED,
                "Amazon will put up to $4 billion into Anthropic, starting with $1.25 billion.",
                usd("exact", "1250000000", "$1.25 billion"))
            .rivals(ANTHROPIC, OPENAI, "Anthropic competes with OpenAI for business customers."),
        CorpusArticle.dated(ARTICLE_IDS.get(1), "Amazon tops up its Anthropic stake", 2024, 3, 28, "Example Wire",
                "Amazon has invested $4 billion in Anthropic so far. "
                    + "Google had already put $2 billion into the company in October.")
            .mention(AMAZON, "Amazon").mention(ANTHROPIC, "Anthropic").mention(GOOGLE, "Google")
            .deal(AMAZON, ANTHROPIC, usd("exact", "4000000000", "$4 billion"), Status.COMPLETED,
                "Amazon has invested $4 billion in Anthropic so far.")
            .datedDeal(GOOGLE, ANTHROPIC, usd("exact", "2000000000", "$2 billion"), Status.COMPLETED,
                LocalDate.of(2023, 10, 27), "Google had already put $2 billion into the company in October."),
        CorpusArticle.dated(ARTICLE_IDS.get(2), "OpenAI closes a $6.6 billion round", 2024, 10, 2, "Other Daily",
                "OpenAI closed $6.6 billion led by Thrive Capital, valuing it at $157 billion. "
                    + "Microsoft and Nvidia took part. SoftBank is negotiating a $500 million cheque. "
                    + "OpenAI and Google fight over chat assistants.")
            .mention(OPENAI, "OpenAI").mention(THRIVE, "Thrive Capital").mention(MICROSOFT, "Microsoft")
            .mention(SOFTBANK, "SoftBank")
            .deal(THRIVE, OPENAI, null, Status.COMPLETED,
                "OpenAI closed $6.6 billion led by Thrive Capital, valuing it at $157 billion.")
            .deal(SOFTBANK, OPENAI, usd("exact", "500000000", "$500 million"), Status.IN_TALKS,
                "SoftBank is negotiating a $500 million cheque.")
            .round(OPENAI, null, usd("exact", "6600000000", "$6.6 billion"),
                usd("exact", "157000000000", "$157 billion"), List.of(THRIVE), List.of(MICROSOFT, NVIDIA),
                "OpenAI closed $6.6 billion led by Thrive Capital, valuing it at $157 billion.")
            .rivals(OPENAI, GOOGLE, "OpenAI and Google fight over chat assistants."),
        CorpusArticle.dated(ARTICLE_IDS.get(3), "Pebble Robotics \uD83D\uDE80 lands its Series B", 2024, 5, 1,
                "Other Daily", "Pebble Robotics raised between \u20AC40 million and \u20AC50 million in a series b "
                    + "led by Lumen Ventures. Jane Roe added \u20AC20 million to the Series B. "
                    + "Lumen Ventures put in about \u20AC30 million.")
            .mention(PEBBLE, "Pebble Robotics").mention(LUMEN, "Lumen Ventures").mention(JANE, "Jane Roe")
            .seriesDeal(JANE, PEBBLE, eur(Amount.Kind.EXACT, "20000000", null, "\u20AC20 million"),
                Status.COMPLETED, "Series B", "Jane Roe added \u20AC20 million to the Series B.")
            .seriesDeal(LUMEN, PEBBLE, eur(Amount.Kind.APPROX, "30000000", null, "about \u20AC30 million"),
                Status.ANNOUNCED, "Series B", "Lumen Ventures put in about \u20AC30 million.")
            .round(PEBBLE, "series b", eur(Amount.Kind.RANGE, "40000000", "50000000",
                    "between \u20AC40 million and \u20AC50 million"), null, List.of(LUMEN), List.of(JANE),
                "Pebble Robotics raised between \u20AC40 million and \u20AC50 million in a series b led by Lumen "
                    + "Ventures."),
        CorpusArticle.dated(ARTICLE_IDS.get(4), "Mistral AI draws chip and cloud money", 2025, 2, 10, "Example Wire",
                "Nvidia is said to weigh about \u20AC1 billion for Mistral AI. "
                    + "Microsoft has put at least \u20AC15 million into Mistral AI. "
                    + "Mistral AI takes on OpenAI in Europe.")
            .mention(NVIDIA, "Nvidia").mention(MISTRAL, "Mistral AI").mention(MICROSOFT, "Microsoft")
            .deal(NVIDIA, MISTRAL, eur(Amount.Kind.APPROX, "1000000000", null, "about \u20AC1 billion"),
                Status.RUMORED, "Nvidia is said to weigh about \u20AC1 billion for Mistral AI.")
            .deal(MICROSOFT, MISTRAL, eur(Amount.Kind.AT_LEAST, "15000000", null, "at least \u20AC15 million"),
                Status.COMPLETED, "Microsoft has put at least \u20AC15 million into Mistral AI.")
            .rivals(MISTRAL, OPENAI, "Mistral AI takes on OpenAI in Europe."),
        CorpusArticle.dated(ARTICLE_IDS.get(5), "Follow-ups on Anthropic and OpenAI backers", 2025, 6, 1,
                "Example Wire", "Amazon's pledge of up to $4 billion to Anthropic has been paid in full. "
                    + "SoftBank dropped its planned $500 million cheque for OpenAI.")
            .mention(AMAZON, "Amazon").mention(SOFTBANK, "SoftBank")
            .deal(AMAZON, ANTHROPIC, usd("upTo", "4000000000", "up to $4 billion"), Status.COMPLETED,
                "Amazon's pledge of up to $4 billion to Anthropic has been paid in full.")
            .deal(SOFTBANK, OPENAI, usd("exact", "500000000", "$500 million"), Status.WITHDRAWN,
                "SoftBank dropped its planned $500 million cheque for OpenAI."),
        CorpusArticle.undated(ARTICLE_IDS.get(6), "Google said to eye Mistral AI",
                "Google is rumoured to be looking at a stake in Mistral AI.")
            .mention(GOOGLE, "Google").mention(MISTRAL, "Mistral AI")
            .deal(GOOGLE, MISTRAL, null, Status.RUMORED, "Google is rumoured to be looking at a stake in Mistral AI."));
  }

  private static Amount eur(Amount.Kind kind, String figure, String upper, String text) {
    return new Amount(kind, new BigDecimal(figure), Optional.ofNullable(upper).map(BigDecimal::new), "EUR", text);
  }

  private static Entity known(String name, EntityKind kind) {
    return new Entity(name, kind, Optional.empty(), true);
  }

  private static Entity found(String name, EntityKind kind) {
    return new Entity(name, kind, Optional.empty(), false);
  }

  private static Organization org(String name, EntityKind kind, String wikidata, List<String> aliases,
      List<String> tickers, String parent, List<String> products) {
    return new Organization(name, kind, Optional.ofNullable(wikidata), aliases, tickers, Optional.ofNullable(parent),
        products, Optional.empty(), Optional.of(name.equals("Mistral AI") ? "FR" : "US"), List.of("ailab"));
  }
}
