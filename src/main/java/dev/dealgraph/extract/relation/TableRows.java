package dev.dealgraph.extract.relation;

import dev.dealgraph.extract.Amount;
import dev.dealgraph.extract.Entity;
import dev.dealgraph.extract.EntityKind;
import dev.dealgraph.extract.Status;
import dev.dealgraph.extract.entity.EntityMention;
import dev.dealgraph.extract.lexicon.Lexicons;
import dev.dealgraph.extract.money.Money;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads tables of funding rounds, one round per row under a heading row ("Company | Round | Amount | Lead |
 * Other investors", cells set apart by {@code |} as the article readers write table rows): every lead and investor
 * of a row invests in the row's company, or in the article's company when the table has no company column, and the
 * amount column holds the round's total, never one investor's share.
 */
final class TableRows {
  private static final Reading LISTED = new Reading(Optional.of(Status.COMPLETED), false, Reading.Era.UNKNOWN,
      false);
  /** A cell longer than this is prose, not a name. */
  private static final int NAME_TOKENS = 6;

  private final Map<String, String> columns;

  TableRows(Lexicons lex) {
    this.columns = lex.tables().values("column");
  }

  /** What each column of a table holds ("company", "lead", "investors", "amount"…; "other" when unknown). */
  record Heading(List<String> roles) {
    int column(String role) {
      return roles.indexOf(role);
    }
  }

  /** A cell's tokens, from {@code first} to just before {@code end}. */
  private record Cell(int first, int end) {}

  /**
   * Returns the heading a row opens: at least two known columns, one of them naming leads or investors, since a
   * table without them states no investment.
   */
  Optional<Heading> heading(View v) {
    List<Cell> cells = cells(v);
    if (cells.size() < 2) {
      return Optional.empty();
    }
    List<String> roles = new ArrayList<>();
    int known = 0;
    for (Cell c : cells) {
      String role = role(headingText(v, c));
      known += role.equals("other") ? 0 : 1;
      roles.add(role);
    }
    boolean investors = roles.contains("lead") || roles.contains("investors");
    return known >= 2 && investors ? Optional.of(new Heading(List.copyOf(roles))) : Optional.empty();
  }

  /** Reads a row under {@code heading}; returns false, reading nothing, when the sentence is no row of it. */
  boolean row(View v, int sentence, Heading heading, EntityMention topic, Collected out) {
    List<Cell> cells = cells(v);
    if (cells.size() != heading.roles().size()) {
      return false;
    }
    int companyColumn = heading.column("company");
    EntityMention company = companyColumn >= 0 ? name(v, cells.get(companyColumn), EntityKind.COMPANY) : topic;
    if (company == null || company.entity().isEmpty()) {
      return true;
    }
    List<Entity> leads = new ArrayList<>();
    List<Entity> participants = new ArrayList<>();
    for (int k = 0; k < cells.size(); k++) {
      String role = heading.roles().get(k);
      if (role.equals("lead") || role.equals("investors")) {
        for (EntityMention investor : names(v, cells.get(k))) {
          out.deal(v, sentence, investor, company, Optional.empty(), LISTED);
          (role.equals("lead") ? leads : participants).add(investor.entity().orElseThrow());
        }
      }
    }
    int roundColumn = heading.column("round");
    Optional<String> series = roundColumn < 0 ? Optional.empty()
        : RoundParts.seriesWithin(v, cells.get(roundColumn).first(), cells.get(roundColumn).end());
    out.rounds.add(new Finding.Round(company.entity(), series, amount(v, cells, heading.column("amount")),
        amount(v, cells, heading.column("valuation")), List.copyOf(leads), List.copyOf(participants),
        v.evidence(0.8), sentence));
    return true;
  }

  private static List<Cell> cells(View v) {
    List<Cell> cells = new ArrayList<>();
    int start = 0;
    for (int k = 0; k <= v.size(); k++) {
      if (k == v.size() || v.is(k, "|")) {
        cells.add(new Cell(start, k));
        start = k + 1;
      }
    }
    if (cells.size() < 2) {
      return List.of();
    }
    // "| a | b |" as plain text writes it: the empty cells outside the outer bars are no columns.
    if (cells.get(0).first() == cells.get(0).end()) {
      cells.remove(0);
    }
    Cell last = cells.get(cells.size() - 1);
    if (last.first() == last.end()) {
      cells.remove(cells.size() - 1);
    }
    return cells;
  }

  /**
   * Returns what a column holds: its whole heading's role, else the role of the longest run of its words the
   * lexicon knows ("Other backers mentioned" holds investors); "other" when no words are known.
   */
  private String role(String heading) {
    String[] words = heading.split(" ");
    for (int n = words.length; n > 0; n--) {
      for (int from = 0; from + n <= words.length; from++) {
        String role = columns.get(String.join(" ", java.util.Arrays.copyOfRange(words, from, from + n)));
        if (role != null) {
          return role;
        }
      }
    }
    return "other";
  }

  /** Returns a heading cell's words, lower-cased, without "(s)", "*" and a final colon. */
  private static String headingText(View v, Cell c) {
    StringBuilder text = new StringBuilder();
    for (int k = c.first(); k < c.end(); k++) {
      String low = v.low(k);
      if (low.equals("*") || low.equals(":") || k + 2 < c.end() && low.equals("(") && v.is(k + 1, "s")
          && v.is(k + 2, ")")) {
        k += low.equals("(") ? 2 : 0;
        continue;
      }
      text.append(text.length() > 0 && v.tok(k).spaceBefore() ? " " : "").append(low);
    }
    return text.toString();
  }

  /** Returns the organization a cell names: its first named mention, or the cell itself when it reads as a name. */
  private static EntityMention name(View v, Cell c, EntityKind kind) {
    for (EntityMention m : v.mentions) {
      if (m.first() >= c.first() && m.end() <= c.end() && m.named() && m.form() != EntityMention.Form.PERSON) {
        return m;
      }
    }
    return asName(v, c.first(), c.end(), kind);
  }

  /**
   * Returns every name in a list cell ("Hooli, Globex and Vane Partners"): each named mention, and each stretch
   * between separators that holds none but reads as a name.
   */
  private static List<EntityMention> names(View v, Cell c) {
    List<EntityMention> found = new ArrayList<>();
    int start = c.first();
    int k = c.first();
    while (k <= c.end()) {
      EntityMention m = k < c.end() ? v.mention(k) : null;
      if (m != null && m.named() && m.end() <= c.end()) {
        found.add(m);
        k = m.end();
        start = k;
      } else if (k == c.end() || v.is(k, ",", ";", "and", "/")) {
        EntityMention guess = start < k && v.mention(start) == null ? asName(v, start, k, EntityKind.INVESTOR) : null;
        if (guess != null) {
          found.add(guess);
        }
        start = ++k;
      } else {
        k++;
      }
    }
    return found;
  }

  /** Reads tokens as a name when they are few and capitalised, leaving out a note in brackets: "Vane (lead)". */
  private static EntityMention asName(View v, int first, int end, EntityKind kind) {
    int stop = first;
    while (stop < end && !v.is(stop, "(", "[", "-", "--")) {
      stop++;
    }
    if (stop == first || stop - first > NAME_TOKENS || !Character.isUpperCase(v.tok(first).text().charAt(0))) {
      return null;
    }
    String name = v.sentence.text().substring(v.tok(first).start() - v.sentence.start(),
        v.tok(stop - 1).end() - v.sentence.start());
    Entity e = new Entity(name, kind, Optional.empty(), false);
    return new EntityMention(first, stop, EntityMention.Form.DISCOVERED, List.of(e), false, Optional.empty());
  }

  private static Optional<Amount> amount(View v, List<Cell> cells, int column) {
    if (column < 0) {
      return Optional.empty();
    }
    Cell c = cells.get(column);
    return v.money.stream().filter(m -> m.first() >= c.first() && m.end() <= c.end()).findFirst()
        .flatMap(Money::amount);
  }
}
