package dev.dealgraph.extract.relation;

import dev.dealgraph.extract.entity.EntityMention;
import dev.dealgraph.extract.money.Money;
import java.util.List;

/**
 * Finds the part of a round each source put in: "raised $1 billion, including $300 million from X", "with $300
 * million coming from X", "received $300 million from X and $100 million from Z".
 */
final class SourcedSums {

  private SourcedSums() {}

  /** Adds a deal for every sum the sentence gives to one named source beside a total or another sourced sum. */
  static void find(View v, int sentence, Collected out) {
    for (int n = 0; n < v.money.size(); n++) {
      Money m = v.money.get(n);
      EntityMention source = source(v, m);
      if (source == null || m.vague() || !m.role().investable()) {
        continue;
      }
      boolean part = n > 0 || v.is(m.first() - 1, "including", "includes", "included", "with");
      boolean paired = n + 1 < v.money.size() && source(v, v.money.get(n + 1)) != null
          || n > 0 && source(v, v.money.get(n - 1)) != null;
      if (!part && !paired) {
        // "raised $1 billion from X": the receiving verb's own frame reads a lone source.
        continue;
      }
      Reading reading = StatusReader.read(v, 0, m.first(), m.end(), StatusReader.after(v, source.end()), null, -1);
      List<EntityMention> subject = Slots.mainSubject(v, -1);
      if (subject.size() == 1 && subject.get(0) != source && subject.get(0).first() < m.first()) {
        out.deal(v, sentence, source, subject.get(0), m.amount(), reading);
      } else {
        out.implicitDeal(v, sentence, source, m.amount(), reading);
      }
    }
  }

  /** Returns the one source named right after a sum ("$N from X", "$N coming from X"), or null. */
  private static EntityMention source(View v, Money m) {
    int k = m.end();
    if (v.is(k, "coming", "came", "comes", "provided", "contributed", "put")) {
      k++;
    }
    if (!v.is(k, "from", "by")) {
      return null;
    }
    EntityMention first = v.mentionAt(k + 1);
    if (first == null || first.form() == EntityMention.Form.PRONOUN || first.possessive()) {
      return null;
    }
    List<EntityMention> sources = NounPhrases.list(v, first.first());
    int after = sources.get(sources.size() - 1).end();
    // "$300 million from X and Y" is shared; "… from X and $100 million from Z" is X's alone.
    return sources.size() == 1 && !(v.is(after, "and") && v.money(after + 1) == null) ? first : null;
  }
}
