package dev.dealgraph.extract.relation;

import dev.dealgraph.extract.Entity;
import dev.dealgraph.extract.EntityKind;
import dev.dealgraph.extract.entity.EntityMention;
import dev.dealgraph.extract.money.Money;
import dev.dealgraph.extract.text.PhraseIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the money a company starts out with as its first round: "Acme launched with more than $1 billion in
 * committed capital, led by X and Y", "Acme emerged from stealth with $40 million from X".
 */
final class Launch {

  private Launch() {}

  /** How many words of time may stand between the launch verb and its "with": "launched earlier this year with". */
  private static final int TIME = 4;

  /** Adds the launch rounds of a sentence, with the investments of their leads, participants and sources. */
  static void find(View v, int sentence, Collected out) {
    for (PhraseIndex.Match<String> cue : v.cues) {
      if (cue.value().equals("trigger:launch")) {
        read(v, sentence, cue, out);
      }
    }
    for (int k = 2; k < v.size(); k++) {
      int verb = v.is(k, "with") ? timeBefore(v, k) : k;
      if (verb < k) {
        // "Acme launched last year with $1 billion, led by X": a time between the verb and its "with".
        read(v, sentence, new PhraseIndex.Match<>(verb, k + 1, "trigger:launch"), out);
      }
    }
  }

  /**
   * Returns where a launch verb starts before the words of time that end at {@code with} ("launched last year"),
   * or {@code with} itself when no time words or no launch verb stand there.
   */
  private static int timeBefore(View v, int with) {
    int j = with - 1;
    while (j > 0 && with - j <= TIME && (v.words.adverbs.contains(v.low(j)) || v.is(j, "in", "of")
        || v.words.timeWords.contains(v.low(j))
        || v.tok(j).type() == dev.dealgraph.extract.text.Token.Type.NUMBER)) {
      j--;
    }
    if (j == with - 1) {
      return with;
    }
    for (String phrase : v.words.launchVerbs) {
      int n = phrase.split(" ").length;
      if (j - n + 1 >= 0 && phrase.equals(String.join(" ", java.util.stream.IntStream.rangeClosed(j - n + 1, j)
          .mapToObj(v::low).toList()))) {
        return j - n + 1;
      }
    }
    return with;
  }

  private static void read(View v, int sentence, PhraseIndex.Match<String> cue, Collected out) {
    int at = v.is(cue.end(), "a", "an") ? cue.end() + 1 : cue.end();
    Money money = v.money(at);
    List<EntityMention> subject = Slots.subject(v, cue.first());
    if (money == null || subject.size() != 1
        || subject.get(0).entity().map(e -> e.kind() == EntityKind.PERSON).orElse(true)) {
      return;
    }
    RoundAgents agents = RoundAgents.read(v, money.end(), money.end() + 4);
    Reading reading = OpeningList.joined(StatusReader.read(v, InvestmentFinder.from(v, subject, cue.first()),
        cue.first(), cue.end(), agents.end() + 1, null, -1));
    if (reading.denied()) {
      return;
    }
    EntityMention company = subject.get(0);
    out.rounds.add(new Finding.Round(company.entity(), Optional.empty(), money.amount(), Optional.empty(),
        entities(agents.leads()), entities(agents.participants()), v.evidence(0.8), sentence));
    List<EntityMention> investors = new ArrayList<>(agents.leads());
    investors.addAll(agents.participants());
    investors.addAll(agents.from());
    for (EntityMention investor : investors) {
      Optional<dev.dealgraph.extract.Amount> own = investors.size() == 1 && !agents.shared() ? money.amount()
          : Optional.empty();
      out.deal(v, sentence, investor, company, own, reading);
    }
  }

  private static List<Entity> entities(List<EntityMention> mentions) {
    return mentions.stream().flatMap(m -> m.entity().stream()).toList();
  }
}
