package ru.flurai.drill;

import java.util.ArrayList;
import java.util.List;

/** The drill's table: one row per fault, notes under it. */
final class DrillTable {
  record Row(
      String fault,
      Samples.Window during,
      Samples.Window after,
      double recoverySeconds,
      List<String> broken,
      String note) {}

  private final List<Row> rows = new ArrayList<>();

  void add(Row row) {
    rows.add(row);
  }

  boolean green() {
    return rows.stream().allMatch(r -> r.broken().isEmpty());
  }

  String render() {
    StringBuilder s = new StringBuilder();
    s.append(
        String.format(
            "| %-34s | %-15s | %-15s | %-10s | %-8s | %s |%n",
            "fault", "failed during", "failed after", "p99 during", "recovery", "invariants"));
    s.append("|").append("-".repeat(36)).append("|").append("-".repeat(17)).append("|");
    s.append("-".repeat(17)).append("|").append("-".repeat(12)).append("|");
    s.append("-".repeat(10)).append("|").append("-".repeat(12)).append("|\n");
    for (Row r : rows) {
      s.append(
          String.format(
              "| %-34s | %-15s | %-15s | %-10s | %-8s | %s |%n",
              r.fault(),
              r.during().failed() + " / " + r.during().requests(),
              r.after().failed() + " / " + r.after().requests(),
              r.during().p99Ms() + " ms",
              String.format("%.1f s", r.recoverySeconds()),
              r.broken().isEmpty() ? "all hold" : "BROKEN: " + String.join("; ", r.broken())));
    }
    s.append('\n');
    for (Row r : rows) {
      StringBuilder n = new StringBuilder();
      if (!r.during().failedByStatus().isEmpty()) {
        n.append("failed during by status ").append(r.during().failedByStatus());
        n.append(", by kind ").append(r.during().failedByKind()).append(". ");
      }
      if (!r.after().failedByStatus().isEmpty()) {
        n.append("failed after by status ").append(r.after().failedByStatus());
        n.append(", by kind ").append(r.after().failedByKind()).append(". ");
      }
      n.append(r.note());
      if (!n.toString().isBlank()) {
        s.append("- ").append(r.fault()).append(": ").append(n.toString().trim()).append('\n');
      }
    }
    return s.toString();
  }
}
