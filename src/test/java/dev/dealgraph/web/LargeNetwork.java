package dev.dealgraph.web;

import static dev.dealgraph.graph.Fixtures.article;
import static dev.dealgraph.graph.Fixtures.discovered;
import static dev.dealgraph.graph.Fixtures.evidence;

import dev.dealgraph.extract.Amount;
import dev.dealgraph.extract.Competition;
import dev.dealgraph.extract.Entity;
import dev.dealgraph.extract.EntityKind;
import dev.dealgraph.extract.Extraction;
import dev.dealgraph.extract.Investment;
import dev.dealgraph.extract.Status;
import dev.dealgraph.ingest.Article;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * Builds a made-up network of about 300 organizations (companies with one to four backers each, investors
 * favoured by how many deals they already made, a few rivalries), one article per company, from a fixed seed.
 */
final class LargeNetwork {
  private static final String[] STEMS = {"Astra", "Bolt", "Cinder", "Dune", "Ember", "Flux", "Glade", "Helix",
      "Iris", "Juno", "Kite", "Lumen", "Mira", "Nova", "Onyx", "Pico", "Quill", "Rune", "Sable", "Tidal", "Umber",
      "Vela", "Wren", "Xeno", "Yarrow", "Zephyr"};
  private static final String[] COMPANY = {"AI", "Labs", "Robotics", "Systems", "Compute", "Vision", "Bio", "Data"};
  private static final String[] INVESTOR = {"Capital", "Ventures", "Partners", "Fund"};
  private static final Status[] STATUSES = {Status.RUMORED, Status.IN_TALKS, Status.ANNOUNCED, Status.COMPLETED,
      Status.COMPLETED, Status.COMPLETED, Status.WITHDRAWN};

  private LargeNetwork() {}

  /** Returns the articles and extractions of {@code companies} companies and {@code investors} investors. */
  static Map<Article, Extraction> articles(int companies, int investors, long seed) {
    Random random = new Random(seed);
    List<Entity> backers = names(investors, INVESTOR, EntityKind.INVESTOR, 7);
    List<Entity> startups = names(companies, COMPANY, EntityKind.COMPANY, 3);
    int[] deals = new int[investors];
    Map<Article, Extraction> corpus = new LinkedHashMap<>();
    for (int c = 0; c < companies; c++) {
      Entity company = startups.get(c);
      List<String> sentences = new ArrayList<>();
      List<Entity> chosen = new ArrayList<>();
      for (int n = 1 + random.nextInt(4); chosen.size() < n; ) {
        Entity backer = backers.get(popular(random, deals));
        if (!chosen.contains(backer)) {
          chosen.add(backer);
          deals[backers.indexOf(backer)]++;
          sentences.add(backer.name() + " invested " + millions(random) + " million dollars in " + company.name() + ".");
        }
      }
      Optional<Entity> rival = c > 10 && random.nextInt(6) == 0 ? Optional.of(startups.get(random.nextInt(c))) : Optional.empty();
      rival.ifPresent(r -> sentences.add(company.name() + " competes with " + r.name() + "."));
      LocalDate published = LocalDate.of(2023, 1, 1).plusDays(random.nextInt(1000));
      Article a = article(String.format("large-%03d", c), company.name() + " raises money", published,
          "Example Wire", String.join(" ", sentences));
      List<Investment> investments = new ArrayList<>();
      for (int i = 0; i < chosen.size(); i++) {
        String sentence = sentences.get(i);
        BigDecimal figure = new BigDecimal(sentence.replaceAll("^.* invested (\\d+) million.*$", "$1")).movePointRight(6);
        investments.add(new Investment(chosen.get(i), company,
            Optional.of(Amount.exact(figure, "USD", "$" + figure.movePointLeft(6) + " million")),
            STATUSES[random.nextInt(STATUSES.length)], Optional.of(published), Optional.empty(), List.of(),
            evidence(a, sentence, 0.8)));
      }
      List<Competition> rivalries = rival.map(r -> List.of(new Competition(company, r,
          evidence(a, sentences.get(sentences.size() - 1), 0.7)))).orElse(List.of());
      corpus.put(a, new Extraction(List.of(), investments, List.of(), rivalries));
    }
    return corpus;
  }

  private static int popular(Random random, int[] deals) {
    int total = 0;
    for (int d : deals) {
      total += d + 1;
    }
    int pick = random.nextInt(total);
    for (int i = 0; i < deals.length; i++) {
      pick -= deals[i] + 1;
      if (pick < 0) {
        return i;
      }
    }
    return deals.length - 1;
  }

  private static int millions(Random random) {
    return (int) Math.round(Math.pow(10, 1 + random.nextDouble() * 3.5));
  }

  private static List<Entity> names(int count, String[] suffixes, EntityKind kind, int offset) {
    List<Entity> entities = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String stem = STEMS[(i * offset) % STEMS.length] + (i / STEMS.length > 0 ? STEMS[(i / STEMS.length) % STEMS.length].toLowerCase() : "");
      entities.add(discovered(stem + " " + suffixes[i % suffixes.length], kind));
    }
    return entities;
  }
}
