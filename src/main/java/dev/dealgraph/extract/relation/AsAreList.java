package dev.dealgraph.extract.relation;

import dev.dealgraph.extract.Entity;
import dev.dealgraph.extract.entity.EntityMention;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the names a comparative ellipsis adds to the clause's investor: "Orrin is also participating, as are Halcyon
 * and Brantley", "Orrin backed it too, as did Halcyon". Each name invests where the clause's subject does, without its
 * sum.
 */
final class AsAreList {

  /** The auxiliaries that stand for the clause's verb after "as". */
  private static final Set<String> STAND_INS = Set.of("are", "is", "were", "was", "did", "do", "does", "have", "has");

  private AsAreList() {}

  /** Adds, for each name after ", as are" that closes the sentence, the deals this sentence gave its subject. */
  static void find(View v, int sentence, Collected out, int dealsFrom, int implicitFrom) {
    for (int a = 1; a + 2 < v.size(); a++) {
      if (!v.is(a - 1, ",") || !v.is(a, "as") || !STAND_INS.contains(v.low(a + 1)) || !member(v.mentionAt(a + 2))) {
        continue;
      }
      List<EntityMention> members = NounPhrases.list(v, a + 2);
      int after = members.get(members.size() - 1).end();
      Optional<Entity> subject = subject(v, a);
      if (after < v.size() && !v.is(after, ".", ";") || subject.isEmpty()) {
        // "Hooli backed Acme, as did Globex in Initech" gives the stand-in an object of its own.
        continue;
      }
      copy(out.deals, dealsFrom, sentence, subject.get(), members);
      copy(out.implicit, implicitFrom, sentence, subject.get(), members);
    }
  }

  /** Returns the first name of the clause that ends at {@code as}: the subject the ellipsis repeats. */
  private static Optional<Entity> subject(View v, int as) {
    int start = 0;
    for (int k = as - 1; k > 0; k--) {
      if (v.is(k, ";")) {
        start = k + 1;
        break;
      }
    }
    for (EntityMention m : v.mentions) {
      if (m.first() >= start && m.first() < as) {
        return named(m) && !m.possessive() ? m.entity() : Optional.empty();
      }
    }
    return Optional.empty();
  }

  private static void copy(List<Finding.Deal> deals, int from, int sentence, Entity subject,
      List<EntityMention> members) {
    int size = deals.size();
    for (int d = from; d < size; d++) {
      Finding.Deal deal = deals.get(d);
      if (deal.sentence() != sentence || !deal.investor().get(0).name().equals(subject.name())) {
        continue;
      }
      for (EntityMention m : members) {
        if (member(m) && deal.investee().stream().noneMatch(e -> e.name().equals(m.entity().get().name()))) {
          deals.add(new Finding.Deal(List.of(m.entity().get()), deal.investee(), Optional.empty(), deal.reading(),
              deal.evidence(), sentence, deal.headline()));
        }
      }
    }
  }

  /** Returns true for a name, or for a capitalised name the gazetteer does not know: the ellipsis lists firms. */
  private static boolean member(EntityMention m) {
    return named(m) || m != null && m.form() == EntityMention.Form.CANDIDATE && m.entity().isPresent();
  }

  private static boolean named(EntityMention m) {
    return m != null && m.named() && m.entity().isPresent();
  }
}
