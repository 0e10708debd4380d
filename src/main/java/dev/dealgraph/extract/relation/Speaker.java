package dev.dealgraph.extract.relation;

import dev.dealgraph.extract.entity.EntityMention;
import java.util.List;

/**
 * Finds the organization a clause is attributed to at the end of its sentence: "…, Acme said." When investors
 * join a round without naming its company, the company that speaks of them is the one that raised it.
 */
final class Speaker {

  private Speaker() {}

  /**
   * Returns the named company (not a fund, a government or a person) of a closing ", X said" or ", X says" from
   * token {@code from} on, unless it is one of the investors; else null.
   */
  static EntityMention company(View v, int from, List<EntityMention> investors) {
    int last = v.is(v.size() - 1, ".") ? v.size() - 1 : v.size();
    for (int k = last - 1; k >= from; k--) {
      if (v.is(k, ",")) {
        EntityMention m = v.mentionAt(k + 1);
        boolean said = m != null && m.end() == last - 1 && v.is(m.end(), "said", "says", "announced");
        boolean company = said && m.entity().map(e -> e.kind() == dev.dealgraph.extract.EntityKind.COMPANY)
            .orElse(false);
        if (!company || !m.named()) {
          // A fund or a government speaking of the round ("…, Orbit Capital said") need not be its company.
          return null;
        }
        EntityMention speaker = m;
        return investors.stream().anyMatch(i -> i.entity().equals(speaker.entity())) ? null : speaker;
      }
    }
    return null;
  }
}
