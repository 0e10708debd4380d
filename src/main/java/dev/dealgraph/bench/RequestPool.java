package dev.dealgraph.bench;

import java.net.http.HttpRequest;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Holds the distinct requests of one benchmark target and hands them out in turn, across every run of the target,
 * so that a request repeats only once all have been sent: answers cached by the server then count for as little
 * as they would for real users.
 */
final class RequestPool {
  private final String name;
  private final List<HttpRequest> requests;
  private final AtomicLong cursor = new AtomicLong();

  RequestPool(String name, List<HttpRequest> requests) {
    if (requests.isEmpty()) {
      throw new IllegalArgumentException("a request pool needs requests: " + name);
    }
    this.name = name;
    this.requests = List.copyOf(requests);
  }

  String name() {
    return name;
  }

  int size() {
    return requests.size();
  }

  /** Returns how many requests were handed out so far. */
  long sent() {
    return cursor.get();
  }

  HttpRequest next() {
    return requests.get((int) (cursor.getAndIncrement() % requests.size()));
  }
}
