package ru.flurai.catalog.product;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
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
 * In the container, on the real database: {@link Stock}'s guarded moves (reserve, release, sell,
 * give back) raced by two transactions on two threads. The second one really waits on the first
 * one's row lock (PostgreSQL reports it blocked) before the first commits or rolls back, so each
 * guard is checked against the row as the first transaction left it. A refusal is an {@link
 * OutOfStock} with API.md's text, never a database error; after every race the committed row has
 * exactly the expected {@code quantity} and {@code reserved_quantity}, with {@code 0 <= reserved <=
 * quantity}.
 */
@ExtendWith(ArquillianExtension.class)
public class StockRaceIT {
  @Deployment
  public static WebArchive deployment() {
    return InContainer.archive("stock", StockRaceIT.class, Stock.class, OutOfStock.class);
  }

  @Inject Stock stock;
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

  /** The committed row is {quantity, reserved}, within the table's invariant. */
  private void assertStock(long product, long quantity, long reserved) {
    long[] now = fixture.stock(product);
    assertEquals(quantity, now[0], "quantity");
    assertEquals(reserved, now[1], "reserved_quantity");
    assertTrue(0 <= now[1] && now[1] <= now[0], "0 <= reserved <= quantity");
  }

  private static Callable<Boolean> done(Runnable move) {
    return () -> {
      move.run();
      return true;
    };
  }

  // reserve against reserve

  @Test
  public void theLastUnitGoesToOneOfTwoReservations() throws Exception {
    long p = fixture.product(1, 0);
    Held<Integer> a = first(() -> stock.reserveSome(p, 1));
    assertEquals(1, a.tx().result());
    OpenTx<Integer> b = second(a, () -> stock.reserveSome(p, 1));
    a.tx().commit();
    OutOfStock refused = assertThrows(OutOfStock.class, b::result);
    assertEquals("Товар закончился", refused.detail());
    assertStock(p, 1, 1);
  }

  @Test
  public void reserveUpToGrantsOnlyWhatTheFirstLeft() throws Exception {
    long p = fixture.product(5, 0);
    Held<Integer> a = first(() -> stock.reserveUpTo(p, 4));
    assertEquals(4, a.tx().result());
    OpenTx<Integer> b = second(a, () -> stock.reserveUpTo(p, 4));
    a.tx().commit();
    assertEquals(1, b.result(), "the second reservation is capped by what the first one left");
    b.commit();
    assertStock(p, 5, 5);
  }

  @Test
  public void reserveUpToGrantsNothingWhenTheFirstTookAll() throws Exception {
    long p = fixture.product(3, 1);
    Held<Integer> a = first(() -> stock.reserveUpTo(p, 5));
    assertEquals(2, a.tx().result());
    OpenTx<Integer> b = second(a, () -> stock.reserveUpTo(p, 1));
    a.tx().commit();
    assertEquals(0, b.result());
    b.commit();
    assertStock(p, 3, 3);
  }

  @Test
  public void aRolledBackReservationHoldsNothing() throws Exception {
    long p = fixture.product(5, 0);
    Held<Integer> a = first(() -> stock.reserveSome(p, 5));
    assertEquals(5, a.tx().result());
    OpenTx<Integer> b = second(a, () -> stock.reserveSome(p, 5));
    a.tx().rollback();
    assertEquals(5, b.result(), "the units of a rolled-back reservation are free again");
    b.commit();
    assertStock(p, 5, 5);
  }

  @Test
  public void eightTransactionsReserveExactlyTheStock() throws Exception {
    long p = fixture.product(5, 0);
    List<OpenTx<Integer>> all = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      all.add(OpenTx.committing(() -> stock.reserveUpTo(p, 2)));
    }
    int granted = 0;
    for (OpenTx<Integer> tx : all) {
      granted += tx.result();
      tx.commit();
    }
    assertEquals(5, granted);
    assertStock(p, 5, 5);
  }

  // release

  @Test
  public void releaseTwiceNeverGoesBelowZero() throws Exception {
    long p = fixture.product(5, 2);
    Held<Boolean> a = first(() -> stock.release(p, 2));
    OpenTx<Boolean> b = second(a, () -> stock.release(p, 2));
    a.tx().commit();
    assertTrue(b.result());
    b.commit();
    assertStock(p, 5, 0);
  }

  // sell against release, sell and reserve

  @Test
  public void aSellWaitingOnAReleaseOfItsUnitsIsRefused() throws Exception {
    long p = fixture.product(5, 2);
    Held<Boolean> a = first(() -> stock.release(p, 2));
    OpenTx<Boolean> b = second(a, done(() -> stock.sell(p, 2, "Роза")));
    a.tx().commit();
    OutOfStock refused = assertThrows(OutOfStock.class, b::result);
    assertEquals("Товар закончился: Роза", refused.detail());
    assertStock(p, 5, 0);
  }

  @Test
  public void aReleaseWaitingOnASellNeverGoesBelowZero() throws Exception {
    long p = fixture.product(5, 2);
    Held<Boolean> a = first(done(() -> stock.sell(p, 2, "Роза")));
    OpenTx<Boolean> b = second(a, () -> stock.release(p, 2));
    a.tx().commit();
    assertTrue(b.result());
    b.commit();
    assertStock(p, 3, 0);
  }

  @Test
  public void aReservationIsSoldOnce() throws Exception {
    long p = fixture.product(5, 2);
    Held<Boolean> a = first(done(() -> stock.sell(p, 2, "Роза")));
    OpenTx<Boolean> b = second(a, done(() -> stock.sell(p, 2, "Роза")));
    a.tx().commit();
    assertThrows(OutOfStock.class, b::result);
    assertStock(p, 3, 0);
  }

  @Test
  public void aRolledBackSellLeavesTheReservationToSell() throws Exception {
    long p = fixture.product(5, 2);
    Held<Boolean> a = first(done(() -> stock.sell(p, 2, "Роза")));
    OpenTx<Boolean> b = second(a, done(() -> stock.sell(p, 2, "Роза")));
    a.tx().rollback();
    assertTrue(b.result());
    b.commit();
    assertStock(p, 3, 0);
  }

  @Test
  public void aReservationWaitingOnASellGetsOnlyTheUnitsLeft() throws Exception {
    long p = fixture.product(3, 2);
    Held<Boolean> a = first(done(() -> stock.sell(p, 2, "Роза")));
    OpenTx<Integer> b = second(a, () -> stock.reserveUpTo(p, 3));
    a.tx().commit();
    assertEquals(1, b.result(), "3 in stock, 2 sold: 1 left to reserve");
    b.commit();
    assertStock(p, 1, 1);
  }

  // give back (a rejected or cancelled order) against reserve

  @Test
  public void aReservationWaitingOnAReturnGetsTheReturnedUnits() throws Exception {
    long p = fixture.product(1, 0);
    Held<Boolean> a = first(() -> stock.giveBack(p, 2));
    assertTrue(a.tx().result());
    OpenTx<Integer> b = second(a, () -> stock.reserveUpTo(p, 3));
    a.tx().commit();
    assertEquals(3, b.result(), "the free unit and the two given back");
    b.commit();
    assertStock(p, 3, 3);
  }

  @Test
  public void aRolledBackReturnFreesNothing() throws Exception {
    long p = fixture.product(1, 0);
    Held<Boolean> a = first(() -> stock.giveBack(p, 2));
    OpenTx<Integer> b = second(a, () -> stock.reserveSome(p, 3));
    a.tx().rollback();
    assertEquals(1, b.result(), "only the unit that was free");
    b.commit();
    assertStock(p, 1, 1);
  }

  /**
   * A reservation that finds no free unit is refused at once, without waiting for a return not yet
   * committed (read committed: the guard's row is what was committed). Once it is, the units are
   * free.
   */
  @Test
  public void aReservationFindingNothingFreeDoesNotWaitForAnUncommittedReturn() throws Exception {
    long p = fixture.product(0, 0);
    Held<Boolean> a = first(() -> stock.giveBack(p, 2));
    OpenTx<Integer> b = OpenTx.start(() -> stock.reserveSome(p, 1));
    OutOfStock refused = assertThrows(OutOfStock.class, b::result);
    assertEquals("Товар закончился", refused.detail());
    a.tx().commit();
    assertStock(p, 2, 0);
    OpenTx<Integer> c = OpenTx.committing(() -> stock.reserveSome(p, 5));
    assertEquals(2, c.result());
    c.commit();
    assertStock(p, 2, 2);
  }

  @Test
  public void aReturnWaitingOnAReservationAddsToTheStock() throws Exception {
    long p = fixture.product(1, 0);
    Held<Integer> a = first(() -> stock.reserveSome(p, 1));
    OpenTx<Boolean> b = second(a, () -> stock.giveBack(p, 2));
    a.tx().commit();
    assertTrue(b.result());
    b.commit();
    assertStock(p, 3, 1);
  }

  @Test
  public void aGoneProductIsNeitherReleasedNorGivenBackNorSold() throws Exception {
    long p = fixture.product(2, 1);
    sql.commit("delete from products where id = ?1", p);
    OpenTx<List<Object>> tx =
        OpenTx.start(
            () -> {
              List<Object> r = new ArrayList<>();
              r.add(stock.release(p, 1));
              r.add(stock.giveBack(p, 1));
              r.add(stock.reserveUpTo(p, 1));
              r.add(assertThrows(OutOfStock.class, () -> stock.sell(p, 1, "Роза")).detail());
              return r;
            });
    assertEquals(List.of(false, false, 0, "Товар закончился: Роза"), tx.result());
    tx.rollback(); // the refused sell marked it rollback-only
  }
}
