package dev.dealgraph.extract.entity;

import dev.dealgraph.extract.text.Sentence;
import java.util.Set;

/**
 * Tells a person's name by the words around it: a founding verb before it ("co-founded by Ana Ruiz"), or a title
 * in apposition after it ("Ana Ruiz, the founder of …"); such a name is never an organization.
 */
final class PersonCues {

  private final Set<String> titles;
  private final Set<String> founding;

  PersonCues(Set<String> titles, Set<String> founding) {
    this.titles = Set.copyOf(titles);
    this.founding = Set.copyOf(founding);
  }

  /** Returns true when a founding verb and "by" stand right before the name at {@code first}: "set up by Ana Ruiz". */
  boolean foundedBy(Sentence s, int first) {
    return first >= 2 && s.token(first - 1).is("by") && founding(s, first - 1);
  }

  /** Returns true when a founding verb ("founded", "co-founded", "set up") ends right before {@code end}. */
  private boolean founding(Sentence s, int end) {
    for (String verb : founding) {
      String[] words = verb.split(" ");
      int from = end - words.length;
      boolean match = from >= 0;
      for (int w = 0; match && w < words.length; w++) {
        match = s.token(from + w).lower().equals(words[w]);
      }
      if (match) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns true when a person's title stands in apposition after a name ending at {@code after}: "Ana Ruiz, the
   * founder of", "Ana Ruiz, its chief executive,", "Ana Ruiz, who founded".
   */
  boolean titledAfter(Sentence s, int after) {
    if (after + 2 >= s.size() || !s.token(after).is(",")) {
      return false;
    }
    int k = after + 1;
    for (int v = k + 2; v < Math.min(s.size(), k + 5) && s.token(k).is("who"); v++) {
      if (founding(s, v)) {
        return true;
      }
    }
    while (k < Math.min(s.size(), after + 4) && s.token(k).is("the", "a", "its", "their", "his", "her", "former",
        "co", "-")) {
      k++;
    }
    return k < s.size() && titles.contains(s.token(k).lower())
        && (k + 1 >= s.size() || s.token(k + 1).is("of", ",", "and", ".") || titles.contains(
            s.token(k).lower() + " " + s.token(k + 1).lower()));
  }
}
