package dev.dealgraph.query;

import java.util.List;

/**
 * Holds one page of a longer list.
 *
 * @param items  the items of this page
 * @param total  how many items match over all pages
 * @param limit  the page size asked for
 * @param offset how many items come before this page
 */
public record Page<T>(List<T> items, long total, int limit, int offset) {
  public Page {
    items = List.copyOf(items);
  }

  /** Returns the page of {@code all} that {@code request} asks for. */
  static <T> Page<T> slice(List<T> all, PageRequest request) {
    int from = (int) Math.min(all.size(), request.offset());
    int to = (int) Math.min(all.size(), (long) from + request.limit());
    return new Page<>(all.subList(from, to), all.size(), request.limit(), request.offset());
  }

  /** Returns a page at the same place in the list holding {@code replaced} instead of this page's items. */
  <R> Page<R> withItems(List<R> replaced) {
    return new Page<>(replaced, total, limit, offset);
  }

  /** Returns true when items follow this page. */
  public boolean hasNext() {
    return (long) offset + items.size() < total;
  }
}
