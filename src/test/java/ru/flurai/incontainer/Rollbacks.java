package ru.flurai.incontainer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * A service-like transaction that fails after its work: {@code @Transactional} rolls back on the
 * exception.
 */
@ApplicationScoped
public class Rollbacks {
  /** Thrown after the work, so the transaction rolls back with everything the work wrote. */
  public static final class AfterTheWork extends RuntimeException {
    private static final long serialVersionUID = 1L;

    AfterTheWork() {
      super("failure after the work, inside its transaction");
    }
  }

  @Transactional
  public void failAfter(Runnable work) {
    work.run();
    throw new AfterTheWork();
  }
}
