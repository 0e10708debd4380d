package dev.dealgraph.bench;

import dev.dealgraph.extract.EntityKind;
import dev.dealgraph.extract.Gazetteer;
import dev.dealgraph.extract.Organization;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Supplies the names a generated article is written about: investors and companies drawn half from the gazetteer
 * and half invented from syllables, so that the graph has both linked and unlinked organizations that recur
 * across articles the way real names do.
 */
final class Cast {
  private static final Set<String> INVESTOR_TAGS = Set.of("vc", "growth", "privateequity", "sovereign", "pension",
      "bank", "assetmanager", "hedgefund", "corporatevc", "bigtech", "chipmaker", "conglomerate");
  private static final Set<String> COMPANY_TAGS = Set.of("ailab", "startup", "robotics", "software", "cloud");

  private final List<String> knownInvestors;
  private final List<String> knownCompanies;
  private final List<String> inventedInvestors;
  private final List<String> inventedCompanies;
  private final Phrases phrases;

  private Cast(List<String> knownInvestors, List<String> knownCompanies, Phrases phrases) {
    this.knownInvestors = knownInvestors;
    this.knownCompanies = knownCompanies;
    this.inventedInvestors = invent(phrases, "investor-suffix");
    this.inventedCompanies = invent(phrases, "company-suffix");
    this.phrases = phrases;
  }

  /** Builds the cast from the gazetteer's organizations and the generator's name syllables. */
  static Cast of(Gazetteer gazetteer, Phrases phrases) {
    List<String> investors = new ArrayList<>();
    List<String> companies = new ArrayList<>();
    for (Organization o : gazetteer.organizations()) {
      boolean investor = o.kind() == EntityKind.INVESTOR || o.tags().stream().anyMatch(INVESTOR_TAGS::contains);
      if (investor) {
        investors.add(o.name());
      }
      if (o.kind() == EntityKind.COMPANY && o.tags().stream().anyMatch(COMPANY_TAGS::contains)) {
        companies.add(o.name());
      }
    }
    return new Cast(List.copyOf(investors), List.copyOf(companies), phrases);
  }

  private static List<String> invent(Phrases phrases, String suffixes) {
    List<String> names = new ArrayList<>();
    for (String start : phrases.all("name-start")) {
      for (String end : phrases.all("name-end")) {
        for (String suffix : phrases.all(suffixes)) {
          names.add(start + end + " " + suffix);
        }
      }
    }
    return List.copyOf(names);
  }

  String investor(SplittableRandom random) {
    return random.nextBoolean() ? pick(knownInvestors, random) : pick(inventedInvestors, random);
  }

  String company(SplittableRandom random) {
    return random.nextBoolean() ? pick(knownCompanies, random) : pick(inventedCompanies, random);
  }

  String person(SplittableRandom random) {
    return phrases.pick("first", random) + " " + phrases.pick("last", random);
  }

  /** Returns {@code count} different names drawn by {@code draw}, none of them in {@code taken}. */
  static List<String> distinct(int count, java.util.function.Supplier<String> draw, List<String> taken) {
    List<String> names = new ArrayList<>();
    for (int tries = 0; names.size() < count && tries < count * 20; tries++) {
      String name = draw.get();
      if (!names.contains(name) && !taken.contains(name)) {
        names.add(name);
      }
    }
    return names;
  }

  private static String pick(List<String> names, SplittableRandom random) {
    return names.get(random.nextInt(names.size()));
  }
}
