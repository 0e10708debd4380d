package dev.dealgraph.query;

import java.util.Collection;
import java.util.List;

/**
 * Holds many short lists of ints in two flat arrays, as a compressed sparse row does: no boxing and a few bytes
 * per entry, which is what lets the fact index keep hundreds of thousands of deals.
 */
final class IntLists {
  private final int[] start;
  private final int[] values;

  private IntLists(int[] start, int[] values) {
    this.start = start;
    this.values = values;
  }

  /** Returns the lists, in the order given, each keeping the iteration order of its collection. */
  static IntLists of(List<? extends Collection<Integer>> lists) {
    int[] start = new int[lists.size() + 1];
    for (int i = 0; i < lists.size(); i++) {
      start[i + 1] = start[i] + lists.get(i).size();
    }
    int[] values = new int[start[lists.size()]];
    for (int i = 0; i < lists.size(); i++) {
      int at = start[i];
      for (int v : lists.get(i)) {
        values[at++] = v;
      }
    }
    return new IntLists(start, values);
  }

  /** Returns how many ints list {@code list} holds. */
  int size(int list) {
    return start[list + 1] - start[list];
  }

  /** Returns the {@code k}th int of list {@code list}. */
  int get(int list, int k) {
    return values[start[list] + k];
  }

  boolean contains(int list, int value) {
    for (int i = start[list]; i < start[list + 1]; i++) {
      if (values[i] == value) {
        return true;
      }
    }
    return false;
  }
}
