package ru.flurai.florist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.naming.InitialContext;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ru.flurai.incontainer.Fixture;
import ru.flurai.incontainer.InContainer;
import ru.flurai.incontainer.OpenTx;
import ru.flurai.incontainer.Sql;
import ru.flurai.ordering.order.OrderMoves;
import ru.flurai.ordering.order.OrderMovesClasses;
import ru.flurai.ordering.order.OrderStatus;
import ru.flurai.platform.db.SchemaReady;
import ru.flurai.platform.jobs.ClusterLock;

/**
 * In the container, on the real database, through ordering's real {@link OrderMoves}: accepting an
 * order takes its bouquets' flowers first in first out by batch (expired batches skipped);
 * cancelling or rejecting puts them back into the batches they came from, once; and orders racing
 * for the last stems are settled by the batch row locks: exactly as many as the stems allow are
 * accepted, the others are refused with a 409 text and leave their order as it was.
 */
@ExtendWith(ArquillianExtension.class)
public class FlowerConsumptionIT {
  @Deployment
  public static WebArchive deployment() {
    return InContainer.archive("florist-consumption", FlowerConsumptionIT.class)
        .addClasses(OrderMovesClasses.MOVES)
        .addClasses(BouquetSyncJob.class, SchemaReady.class);
  }

  @Inject OrderMoves moves;
  @Inject Consumption consumption;
  @Inject BouquetSyncJob job;
  @Inject Sql sql;

  private Fixture fixture;
  private long buyer;
  private long rose;
  private long product;

  @BeforeEach
  void fixture() {
    fixture = new Fixture(sql);
    buyer = fixture.buyer();
    rose =
        sql.insert(
            "insert into flowers (seller_id, name) values (?1, 'Роза') returning id",
            fixture.seller);
    long bouquet =
        sql.insert(
            "insert into bouquets (seller_id, name) values (?1, 'Нежность') returning id",
            fixture.seller);
    sql.commit(
        "insert into bouquet_items (bouquet_id, flower_id, quantity) values (?1, ?2, 2)",
        bouquet,
        rose);
    product = fixture.product(100, 0);
    sql.commit("update products set bouquet_id = ?1 where id = ?2", bouquet, product);
  }

  @AfterEach
  void cleanUp() {
    fixture.close(); // orders (and their ledger rows), then the seller with its stock
  }

  /** A batch of roses that arrived {@code daysAgo} days ago with a 10-day shelf life. */
  private long batch(int daysAgo, int stems) {
    long reception =
        sql.insert(
            "insert into receptions (seller_id, name) values (?1, 'Поставка') returning id",
            fixture.seller);
    return sql.insert(
        "insert into reception_items (reception_id, seller_id, flower_id, quantity_initial,"
            + " arrival_date, shelf_life_days, price_per_unit, remaining_quantity)"
            + " values (?1, ?2, ?3, ?4, current_date - ?5, 10, 30, ?4) returning id",
        reception,
        fixture.seller,
        rose,
        stems,
        daysAgo);
  }

  private String batchState(long batch) {
    return (String)
        sql.committed(
            "select remaining_quantity || '/' || sold_quantity || '/' || sold_amount"
                + " from reception_items where id = ?1",
            batch);
  }

  private long held(long order) {
    return sql.committedLong(
        "select coalesce(sum(quantity), 0) from flower_consumptions"
            + " where order_id = ?1 and returned_at is null",
        order);
  }

  /** Runs {@code work} in a transaction of its own on another thread, and waits for its commit. */
  private static void committed(Runnable work) throws Exception {
    OpenTx<Object> tx =
        OpenTx.committing(
            () -> {
              work.run();
              return null;
            });
    tx.result();
    tx.commit();
  }

  @Test
  public void acceptTakesTheOldestUnexpiredBatchesFirst() {
    long newer = batch(1, 5); // the lower id, but it came later
    long older = batch(5, 3);
    long expired = batch(30, 9);
    long order = fixture.order(buyer, product, 2); // 2 bouquets = 4 roses
    moves.bySeller(fixture.seller, order, OrderStatus.ACCEPTED);
    assertEquals("0/3/90.00", batchState(older));
    assertEquals("4/1/30.00", batchState(newer));
    assertEquals("9/0/0.00", batchState(expired), "an expired batch is never sold");
    assertEquals(4, held(order));
    assertEquals(
        2,
        sql.committedLong("select count(*) from flower_consumptions where order_id = ?1", order));
    // derived again after the commit: 4 unexpired roses left make 2 bouquets (it was 100)
    assertEquals(2, fixture.stock(product)[0]);
  }

  @Test
  public void aCancelPutsTheStemsBackWhereTheyCameFrom() throws Exception {
    long newer = batch(1, 5);
    long older = batch(5, 3);
    long order = fixture.order(buyer, product, 2);
    moves.bySeller(fixture.seller, order, OrderStatus.ACCEPTED);
    moves.byBuyer(buyer, order, OrderStatus.CANCELLED);
    assertEquals("3/0/0.00", batchState(older));
    assertEquals("5/0/0.00", batchState(newer));
    assertEquals(0, held(order));
    assertEquals(4, fixture.stock(product)[0], "8 roses back: 4 bouquets on offer again");
    // given back once: a second call finds nothing to return
    committed(() -> consumption.giveBackFor(order));
    assertEquals("3/0/0.00", batchState(older));
    assertEquals("5/0/0.00", batchState(newer));
  }

  @Test
  public void aRejectPutsTheStemsBack() throws Exception {
    long batch = batch(1, 6);
    long order = fixture.order(buyer, product, 3);
    // an order holding flowers while still pending (as a preorder activated before acceptance)
    committed(() -> consumption.consumeFor(order));
    assertEquals("0/6/180.00", batchState(batch));
    moves.bySeller(fixture.seller, order, OrderStatus.REJECTED);
    assertEquals("6/0/0.00", batchState(batch));
    assertEquals(0, held(order));
  }

  @Test
  public void aPreorderTakesItsFlowersWhenItBecomesActiveNotWhenAccepted() throws Exception {
    long batch = batch(1, 10);
    long order = preorder(2);
    moves.bySeller(fixture.seller, order, OrderStatus.ACCEPTED);
    assertEquals(0, held(order), "accepting a preorder takes no flowers yet");
    assertEquals("10/0/0.00", batchState(batch));
    moves.bySystem(order, OrderStatus.ASSEMBLING); // the preorder job on the date
    assertEquals(4, held(order));
    assertEquals("6/4/120.00", batchState(batch));
    moves.byBuyer(buyer, order, OrderStatus.CANCELLED);
    assertEquals("10/0/0.00", batchState(batch), "a cancelled preorder gives its flowers back");
  }

  @Test
  public void aPreorderTheSellerStartsEarlyTakesItsFlowersToo() throws Exception {
    long batch = batch(1, 10);
    long assembled = preorder(2);
    moves.bySeller(fixture.seller, assembled, OrderStatus.ACCEPTED);
    moves.bySeller(fixture.seller, assembled, OrderStatus.ASSEMBLING);
    assertEquals(4, held(assembled));
    long handedOver = preorder(1);
    moves.bySeller(fixture.seller, handedOver, OrderStatus.ACCEPTED);
    moves.bySeller(fixture.seller, handedOver, OrderStatus.DONE);
    assertEquals(2, held(handedOver), "straight from accepted to done");
    assertEquals("4/6/180.00", batchState(batch));
    long shortOne = preorder(3);
    moves.bySeller(fixture.seller, shortOne, OrderStatus.ACCEPTED);
    assertThrows(
        FlowersShort.class,
        () -> moves.bySeller(fixture.seller, shortOne, OrderStatus.ASSEMBLING),
        "6 roses needed, 4 on hand");
    assertEquals(
        "accepted", sql.committed("select status from orders where id = ?1", shortOne).toString());
    assertEquals(0, held(shortOne));
  }

  /** A pending preorder of {@code qty} bouquets, dated three days ahead. */
  private long preorder(int qty) {
    long order = fixture.order(buyer, product, qty);
    sql.commit(
        "update orders set is_preorder = true, preorder_delivery_date = current_date + 3"
            + " where id = ?1",
        order);
    return order;
  }

  @Test
  public void consumingTwiceTakesOnce() throws Exception {
    long batch = batch(1, 10);
    long order = fixture.order(buyer, product, 1);
    for (int i = 0; i < 2; i++) {
      committed(() -> consumption.consumeFor(order));
    }
    assertEquals("8/2/60.00", batchState(batch));
  }

  @Test
  public void aShortAcceptIsRefusedAndWritesNothing() {
    long batch = batch(1, 3);
    long order = fixture.order(buyer, product, 2);
    FlowersShort refused =
        assertThrows(
            FlowersShort.class, () -> moves.bySeller(fixture.seller, order, OrderStatus.ACCEPTED));
    assertEquals(
        "Недостаточно цветов для букета «Нежность»: «Роза» нужно 4, в наличии 3", refused.detail());
    assertEquals("pending", sql.committed("select status from orders where id = ?1", order));
    assertEquals(
        0,
        sql.committedLong("select count(*) from order_status_history where order_id = ?1", order));
    assertEquals("3/0/0.00", batchState(batch));
  }

  @Test
  public void concurrentAcceptsOnTheLastStems() throws Exception {
    long first = batch(2, 3);
    long second = batch(1, 2); // 5 roses: two bouquets of 2, one stem over
    List<Long> orders = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      orders.add(fixture.order(buyer, product, 1));
    }
    ManagedExecutorService pool =
        InitialContext.doLookup("java:comp/DefaultManagedExecutorService");
    CountDownLatch start = new CountDownLatch(1);
    List<Future<?>> accepts = new ArrayList<>();
    for (long order : orders) {
      accepts.add(
          pool.submit(
              () -> {
                start.await();
                return moves.bySeller(fixture.seller, order, OrderStatus.ACCEPTED);
              }));
    }
    start.countDown();
    int accepted = 0;
    List<String> refusals = new ArrayList<>();
    for (Future<?> f : accepts) {
      try {
        f.get(120, TimeUnit.SECONDS);
        accepted++;
      } catch (ExecutionException e) {
        assertTrue(e.getCause() instanceof FlowersShort, "refused with " + e.getCause());
        refusals.add(((FlowersShort) e.getCause()).detail());
      }
    }
    assertEquals(2, accepted);
    assertEquals(4, refusals.size());
    refusals.forEach(
        r ->
            assertEquals(
                "Недостаточно цветов для букета «Нежность»: «Роза» нужно 2, в наличии 1", r));
    assertEquals("0/3/90.00", batchState(first));
    assertEquals("1/1/30.00", batchState(second));
    long acceptedOrders = 0;
    for (long order : orders) {
      String status = (String) sql.committed("select status from orders where id = ?1", order);
      long history =
          sql.committedLong("select count(*) from order_status_history where order_id = ?1", order);
      if (status.equals("accepted")) {
        acceptedOrders++;
        assertEquals(2, held(order));
        assertEquals(1, history);
      } else {
        assertEquals("pending", status);
        assertEquals(0, held(order), "a refused order holds no stems");
        assertEquals(0, history, "a refused order has no history row");
      }
    }
    assertEquals(2, acceptedOrders);
  }

  @Test
  public void theHourlyRoundStopsCountingExpiredBatchesOnce() throws Exception {
    batch(30, 10); // expired twenty days ago: still on hand, no longer stock
    batch(1, 5);
    OpenTx<Object> other =
        OpenTx.start(
            () -> sql.here("select pg_try_advisory_xact_lock(?1)", ClusterLock.BOUQUET_SYNC.key));
    other.result();
    try {
      assertEquals(-1, job.run(), "another instance holds the round");
      assertEquals(100, fixture.stock(product)[0], "nothing derived meanwhile");
    } finally {
      other.rollback();
    }
    assertTrue(job.run() >= 1);
    assertEquals(2, fixture.stock(product)[0], "5 fresh roses make 2 bouquets of 2");
  }
}
