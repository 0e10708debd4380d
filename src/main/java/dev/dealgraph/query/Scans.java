package dev.dealgraph.query;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.jena.sparql.exec.QueryExec;

/**
 * Stands for the whole-store scans of one index build, so that another thread can stop them mid-query: a build
 * reading a large store may run for minutes before its next row, and a closing server must not wait for that.
 * Stopping aborts the running queries, which end at their next step; no thread is interrupted, since an interrupt
 * would close TDB2's file channels under the whole process.
 */
final class Scans {
  private final Set<QueryExec> running = ConcurrentHashMap.newKeySet();
  private volatile boolean stopped;

  /** Stops the scans under way and refuses new ones. */
  void stop() {
    stopped = true;
    running.forEach(QueryExec::abort);
  }

  boolean stopped() {
    return stopped;
  }

  void started(QueryExec exec) {
    running.add(exec);
    if (stopped) {
      exec.abort();
    }
  }

  void ended(QueryExec exec) {
    running.remove(exec);
  }
}
