package dev.dealgraph.extract.relation;

import dev.dealgraph.extract.Entity;
import dev.dealgraph.extract.entity.EntityMention;
import dev.dealgraph.extract.text.Token;
import java.util.Optional;

/**
 * Takes back the deals and rounds whose party a sentence names only inside a person's title: in "Brevik, set up by
 * former Globex research chief Ana Ruiz, raised $200m", Globex is part of who Ana Ruiz is, never a party.
 */
final class TitleFilter {

  /** How many lower-case words a title may take: "senior vice president of research". */
  private static final int TITLE_WORDS = 5;

  private TitleFilter() {}

  /** Removes the findings of the sentence recorded after the given sizes that name such a party. */
  static void apply(View v, Collected found, int dealsBefore, int implicitBefore, int roundsBefore) {
    if (v.mentions.stream().noneMatch(m -> inTitle(v, m))) {
      return;
    }
    found.dropSince(dealsBefore, implicitBefore, roundsBefore,
        d -> onlyInTitles(v, d.investor().get(0)) || !d.investee().isEmpty() && onlyInTitles(v, d.investee().get(0)),
        r -> r.investee().filter(e -> onlyInTitles(v, e)).isPresent()
            || r.leads().stream().anyMatch(e -> onlyInTitles(v, e)));
  }

  /** Returns true when the sentence names an organization, and only in people's titles. */
  private static boolean onlyInTitles(View v, Entity e) {
    boolean named = false;
    for (EntityMention m : v.mentions) {
      Optional<Entity> best = m.entity();
      if (best.isPresent() && best.get().name().equals(e.name())) {
        if (!inTitle(v, m)) {
          return false;
        }
        named = true;
      }
    }
    return named;
  }

  /**
   * Returns true when "former", "ex-" or a participle like "founded by" stands before an employer's name at
   * {@code k}; after "led by" or "backed by", the investing participles, the title's holder acts for the fund.
   */
  private static boolean pastOrFounding(View v, int k) {
    int j = v.is(k - 1, "-") ? k - 2 : k - 1;
    return v.is(j, "former", "ex", "onetime", "one-time", "erstwhile")
        || v.is(j, "by") && v.low(j - 1).endsWith("ed") && !v.words.participles.contains(v.low(j - 1));
  }

  /**
   * Returns true for "former Globex research chief Ana Ruiz": an employer's name, once past or named with a founder,
   * before lower-case words holding a title, then a person or a capitalised name of no known kind.
   */
  private static boolean inTitle(View v, EntityMention m) {
    if (m.form() == EntityMention.Form.PERSON || m.possessive() || !pastOrFounding(v, m.first())) {
      // "led by Tessier Capital general partner Sarah Lund": a partner acting now speaks for the fund.
      return false;
    }
    boolean titled = false;
    for (int h = m.end(); h < Math.min(v.size(), m.end() + TITLE_WORDS + 1); h++) {
      EntityMention next = v.mention(h);
      boolean person = next != null
          && (next.form() == EntityMention.Form.PERSON || next.form() == EntityMention.Form.CANDIDATE);
      if (titled && (next != null ? person : v.tok(h).capitalised())) {
        return true;
      }
      if (next != null || v.tok(h).type() != Token.Type.WORD || v.tok(h).capitalised()) {
        return false;
      }
      titled |= v.words.titleWords.contains(v.low(h));
    }
    return false;
  }
}
