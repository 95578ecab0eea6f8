package ru.flurai.ordering;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import javax.naming.InitialContext;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ru.flurai.catalog.JsonColumns;
import ru.flurai.catalog.OutOfStock;
import ru.flurai.catalog.ShopChanged;
import ru.flurai.catalog.Stock;
import ru.flurai.incontainer.Fixture;
import ru.flurai.incontainer.InContainer;
import ru.flurai.incontainer.Rollbacks;
import ru.flurai.incontainer.Sql;
import ru.flurai.platform.http.ApiException;
import ru.flurai.platform.metrics.BusinessMetrics;

/**
 * In the container, on the real database: an {@link OrderMoves} transition writes the order's
 * status, its history row, its outbox row (and on a cancel the stock coming back) in one
 * transaction: nobody else sees any of them before the commit, everyone sees all of them after it,
 * and a rollback (by the caller, or by an exception after the move) leaves none of them behind.
 */
@ExtendWith(ArquillianExtension.class)
public class OrderMovesTransactionIT {
  @Deployment
  public static WebArchive deployment() {
    return InContainer.notBeans(
        InContainer.archive(
            "order-moves",
            OrderMovesTransactionIT.class,
            OrderMoves.class,
            Stock.class,
            OutOfStock.class,
            OrderLog.class,
            OrderReads.class,
            OrderViews.class,
            OrderStatus.class,
            OrderTransitions.class,
            Actor.class,
            DeliveryType.class,
            ItemsInfo.class,
            ShopChanged.class,
            JsonColumns.class,
            BusinessMetrics.class,
            ApiException.class),
        Carts.class); // OrderReads uses its static helpers
  }

  @Inject OrderMoves moves;
  @Inject Sql sql;
  @Inject Rollbacks rollbacks;

  private Fixture fixture;
  private long buyer;
  private long product;
  private long order;
  private UserTransaction tx;

  @BeforeEach
  void fixture() throws Exception {
    fixture = new Fixture(sql);
    buyer = fixture.buyer();
    product = fixture.product(3, 0);
    order = fixture.order(buyer, product, 2);
    tx = InitialContext.doLookup("java:comp/UserTransaction");
  }

  @AfterEach
  void cleanUp() {
    fixture.close();
  }

  private String committedStatus() {
    return (String) sql.committed("select status from orders where id = ?1", order);
  }

  private long committedHistory() {
    return sql.committedLong(
        "select count(*) from order_status_history where order_id = ?1", order);
  }

  private long committedOutbox() {
    return sql.committedLong(
        "select count(*) from notification_outbox where payload->>'order_id' = ?1",
        Long.toString(order));
  }

  private void assertUntouched() {
    assertEquals("pending", committedStatus());
    assertEquals(0, committedHistory(), "history rows left behind");
    assertEquals(0, committedOutbox(), "outbox rows left behind");
    assertArrayEquals(new long[] {3, 0}, fixture.stock(product), "stock changed");
  }

  @Test
  public void statusHistoryAndOutboxCommitTogether() throws Exception {
    tx.begin();
    try {
      moves.bySeller(fixture.seller, order, OrderStatus.ACCEPTED);
      assertEquals("accepted", sql.here("select status from orders where id = ?1", order));
      assertEquals(
          1, sql.hereLong("select count(*) from order_status_history where order_id = ?1", order));
      assertEquals(
          1,
          sql.hereLong(
              "select count(*) from notification_outbox where payload->>'order_id' = ?1",
              Long.toString(order)));
      assertUntouched(); // nothing is visible outside before the commit
    } finally {
      tx.commit();
    }
    assertEquals("accepted", committedStatus());
    assertEquals(
        "pending>accepted:seller:" + fixture.seller,
        sql.committed(
            "select from_status || '>' || to_status"
                + " || ':' || actor || ':' || actor_id from order_status_history where order_id = ?1",
            order));
    assertEquals(
        buyer + ":order_accepted",
        sql.committed(
            "select chat_id || ':' || kind from notification_outbox"
                + " where payload->>'order_id' = ?1",
            Long.toString(order)));
  }

  @Test
  public void aCancelRolledBackByTheCallerLeavesNothing() throws Exception {
    tx.begin();
    try {
      moves.byBuyer(buyer, order, OrderStatus.CANCELLED);
      assertEquals(
          1, sql.hereLong("select count(*) from order_status_history where order_id = ?1", order));
      assertEquals(
          5,
          sql.hereLong("select quantity from products where id = ?1", product),
          "stock came back");
      tx.setRollbackOnly();
    } finally {
      tx.rollback();
    }
    assertUntouched();
  }

  @Test
  public void anExceptionAfterTheMoveLeavesNothing() {
    assertThrows(
        Rollbacks.AfterTheWork.class,
        () -> rollbacks.failAfter(() -> moves.byBuyer(buyer, order, OrderStatus.CANCELLED)));
    assertUntouched();
  }

  @Test
  public void aCommittedCancelBringsTheStockBackWithItsRows() throws Exception {
    moves.byBuyer(buyer, order, OrderStatus.CANCELLED); // its own transaction
    assertEquals("cancelled", committedStatus());
    assertEquals(1, committedHistory());
    assertEquals(
        fixture.seller + ":order_cancelled_by_buyer",
        sql.committed(
            "select chat_id || ':' || kind"
                + " from notification_outbox where payload->>'order_id' = ?1",
            Long.toString(order)));
    assertArrayEquals(new long[] {5, 0}, fixture.stock(product));
  }
}
