package dev.dealgraph.extract.relation;

import dev.dealgraph.extract.entity.EntityMention;
import dev.dealgraph.extract.text.PhraseIndex;
import java.util.List;

/**
 * Reads a denial of a report told in the sentences before: "A report said X would invest $1bn in Y. X denied the
 * report." The party that denies it, investor or investee, takes back every deal of its own reported shortly
 * before; the denial of a completed deal is left to the reader, so only reported and discussed deals go.
 */
final class ReportDenial {

  /** How many sentences back a denied report may have been told. */
  private static final int REACH = 3;

  private ReportDenial() {}

  /** Marks the deals the sentence's subject denies, if the sentence denies a report it does not restate. */
  static void find(View v, int sentence, Collected out) {
    for (PhraseIndex.Match<String> cue : v.cues) {
      if (!cue.value().equals("status:denial") && !cue.value().equals("status:denial-after")) {
        continue;
      }
      boolean report = false;
      for (int k = Math.max(0, cue.first() - 4); k < Math.min(v.size(), cue.end() + 4); k++) {
        report |= v.is(k, "report", "reports", "claims", "story", "speculation", "rumours", "rumors", "it");
      }
      List<EntityMention> subject = Slots.subject(v, cue.first());
      if (!report || subject.isEmpty() || v.cues.stream().anyMatch(c -> c.value().startsWith("trigger:"))) {
        continue;
      }
      for (EntityMention party : subject) {
        party.entity().ifPresent(e -> out.denyReported(e, sentence, REACH));
      }
    }
  }
}
