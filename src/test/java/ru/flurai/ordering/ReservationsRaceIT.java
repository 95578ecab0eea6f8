package ru.flurai.ordering;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ru.flurai.incontainer.Fixture;
import ru.flurai.incontainer.InContainer;
import ru.flurai.incontainer.Locks;
import ru.flurai.incontainer.OpenTx;
import ru.flurai.incontainer.Sql;

/**
 * In the container, on the real database: {@link Reservations}' guarded moves raced by two
 * transactions on two threads. The second one really waits on the first one's row lock (PostgreSQL
 * reports it blocked) before the first commits, so each guard is checked against the row as the
 * first transaction left it. After every race {@code 0 <= reserved_quantity <= quantity}, with no
 * error.
 */
@ExtendWith(ArquillianExtension.class)
public class ReservationsRaceIT {
  @Deployment
  public static WebArchive deployment() {
    return InContainer.archive("reservations", ReservationsRaceIT.class, Reservations.class);
  }

  @Inject Reservations reservations;
  @Inject Sql sql;

  private Fixture fixture;

  @BeforeEach
  void fixture() {
    fixture = new Fixture(sql);
  }

  @AfterEach
  void cleanUp() {
    fixture.close();
  }

  /**
   * The first move, holding the row lock until told; returns the first move's result and its
   * backend.
   */
  private record Held<T>(OpenTx<T> tx, long backend) {}

  private <T> Held<T> first(Callable<T> move) throws Exception {
    long[] backend = new long[1];
    OpenTx<T> tx =
        OpenTx.start(
            () -> {
              T r = move.call();
              backend[0] = Locks.backend(sql);
              return r;
            });
    tx.result();
    return new Held<>(tx, backend[0]);
  }

  /**
   * Starts the second move and returns once PostgreSQL shows it waiting for the first one's lock.
   */
  private <T> OpenTx<T> second(Held<?> first, Callable<T> move) throws Exception {
    OpenTx<T> tx = OpenTx.start(move);
    Locks.awaitWaiterOn(sql, first.backend());
    assertFalse(tx.finished(), "the second move went past the first one's row lock");
    return tx;
  }

  @Test
  public void reserveExactlyGrantsTheLastUnitsToOneOfTwo() throws Exception {
    long p = fixture.product(5, 0);
    Held<Boolean> a = first(() -> reservations.reserveExactly(p, 3));
    assertTrue(a.tx().result());
    OpenTx<Boolean> b = second(a, () -> reservations.reserveExactly(p, 3));
    a.tx().commit();
    assertFalse(b.result(), "3 + 3 units reserved out of 5");
    b.commit();
    assertArrayEquals(new long[] {5, 3}, fixture.stock(p));
  }

  @Test
  public void reserveUpToGrantsOnlyWhatTheFirstLeft() throws Exception {
    long p = fixture.product(5, 0);
    Held<Integer> a = first(() -> reservations.reserveUpTo(p, 4));
    assertEquals(4, a.tx().result());
    OpenTx<Integer> b = second(a, () -> reservations.reserveUpTo(p, 4));
    a.tx().commit();
    assertEquals(1, b.result(), "the second reservation is capped by what the first one left");
    b.commit();
    assertArrayEquals(new long[] {5, 5}, fixture.stock(p));
  }

  @Test
  public void reserveUpToGrantsNothingWhenTheFirstTookAll() throws Exception {
    long p = fixture.product(3, 1);
    Held<Integer> a = first(() -> reservations.reserveUpTo(p, 5));
    assertEquals(2, a.tx().result());
    OpenTx<Integer> b = second(a, () -> reservations.reserveUpTo(p, 1));
    a.tx().commit();
    assertEquals(0, b.result());
    b.commit();
    assertArrayEquals(new long[] {3, 3}, fixture.stock(p));
  }

  @Test
  public void releaseTwiceNeverGoesBelowZero() throws Exception {
    long p = fixture.product(5, 2);
    Held<Boolean> a =
        first(
            () -> {
              reservations.release(p, 2);
              return true;
            });
    OpenTx<Boolean> b =
        second(
            a,
            () -> {
              reservations.release(p, 2);
              return true;
            });
    a.tx().commit();
    assertTrue(b.result());
    b.commit();
    assertArrayEquals(new long[] {5, 0}, fixture.stock(p));
  }

  @Test
  public void aRolledBackReservationHoldsNothing() throws Exception {
    long p = fixture.product(5, 0);
    Held<Boolean> a = first(() -> reservations.reserveExactly(p, 5));
    assertTrue(a.tx().result());
    OpenTx<Boolean> b = second(a, () -> reservations.reserveExactly(p, 5));
    a.tx().rollback();
    assertTrue(b.result(), "the units of a rolled-back reservation are free again");
    b.commit();
    assertArrayEquals(new long[] {5, 5}, fixture.stock(p));
  }

  @Test
  public void eightTransactionsReserveExactlyTheStock() throws Exception {
    long p = fixture.product(5, 0);
    List<OpenTx<Integer>> all = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      // four of each; reserveUpTo takes the last unit whatever the order, so exactly 5 are granted
      all.add(
          OpenTx.committing(
              i % 2 == 0
                  ? () -> reservations.reserveUpTo(p, 2)
                  : () -> reservations.reserveExactly(p, 2) ? 2 : 0));
    }
    int granted = 0;
    for (OpenTx<Integer> tx : all) {
      granted += tx.result();
      tx.commit();
    }
    assertEquals(5, granted);
    assertArrayEquals(new long[] {5, 5}, fixture.stock(p));
  }
}
