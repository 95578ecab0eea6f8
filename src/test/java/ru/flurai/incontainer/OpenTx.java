package ru.flurai.incontainer;

import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.transaction.UserTransaction;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Work in a transaction of its own on another managed thread (the server's default
 * ManagedExecutorService), held open after the work until {@link #commit} or {@link #rollback}: a
 * second "instance" or "request" whose row locks and advisory locks stay held meanwhile. Every wait
 * is bounded ({@link #BOUND_SECONDS}).
 */
public final class OpenTx<T> {
  static final long BOUND_SECONDS = 120;

  private final CompletableFuture<T> result = new CompletableFuture<>();
  private final CompletableFuture<Boolean> outcome = new CompletableFuture<>();
  private final Future<?> done;

  private OpenTx(Callable<T> work, boolean commitAtOnce) throws NamingException {
    if (commitAtOnce) {
      outcome.complete(true);
    }
    done =
        pool()
            .submit(
                () -> {
                  run(work);
                  return null;
                });
  }

  /** Starts {@code work} in a new transaction on another thread; it stays open after the work. */
  public static <T> OpenTx<T> start(Callable<T> work) throws NamingException {
    return new OpenTx<>(work, false);
  }

  /**
   * Starts {@code work} in a new transaction on another thread that commits as soon as the work is
   * done.
   */
  public static <T> OpenTx<T> committing(Callable<T> work) throws NamingException {
    return new OpenTx<>(work, true);
  }

  /**
   * Runs {@code work} on another thread, in whatever transaction it makes itself (none is begun for
   * it).
   */
  public static <T> T onAnotherThread(Callable<T> work) throws Exception {
    return unwrap(() -> pool().submit(work).get(BOUND_SECONDS, TimeUnit.SECONDS));
  }

  /**
   * The work's result, waiting for it; its exception is rethrown (the transaction is then rolled
   * back).
   */
  public T result() throws Exception {
    return unwrap(() -> result.get(BOUND_SECONDS, TimeUnit.SECONDS));
  }

  /** Whether the work has finished (a work waiting for a lock has not). */
  public boolean finished() {
    return result.isDone();
  }

  public void commit() throws Exception {
    end(true);
  }

  public void rollback() throws Exception {
    end(false);
  }

  private void end(boolean commit) throws Exception {
    outcome.complete(commit);
    unwrap(() -> done.get(BOUND_SECONDS, TimeUnit.SECONDS));
  }

  private void run(Callable<T> work) throws Exception {
    UserTransaction tx = InitialContext.doLookup("java:comp/UserTransaction");
    tx.begin();
    try {
      result.complete(work.call());
    } catch (Exception | Error e) {
      result.completeExceptionally(e);
      tx.rollback();
      return;
    }
    if (outcome.get(BOUND_SECONDS, TimeUnit.SECONDS)) {
      tx.commit();
    } else {
      tx.rollback();
    }
  }

  private static ManagedExecutorService pool() throws NamingException {
    return InitialContext.doLookup("java:comp/DefaultManagedExecutorService");
  }

  private interface Wait<V> {
    V get() throws Exception;
  }

  private static <V> V unwrap(Wait<V> wait) throws Exception {
    try {
      return wait.get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof Exception cause) {
        throw cause;
      }
      throw e;
    }
  }
}
