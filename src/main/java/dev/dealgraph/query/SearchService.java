package dev.dealgraph.query;

import java.util.List;

/** Finds organizations and people by name, alias, ticker or product, tolerating typos. */
public final class SearchService {
  private final Directory directory;

  public SearchService(Directory directory) {
    this.directory = directory;
  }

  /** Returns the best {@code limit} hits for {@code query}, best first. */
  public List<SearchHit> search(String query, int limit) {
    return directory.current().index().search(query, limit);
  }
}
