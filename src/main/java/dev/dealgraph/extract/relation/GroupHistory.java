package dev.dealgraph.extract.relation;

import dev.dealgraph.extract.Entity;
import dev.dealgraph.extract.EntityKind;
import dev.dealgraph.extract.entity.EntityMention;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds what "the two companies" or "both" may stand for when the sentence before names no pair outright: the
 * organization an opening possessive introduces ("Its rival Zorbit raised …"), the two a rivalry of that sentence
 * joined ("… within reach of its closest rival, the maker of Nimbus"), or the last two organizations that were the
 * subjects of sentences ("Quanta AI builds … Its founder … Initech sells … The two companies are rivals").
 */
final class GroupHistory {

  /** How many organization subjects of sentences are kept. */
  private static final int KEPT = 4;
  /** How many sentences back the rivals of a race joined later are looked for. */
  private static final int MARKS = 2;

  private GroupHistory() {
  }

  /**
   * Returns the named organization an opening possessive introduces: "Its rival Zorbit", "Globex's American rival
   * Hooli"; null when the sentence opens otherwise.
   */
  static EntityMention possessedOpening(View v) {
    EntityMention owner = v.mentionAt(0);
    if (owner == null || !owner.possessive()) {
      return null;
    }
    for (int k = owner.end(); k < Math.min(v.size(), owner.end() + 4); k++) {
      EntityMention m = v.mentionAt(k);
      if (m != null) {
        return organization(m) && k > owner.end() ? m : null;
      }
      if (v.tok(k).type() != dev.dealgraph.extract.text.Token.Type.WORD || v.words.prepositions.contains(v.low(k))) {
        // "Its integrations with Hooli …" names a partner in a phrase, not a company the possessive introduces.
        return null;
      }
    }
    return null;
  }

  /**
   * Records the sentence's organization subject and returns the group its rivalries or the recent subjects make,
   * for a sentence whose own names make none.
   */
  static List<EntityMention> fallback(View v, Collected out) {
    List<EntityMention> stated = statedPair(out);
    out.rivalCircle = circle(out);
    List<Integer> marks = new ArrayList<>(out.rivalMarks);
    marks.add(out.rivalsGrouped);
    out.rivalMarks = List.copyOf(marks.subList(Math.max(0, marks.size() - MARKS), marks.size()));
    out.rivalsGrouped = out.rivals.size();
    remember(v, out);
    if (!stated.isEmpty()) {
      return stated;
    }
    List<EntityMention> recent = out.groupSubjects;
    return recent.size() < 2 ? List.of() : List.copyOf(recent.subList(recent.size() - 2, recent.size()));
  }

  /** Returns the organizations the rivalries of the last sentences before this one joined, in order. */
  static List<Entity> recentRivals(Collected out) {
    List<Entity> found = new ArrayList<>();
    int from = out.rivalMarks.isEmpty() ? out.rivalsGrouped : out.rivalMarks.get(0);
    for (Finding.Rivals r : out.rivals.subList(Math.min(from, out.rivalsGrouped), out.rivalsGrouped)) {
      for (Entity e : List.of(r.a(), r.b())) {
        if (!found.contains(e)) {
          found.add(e);
        }
      }
    }
    return found;
  }

  /** Returns the three or more organizations the current sentence's rivalries joined, or none. */
  private static List<EntityMention> circle(Collected out) {
    List<Entity> found = new ArrayList<>();
    for (Finding.Rivals r : out.rivals.subList(Math.min(out.rivalsGrouped, out.rivals.size()), out.rivals.size())) {
      for (Entity e : List.of(r.a(), r.b())) {
        if (!found.contains(e)) {
          found.add(e);
        }
      }
    }
    return found.size() < 3 ? List.of() : found.stream().map(GroupHistory::stand).toList();
  }

  /** Returns the one pair of rivals the current sentence has stated so far, or none when it stated no or several. */
  static List<EntityMention> statedPair(Collected out) {
    List<Finding.Rivals> added = out.rivals.subList(Math.min(out.rivalsGrouped, out.rivals.size()),
        out.rivals.size());
    if (added.isEmpty() || !added.stream().allMatch(r -> samePair(r, added.get(0)))) {
      return List.of();
    }
    return List.of(stand(added.get(0).a()), stand(added.get(0).b()));
  }

  /**
   * Returns the last {@code size} organizations that were subjects of sentences, none of them only a backer, when "the
   * three" or "all four" finds fewer companies named together just before or only backers: the sections of a
   * comparison ("Initech: … Hooli: … Quanta AI: … All three sell to banks") each open with their company, and a list
   * of backers ("raised money from Globex, Hooli and Initech. The three are rivals") is no group of rivals;
   * otherwise returns {@code group}.
   */
  static List<EntityMention> ofSize(List<EntityMention> group, int size, Collected out) {
    // "Its sovereign fund Initech Capital led it": a backer that was a subject is no member of the peers.
    List<EntityMention> recent = out.groupSubjects.stream().filter(m -> !backer(m.entity().get(), out)).toList();
    boolean backers = !group.isEmpty() && group.stream().allMatch(m -> backer(m.entity().get(), out));
    if (size < 3 || group.size() >= size && !backers || recent.size() < size) {
      return group;
    }
    return List.copyOf(recent.subList(recent.size() - size, recent.size()));
  }

  /** Returns true when the article so far made {@code e} an investor in a deal or a round and never a receiver. */
  static boolean backer(Entity e, Collected out) {
    return !out.received(e) && (out.deals.stream().anyMatch(d -> d.investor().contains(e))
        || out.rounds.stream().anyMatch(r -> r.leads().contains(e) || r.participants().contains(e)));
  }

  /** Keeps the organization that is the subject of the sentence, last of the kept ones. */
  private static void remember(View v, Collected out) {
    int open = RivalDiscourse.openerEnd(v);
    EntityMention possessed = possessedOpening(v);
    Optional<EntityMention> subject = possessed != null ? Optional.of(possessed) : v.mentions.stream()
        .filter(m -> m.first() > open && m.entity().isPresent() && !Slots.objectOfPreposition(v, m))
        .findFirst();
    if (subject.isEmpty() || subject.get().form() == EntityMention.Form.CANDIDATE
        || subject.get().entity().get().kind() == EntityKind.PERSON) {
      return;
    }
    Entity e = subject.get().entity().get();
    List<EntityMention> kept = new ArrayList<>(out.groupSubjects);
    kept.removeIf(m -> m.entity().get().equals(e));
    kept.add(stand(e));
    out.groupSubjects = List.copyOf(kept.subList(Math.max(0, kept.size() - KEPT), kept.size()));
  }

  private static boolean samePair(Finding.Rivals r, Finding.Rivals s) {
    return r.a().equals(s.a()) && r.b().equals(s.b()) || r.a().equals(s.b()) && r.b().equals(s.a());
  }

  /** Returns a mention that stands for an organization named in an earlier sentence. */
  private static EntityMention stand(Entity e) {
    return new EntityMention(0, 0, EntityMention.Form.NAME, List.of(e), false, Optional.empty());
  }

  private static boolean organization(EntityMention m) {
    return m.named() && m.form() != EntityMention.Form.PERSON && m.entity().isPresent();
  }
}
