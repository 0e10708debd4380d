package dev.dealgraph.extract.relation;

import dev.dealgraph.extract.Amount;
import dev.dealgraph.extract.entity.EntityMention;
import dev.dealgraph.extract.money.Money;
import java.util.List;
import java.util.Optional;

/**
 * Reads the shapes of a clause around a verb of investing that decide its sides and its sum: a described or
 * collective subject, a relativised sum or object, a time after "in".
 */
final class ClauseShapes {

  private ClauseShapes() {}

  /** Returns true when a headline's subject before the verb at {@code i} is a description: "State fund to put". */
  static boolean describedSubject(View v, int i) {
    int end = i;
    while (end > 0 && (v.is(end - 1, "to") || v.words.auxiliaries.contains(v.low(end - 1))
        || v.words.adverbs.contains(v.low(end - 1)))) {
      end--;
    }
    boolean described = false;
    for (int k = 0; k < end; k++) {
      if (v.mention(k) != null || v.tok(k).type() != dev.dealgraph.extract.text.Token.Type.WORD) {
        return false;
      }
      described |= v.words.describers.contains(v.low(k));
    }
    return described && end <= 4;
  }

  /** Returns true when a collective noun is the verb's own subject: "a consortium that put", "a group investing". */
  static boolean collectiveSubject(View v, int i) {
    int k = v.is(i - 1, "that", "which", "who") ? i - 2 : i - 1;
    while (k > 0 && (v.words.auxiliaries.contains(v.low(k)) || v.words.adverbs.contains(v.low(k)))) {
      k--;
    }
    return v.mention(k) == null && v.is(k, "consortium", "group", "syndicate", "investors", "backers", "firms", "funds", "banks", "companies");
  }

  /** Returns true when the words at {@code k} name a time: "early 2024", "March", "2023", "the spring". */
  static boolean dated(View v, int k) {
    int j = v.is(k, "the") ? k + 1 : k;
    if (v.is(j, "early", "late", "mid", "mid-", "spring", "summer", "autumn", "fall", "winter", "january",
        "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
        "december", "first", "second", "third", "fourth", "past", "same")) {
      return true;
    }
    return v.low(j).matches("(19|20)\\d\\d");
  }

  /** "the $4 billion Amazon had put into the company", "the $2 billion it committed": the amount is relativised. */
  static Optional<Amount> relativisedAmount(View v, int subject) {
    int k = v.is(subject - 1, "that", "which") ? subject - 2 : subject - 1;
    Money m = v.money(k);
    return m != null && m.role().investable() && v.is(m.first() - 1, "the", "its", "their") ? m.amount()
        : Optional.empty();
  }

  /** "Acme — in which the fund already owns shares": the investee is the antecedent of "in which". */
  static List<EntityMention> relativeObject(View v, List<EntityMention> subject) {
    if (subject.isEmpty()) {
      return List.of();
    }
    int s = subject.get(0).first();
    int p = v.is(s - 1, "that") ? s - 2 : s - 1;
    if (v.is(p, "said", "says", "announced", "confirmed", "added") && v.mention(p - 1) != null) {
      // "into which Globex said it would invest": the clause reports its speaker's plan.
      s = v.mention(p - 1).first();
    }
    // "to which X committed $N", "where X has put $N": the antecedent receives the money too.
    int opener = v.is(s - 1, "which", "whom") && v.is(s - 2, "in", "into", "to") ? s - 2 : v.is(s - 1, "where") ? s - 1
        : -1;
    if (opener >= 1) {
      int k = opener - 1;
      while (k >= 0 && v.is(k, ",", "-", "--", "(")) {
        k--;
      }
      EntityMention antecedent = v.mention(k) != null ? v.mention(k) : apposedBefore(v, k);
      return antecedent == null ? List.of() : List.of(antecedent);
    }
    return List.of();
  }

  /** "Initech, a British builder of data centres, into which": the name an apposition ending at {@code k} describes. */
  private static EntityMention apposedBefore(View v, int k) {
    for (int h = k; h >= Math.max(1, k - 10); h--) {
      if (v.mention(h) != null || Slots.boundary(v, h)) {
        return null;
      }
      if (v.is(h, ",")) {
        EntityMention named = v.mention(h - 1);
        return named != null && named.named() && v.is(h + 1, "a", "an", "the", "one") ? named : null;
      }
    }
    return null;
  }
}
