package ru.flurai.drill;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Every request the load made, and the figures of a time window over them. */
final class Samples {
  /**
   * One request: what it was, when it started and ended (epoch ms), its status (0 = no answer). It
   * failed when nothing answered, on a 5xx, and on the answers the drill's requests never deserve:
   * its credentials are valid (401, 403), what it asks for exists (404: e.g. a Liberty instance
   * whose application has not started), its clients stay under the rate limits (429). 400, 409 and
   * 422 are refusals the application may give (stock, limits, an order already moved).
   */
  record Sample(String kind, long start, long end, int status) {
    boolean failed() {
      return status == 0
          || status >= 500
          || status == 401
          || status == 403
          || status == 404
          || status == 429;
    }
  }

  /** The figures of a window: requests, failures, p99 latency, failures by status and by kind. */
  record Window(
      int requests,
      int failed,
      long p99Ms,
      Map<Integer, Integer> failedByStatus,
      Map<String, Integer> failedByKind) {}

  private final List<Sample> all = new ArrayList<>();

  synchronized void add(Sample s) {
    all.add(s);
  }

  synchronized List<Sample> snapshot() {
    return List.copyOf(all);
  }

  /** The requests that started in [from, to). */
  Window window(long from, long to) {
    List<Long> latencies = new ArrayList<>();
    Map<Integer, Integer> byStatus = new TreeMap<>();
    Map<String, Integer> byKind = new TreeMap<>();
    int failed = 0;
    for (Sample s : snapshot()) {
      if (s.start() < from || s.start() >= to) {
        continue;
      }
      latencies.add(s.end() - s.start());
      if (s.failed()) {
        failed++;
        byStatus.merge(s.status(), 1, Integer::sum);
        byKind.merge(s.kind(), 1, Integer::sum);
      }
    }
    latencies.sort(null);
    long p99 =
        latencies.isEmpty()
            ? 0
            : latencies.get(
                Math.min(latencies.size() - 1, (int) Math.ceil(latencies.size() * 0.99) - 1));
    return new Window(latencies.size(), failed, p99, byStatus, byKind);
  }

  /**
   * Milliseconds from {@code from} to the end of the last failed request that started in [from,
   * to), or 0 when none failed.
   */
  long lastFailureAfter(long from, long to) {
    long last = from;
    for (Sample s : snapshot()) {
      if (s.start() >= from && s.start() < to && s.failed()) {
        last = Math.max(last, s.end());
      }
    }
    return last - from;
  }
}
