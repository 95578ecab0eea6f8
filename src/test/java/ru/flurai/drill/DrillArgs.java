package ru.flurai.drill;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The command line scripts/fault-drill gives {@link FaultDrill}: {@code --name value} pairs. */
record DrillArgs(
    boolean shortMode,
    String base,
    String fake,
    String jdbc,
    String dbUser,
    String replicaJdbc,
    List<String> instances,
    String ctl,
    String botToken,
    String admin,
    String adminPassword,
    String commit,
    String out) {

  static DrillArgs parse(String[] args) {
    Map<String, String> m = new HashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      if (!args[i].startsWith("--")) {
        throw new IllegalArgumentException("expected --name value, got " + args[i]);
      }
      m.put(args[i].substring(2), args[i + 1]);
    }
    return new DrillArgs(
        "short".equals(m.getOrDefault("mode", "full")),
        need(m, "base"),
        need(m, "fake"),
        need(m, "jdbc"),
        m.getOrDefault("db-user", "postgres"),
        need(m, "replica-jdbc"),
        List.of(need(m, "instances").split(",")),
        need(m, "ctl"),
        need(m, "bot-token"),
        need(m, "admin"),
        need(m, "admin-password"),
        m.getOrDefault("commit", "unknown"),
        need(m, "out"));
  }

  private static String need(Map<String, String> m, String key) {
    String v = m.get(key);
    if (v == null || v.isBlank()) {
      throw new IllegalArgumentException("--" + key + " is required");
    }
    return v;
  }
}
