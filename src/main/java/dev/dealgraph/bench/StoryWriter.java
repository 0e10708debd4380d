package dev.dealgraph.bench;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.UnaryOperator;

/**
 * Writes one article about a deal: a headline and lead in the deal's status, round details, a quote, rivals, sums
 * that are not investments, sometimes a second deal, and background paragraphs until the article reaches its drawn
 * length of 300 to 1200 words.
 */
final class StoryWriter {
  private static final String[] STATUSES = {"completed", "announced", "rumored", "inTalks", "withdrawn"};
  private static final int[] STATUS_WEIGHTS = {35, 30, 12, 15, 8};
  private static final long FIRST_DAY = LocalDate.of(2019, 1, 1).toEpochDay();
  private static final long LAST_DAY = LocalDate.of(2026, 6, 30).toEpochDay();
  private static final int[] OFFSET_HOURS = {0, 0, 1, 2, -4, -5, -7, 8, 9};

  private final Phrases phrases;
  private final Cast cast;

  StoryWriter(Phrases phrases, Cast cast) {
    this.phrases = phrases;
    this.cast = cast;
  }

  /** Writes the article numbered {@code serial}; the same random state gives the same article. */
  Story write(SplittableRandom random, long serial) {
    String status = weighted(random);
    Map<String, String> slots = slots(random);
    UnaryOperator<String> fill = slotsFor(slots, random);
    int target = 300 + random.nextInt(901);
    Body body = new Body();
    String dateline = random.nextInt(3) == 0 ? Phrases.fill(phrases.pick("dateline", random), fill) + " " : "";
    body.paragraph(dateline + sentence("lead." + status, fill, random) + " " + sentence("support", fill, random));
    body.paragraph(sentences("support", 2, fill, random));
    body.paragraph(sentence("quote", fill, random));
    Deque<String> extras = extras(fill, random);
    Deque<String> subheads = new ArrayDeque<>(shuffled(phrases.all("subhead"), random));
    boolean withSubheads = random.nextInt(3) == 0;
    List<String> noise = new ArrayList<>(phrases.all("noise"));
    int next = 0;
    for (int block = 0; body.words < target; block++) {
      if (withSubheads && block % 3 == 1 && !subheads.isEmpty()) {
        body.heading(subheads.pop());
      }
      if (block % 2 == 1 && !extras.isEmpty()) {
        body.paragraph(extras.pop());
        continue;
      }
      StringBuilder p = new StringBuilder();
      for (int k = 3 + random.nextInt(4); k > 0; k--, next++) {
        if (next % noise.size() == 0) {
          noise = shuffled(noise, random); // every background sentence is used once before any repeats
        }
        p.append(p.length() == 0 ? "" : " ").append(Phrases.fill(noise.get(next % noise.size()), fill));
      }
      body.paragraph(p.toString());
    }
    String[] publication = phrases.pick("publication", random).split("\\|");
    Optional<OffsetDateTime> published = random.nextInt(12) == 0 ? Optional.empty() : Optional.of(when(random));
    String date = published.map(p -> p.toLocalDate().toString().replace('-', '/') + "/").orElse("");
    String url = "https://" + publication[1] + ".example/" + date + slug(slots.get("investee")) + "-" + serial;
    List<String> related = List.of(sentence("related", fill, random), sentence("related", fill, random));
    List<String> comments = new ArrayList<>();
    for (int k = random.nextInt(4); k > 0; k--) {
      comments.add(sentence("comment", fill, random));
    }
    return new Story(sentence("title." + status, fill, random), sentence("support", fill, random),
        body.blocks, published, publication[0], publication[1] + ".example", cast.person(random), url, related,
        comments);
  }

  /** Returns the paragraphs besides background, in random order: rivals, sums that are not deals, other deals. */
  private Deque<String> extras(UnaryOperator<String> fill, SplittableRandom random) {
    List<String> extras = new ArrayList<>();
    if (random.nextInt(5) > 0) {
      extras.add(sentences("rivals", 1 + random.nextInt(2), fill, random));
    }
    if (random.nextInt(5) < 3) {
      extras.add(sentence("distractor", fill, random));
    }
    for (int deals = random.nextInt(100) < 35 ? 1 + random.nextInt(2) : 0; deals > 0; deals--) {
      UnaryOperator<String> other = slotsFor(slots(random), random);
      extras.add(sentence("lead." + weighted(random), other, random) + " " + sentence("support", other, random));
    }
    return new ArrayDeque<>(shuffled(extras, random));
  }

  /** Resolves slot names: the article's own values, fresh numbers for {number} and {percent}. */
  private static UnaryOperator<String> slotsFor(Map<String, String> slots, SplittableRandom random) {
    return name -> switch (name) {
      case "number" -> Integer.toString(20 + random.nextInt(900));
      case "percent" -> Integer.toString(5 + random.nextInt(60));
      default -> slots.getOrDefault(name, name);
    };
  }

  private Map<String, String> slots(SplittableRandom random) {
    Map<String, String> s = new HashMap<>();
    String investee = cast.company(random);
    List<String> investors = Cast.distinct(6, () -> cast.investor(random), List.of(investee));
    List<String> rivals = Cast.distinct(2, () -> cast.company(random), List.of(investee));
    s.put("investee", investee);
    for (int k = 0; k < 3; k++) {
      s.put(k == 0 ? "investor" : "investor" + (k + 1), investors.get(k % investors.size()));
    }
    s.put("investors", list(investors.subList(Math.min(3, investors.size()), investors.size())));
    s.put("rival", rivals.get(0));
    s.put("rival2", rivals.get(rivals.size() - 1));
    s.put("round", phrases.pick("round", random));
    s.put("amount", Amounts.deal(s.get("round"), random));
    s.put("money", Amounts.money(random));
    s.put("money2", Amounts.money(random));
    s.put("valuation", Amounts.money(Math.pow(10, 8 + 2.5 * random.nextDouble()), random));
    s.put("city", phrases.pick("city", random));
    s.put("CITY", s.get("city").toUpperCase(Locale.ROOT));
    int year = 2019 + random.nextInt(8);
    s.put("year", Integer.toString(year));
    s.put("earlier", Integer.toString(year - 1 - random.nextInt(6)));
    s.put("month", java.time.Month.of(1 + random.nextInt(12)).getDisplayName(TextStyle.FULL, Locale.ENGLISH));
    s.put("day", Integer.toString(1 + random.nextInt(28)));
    s.put("weekday", java.time.DayOfWeek.of(1 + random.nextInt(5)).getDisplayName(TextStyle.FULL, Locale.ENGLISH));
    s.put("person", cast.person(random));
    s.put("person2", cast.person(random));
    s.put("role", phrases.pick("role", random));
    s.put("product", phrases.pick("product", random));
    s.put("sector", phrases.pick("sector", random));
    s.put("publication", phrases.pick("publication", random).split("\\|")[0]);
    s.put("desc", Phrases.fill(phrases.pick("desc", random), slotsFor(s, random)));
    return s;
  }

  private String sentence(String section, UnaryOperator<String> fill, SplittableRandom random) {
    return Phrases.fill(phrases.pick(section, random), fill);
  }

  private String sentences(String section, int count, UnaryOperator<String> fill, SplittableRandom random) {
    StringBuilder out = new StringBuilder();
    for (int k = 0; k < count; k++) {
      out.append(k == 0 ? "" : " ").append(sentence(section, fill, random));
    }
    return out.toString();
  }

  private static String weighted(SplittableRandom random) {
    int roll = random.nextInt(100);
    for (int k = 0; k < STATUSES.length; k++) {
      roll -= STATUS_WEIGHTS[k];
      if (roll < 0) {
        return STATUSES[k];
      }
    }
    return STATUSES[0];
  }

  private static OffsetDateTime when(SplittableRandom random) {
    LocalDate day = LocalDate.ofEpochDay(FIRST_DAY + random.nextLong(LAST_DAY - FIRST_DAY + 1));
    ZoneOffset offset = ZoneOffset.ofHours(OFFSET_HOURS[random.nextInt(OFFSET_HOURS.length)]);
    return day.atTime(6 + random.nextInt(14), random.nextInt(60)).atOffset(offset);
  }

  private static String list(List<String> names) {
    if (names.size() <= 1) {
      return names.isEmpty() ? "other investors" : names.get(0);
    }
    return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
  }

  private static String slug(String name) {
    return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
  }

  private static <T> List<T> shuffled(List<T> items, SplittableRandom random) {
    List<T> copy = new ArrayList<>(items);
    for (int i = copy.size() - 1; i > 0; i--) {
      Collections.swap(copy, i, random.nextInt(i + 1));
    }
    return copy;
  }

  /** Collects the body's blocks and counts their words. */
  private static final class Body {
    final List<Story.Block> blocks = new ArrayList<>();
    int words;

    void paragraph(String text) {
      blocks.add(new Story.Block(false, text));
      words += 1 + (int) text.chars().filter(c -> c == ' ').count();
    }

    void heading(String text) {
      blocks.add(new Story.Block(true, text));
    }
  }
}
