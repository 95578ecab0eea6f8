package ru.flurai.incontainer;

import java.util.concurrent.TimeUnit;

/**
 * What PostgreSQL says about row locks, so a test knows a second transaction is really waiting for
 * the first.
 */
public final class Locks {
  private Locks() {}

  /** The backend of the caller's transaction (the connection its statements use). */
  public static long backend(Sql sql) {
    return sql.hereLong("select pg_backend_pid()");
  }

  /** Waits (bounded) until some transaction is blocked by {@code holder}'s locks. */
  public static void awaitWaiterOn(Sql sql, long holder) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(OpenTx.BOUND_SECONDS);
    while (sql.committedLong(
            "select count(*) from pg_stat_activity where cast(?1 as integer)"
                + " = any(pg_blocking_pids(pid))",
            holder)
        == 0) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("no transaction waited for backend " + holder + "'s locks");
      }
      Thread.sleep(20);
    }
  }
}
