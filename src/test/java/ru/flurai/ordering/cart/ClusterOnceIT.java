package ru.flurai.ordering.cart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.UserTransaction;
import javax.naming.InitialContext;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ru.flurai.catalog.product.OutOfStock;
import ru.flurai.catalog.product.Stock;
import ru.flurai.incontainer.Fixture;
import ru.flurai.incontainer.InContainer;
import ru.flurai.incontainer.OpenTx;
import ru.flurai.incontainer.Sql;
import ru.flurai.platform.db.SchemaReady;
import ru.flurai.platform.housekeeping.Housekeeping;
import ru.flurai.platform.housekeeping.Prune;

/**
 * In the container, on the real database: the cluster-once jobs ({@link ReservationSweeper#sweep}
 * and {@link Housekeeping}) run on one instance at a time. One invocation runs inside a transaction
 * that stays open, so it keeps its transaction-scoped advisory lock; meanwhile work for the job is
 * committed, and a second invocation on another thread (another instance, as far as PostgreSQL can
 * tell) skips: it leaves that work alone. The real WAR's own schedules take the same locks, so
 * while the test holds one they skip too; the test waits (bounded) for a moment when they do not
 * hold it.
 */
@ExtendWith(ArquillianExtension.class)
public class ClusterOnceIT {
  private static final int ATTEMPTS =
      600; // x 100 ms: the real WAR's jobs hold the locks for milliseconds

  @Deployment
  public static WebArchive deployment() {
    return InContainer.archive(
        "cluster-once",
        ClusterOnceIT.class,
        ReservationSweeper.class,
        Reservations.class,
        Stock.class,
        OutOfStock.class,
        Housekeeping.class,
        Prune.class,
        SchemaReady.class);
  }

  @Inject ReservationSweeper sweeper;
  @Inject Housekeeping housekeeping;
  @Inject Sql sql;

  private Fixture fixture;
  private UserTransaction tx;

  @BeforeEach
  void fixture() throws Exception {
    fixture = new Fixture(sql);
    tx = InitialContext.doLookup("java:comp/UserTransaction");
  }

  @AfterEach
  void cleanUp() throws Exception {
    if (tx.getStatus() != Status.STATUS_NO_TRANSACTION) {
      tx.rollback();
    }
    fixture.close();
  }

  /**
   * A cart line of {@code buyer} whose reservation lapsed a day ago, holding {@code units} of
   * {@code product}.
   */
  private static final String LAPSED_LINE =
      "insert into cart_items (buyer_id, product_id, seller_id, quantity, name,"
          + " price, reserved_at, first_reserved_at) values (?1, ?2, ?3, ?4, 'Роза', 100, now() - interval '1 day',"
          + " now() - interval '1 day')";

  private static final String HOLD =
      "update products set reserved_quantity = reserved_quantity + ?2 where id = ?1";

  @Test
  public void aSecondSweepSkipsWhileOneRuns() throws Exception {
    long product = fixture.product(10, 0);
    long other =
        fixture.product(
            10, 0); // its own row: the first sweep's transaction keeps product's row locked
    long mine = fixture.buyer();
    long theirs = fixture.buyer();
    int first = 0;
    for (int i = 0; i < ATTEMPTS && first == 0; i++) {
      tx.begin();
      sql.exec(LAPSED_LINE, mine, product, fixture.seller, 2);
      sql.exec(HOLD, product, 2);
      first = sweeper.sweep(); // 0: the real WAR's sweep holds the lock right now
      if (first == 0) {
        tx.rollback();
        Thread.sleep(100);
      }
    }
    assertTrue(first >= 1, "the first sweep never got the lock");
    assertEquals(
        0, sql.hereLong("select count(*) from cart_items where buyer_id = ?1", mine), "it swept");

    // committed while the first sweep still holds the lock
    sql.commit(LAPSED_LINE, theirs, other, fixture.seller, 3);
    sql.commit(HOLD, other, 3);
    int second = OpenTx.onAnotherThread(() -> sweeper.sweep());
    assertEquals(0, second, "a second sweep ran while the first held the lock");
    assertEquals(
        1, sql.committedLong("select count(*) from cart_items where buyer_id = ?1", theirs));
    assertEquals(3, fixture.stock(other)[1]);
    tx.commit();
  }

  @Test
  public void aSecondHousekeepingRoundSkipsWhileOneRuns() throws Exception {
    long buyer = fixture.buyer();
    int first = -1;
    for (int i = 0; i < ATTEMPTS && first < 0; i++) {
      tx.begin();
      first =
          housekeeping.pruneBatch(
              Prune.IDEMPOTENCY_KEYS, 24 * 3600, 1000); // -1: the real WAR's round
      if (first < 0) {
        tx.rollback();
        Thread.sleep(100);
      }
    }
    assertTrue(first >= 0, "the first round never got the lock");

    // an idempotency key two days old, due for pruning, committed while the first round holds the
    // lock
    sql.commit(
        "insert into idempotency_keys (buyer_id, idem_key, request_hash, created_at)"
            + " values (?1, 'cluster-once', repeat('0', 64), now() - interval '2 days')",
        buyer);
    long round = OpenTx.onAnotherThread(() -> housekeeping.run());
    int batch =
        OpenTx.onAnotherThread(
            () -> housekeeping.pruneBatch(Prune.IDEMPOTENCY_KEYS, 24 * 3600, 1000));
    assertEquals(0, round, "a second round pruned while the first held the lock");
    assertEquals(-1, batch, "a second batch ran while the first held the lock");
    assertEquals(
        1, sql.committedLong("select count(*) from idempotency_keys where buyer_id = ?1", buyer));
    tx.commit();
  }
}
