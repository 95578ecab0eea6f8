package ru.flurai.drill;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;

/**
 * The cluster's processes as the drill acts on them: every action is {@code scripts/fault-drill ctl
 * <action>} (which knows the ports and process groups), every wait is bounded.
 */
final class DrillCluster {
  private final DrillArgs args;

  DrillCluster(DrillArgs args) {
    this.args = args;
  }

  /** Runs one ctl action and returns what it printed; fails when it fails. */
  String ctl(String... action) {
    String[] command = new String[action.length + 2];
    command[0] = args.ctl();
    command[1] = "ctl";
    System.arraycopy(action, 0, command, 2, action.length);
    try {
      Process p =
          new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
      String out = new String(p.getInputStream().readAllBytes()).trim();
      if (p.waitFor() != 0) {
        throw new IllegalStateException("ctl " + String.join(" ", action) + " failed");
      }
      return out;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  void awaitReady(String instance, long timeoutMs) {
    DrillHttp http = new DrillHttp(instance, new Samples());
    await("ready " + instance, timeoutMs, () -> http.get(null, "/health/ready", Map.of()).ok());
  }

  void awaitAllReady(long timeoutMs) {
    args.instances().forEach(i -> awaitReady(i, timeoutMs));
  }

  void awaitDatabase(String jdbc, long timeoutMs) {
    await(
        "database " + jdbc,
        timeoutMs,
        () -> {
          try (Connection c = DriverManager.getConnection(jdbc, args.dbUser(), "")) {
            return c.isValid(2);
          } catch (SQLException e) {
            return false;
          }
        });
  }

  interface Condition {
    boolean holds();
  }

  static void await(String what, long timeoutMs, Condition condition) {
    long deadline = System.currentTimeMillis() + timeoutMs;
    while (!condition.holds()) {
      if (System.currentTimeMillis() > deadline) {
        throw new IllegalStateException("not back within " + timeoutMs / 1000 + " s: " + what);
      }
      DrillLoad.pace(500);
    }
  }
}
