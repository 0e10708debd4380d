package dev.dealgraph.extract.relation;

import dev.dealgraph.extract.Entity;
import dev.dealgraph.extract.entity.EntityMention;
import dev.dealgraph.extract.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Gives a rivalry noun in a sentence of a deal to the company the deal is about: in "Globex leads the start-up's new
 * round as competition with A and B heats up" the competition is the start-up's, not its backer's.
 */
final class RivalBackers {

  /** Words that open an adjunct a rivalry noun may lead: "as competition … heats up", "amid competition from". */
  private static final java.util.Set<String> ADJUNCT = java.util.Set.of("as", "amid", "amidst", "despite", "while",
      "with", "given");
  /** How many describing words may stand between the adjunct's opening word and the noun ("amid fierce new"). */
  private static final int DESCRIBING = 3;

  private RivalBackers() {}

  /**
   * Returns the companies that receive the money of this sentence's deals and rounds when the noun at {@code noun}
   * opens an adjunct ("as competition … heats up", "amid growing competition from A") and every member of
   * {@code subject} backs one of them in the sentence; otherwise returns {@code subject}: "Globex, which faces
   * competition from A, led …" and "through its stake in B, Globex finds itself in competition with A" state the
   * backer's own rivalry.
   */
  static List<EntityMention> receivers(View v, int noun, List<EntityMention> subject, Collected out) {
    int k = noun - 1;
    while (k > 0 && noun - k <= DESCRIBING && v.tok(k).type() == Token.Type.WORD && !v.tok(k).capitalised()
        && v.mention(k) == null && !ADJUNCT.contains(v.low(k))) {
      k--;
    }
    if (v.relative[noun] || !ADJUNCT.contains(v.low(k))) {
      return subject;
    }
    List<Entity> receivers = new ArrayList<>();
    for (EntityMention m : subject) {
      Entity e = m.entity().orElse(null);
      List<Entity> backed = e == null ? List.of() : backed(v, e, out);
      if (backed.isEmpty()) {
        return subject;
      }
      backed.stream().filter(b -> !receivers.contains(b)).forEach(receivers::add);
    }
    return receivers.stream().map(e -> new EntityMention(0, 0, EntityMention.Form.NAME, List.of(e), false,
        Optional.<Entity>empty())).toList();
  }

  /**
   * Returns the company the article's subject {@code topic} backs when it has only backed others so far (its first
   * deal's receiver), or {@code topic} itself.
   */
  static EntityMention backed(EntityMention topic, Collected out) {
    Entity e = topic.entity().orElse(null);
    if (e == null || !GroupHistory.backer(e, out)) {
      return topic;
    }
    for (Finding.Deal d : out.deals) {
      if (d.investor().contains(e) && !d.investee().isEmpty()) {
        return new EntityMention(0, 0, EntityMention.Form.NAME, List.of(d.investee().get(0)), false,
            Optional.<Entity>empty());
      }
    }
    return topic;
  }

  /** Returns the companies {@code e} backs in a deal or round this sentence states. */
  private static List<Entity> backed(View v, Entity e, Collected out) {
    List<Entity> found = new ArrayList<>();
    for (Finding.Deal d : out.deals) {
      if (d.evidence().start() == v.sentence.start() && d.investor().contains(e) && !d.investee().isEmpty()) {
        found.add(d.investee().get(0));
      }
    }
    for (Finding.Round r : out.rounds) {
      if (r.evidence().start() == v.sentence.start() && r.investee().isPresent()
          && (r.leads().contains(e) || r.participants().contains(e))) {
        found.add(r.investee().get());
      }
    }
    return found;
  }
}
