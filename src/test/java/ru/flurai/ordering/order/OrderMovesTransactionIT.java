package ru.flurai.ordering.order;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.math.BigDecimal;
import java.util.List;
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
import ru.flurai.incontainer.Rollbacks;
import ru.flurai.incontainer.Sql;

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
    return InContainer.archive("order-moves", OrderMovesTransactionIT.class)
        .addClasses(OrderMovesClasses.MOVES);
  }

  @Inject OrderMoves moves;
  @Inject Orders orders;
  @Inject Sql sql;
  @Inject Rollbacks rollbacks;

  private Fixture fixture;
  private long buyer;
  private long other;
  private long product;
  private long order;
  private UserTransaction tx;

  @BeforeEach
  void fixture() throws Exception {
    fixture = new Fixture(sql);
    buyer = fixture.buyer();
    other = fixture.buyer();
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
    return committedOutboxOf(order);
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

  /**
   * A pickup order of a second buyer with two lines, one of them without a product, and the
   * seller's "order_created" notification.
   */
  private Order placeOne() {
    return orders.place(
        Order.place(
            new Order.Placement(
                other,
                fixture.seller,
                DeliveryType.PICKUP,
                BigDecimal.ZERO,
                "Невский 1\n📞 79991112233",
                "к 18:00",
                "79991112233",
                "Тест"),
            List.of(
                new ItemsInfo.Line(product, "Роза", new BigDecimal("100.00"), 2),
                new ItemsInfo.Line(null, "Открытка", new BigDecimal("49.50"), 1))),
        "order_created");
  }

  private long committedOutboxOf(long id) {
    return sql.committedLong(
        "select count(*) from notification_outbox where payload->>'order_id' = ?1",
        Long.toString(id));
  }

  private long committedOrdersOfBuyer() {
    return sql.committedLong("select count(*) from orders where buyer_id = ?1", other)
        + sql.committedLong(
            "select count(*) from order_status_history h join orders o on o.id = h.order_id"
                + " where o.buyer_id = ?1",
            other);
  }

  @Test
  public void aPlacedOrderWritesItsRowLinesAndHistoryInTheCallersTransaction() throws Exception {
    long id;
    tx.begin();
    try {
      Order placed = placeOne();
      id = placed.id();
      assertEquals("Тестовая лавка", placed.shop().shopName());
      assertEquals(
          "pending|Самовывоз|249.50|249.50|0.00|к 18:00|" + fixture.seller + "|Тестовая лавка",
          sql.here(
              "select status || '|' || delivery_type || '|' || total_price || '|' ||"
                  + " original_price || '|' || delivery_fee || '|' || comment || '|' ||"
                  + " seller_tg_id || '|' || seller_shop_name from orders where id = ?1",
              id));
      assertEquals(
          "1:" + product + ":Роза:100.00:2,2::Открытка:49.50:1",
          sql.here(
              "select string_agg(line_no || ':' || coalesce(product_id::text, '') || ':' || name"
                  + " || ':' || price || ':' || quantity, ',' order by line_no) from order_items"
                  + " where order_id = ?1",
              id));
      assertEquals(
          ">pending:buyer:" + other,
          sql.here(
              "select coalesce(from_status, '') || '>' || to_status || ':' || actor || ':' ||"
                  + " actor_id from order_status_history where order_id = ?1",
              id));
      assertEquals(
          fixture.seller + ":order_created",
          sql.here(
              "select chat_id || ':' || kind from notification_outbox"
                  + " where payload->>'order_id' = ?1",
              Long.toString(id)));
      assertEquals(0, committedOrdersOfBuyer(), "visible outside before the commit");
      assertEquals(0, committedOutboxOf(id), "notification visible before the commit");
    } finally {
      tx.commit();
    }
    assertEquals(1, committedOutboxOf(id));
    assertEquals(
        List.of(">pending:buyer:" + other),
        orders.history(id).stream().map(StatusChange::toString).toList());
    assertEquals(2, sql.committedLong("select count(*) from order_items where order_id = ?1", id));
  }

  @Test
  public void aPlacedOrderRolledBackLeavesNoRowLineOrHistory() throws Exception {
    long id;
    tx.begin();
    try {
      id = placeOne().id();
      assertEquals(2, sql.hereLong("select count(*) from order_items where order_id = ?1", id));
      tx.setRollbackOnly();
    } finally {
      tx.rollback();
    }
    assertEquals(0, committedOrdersOfBuyer());
    assertEquals(0, committedOutboxOf(id), "a notification of a rolled-back order");
    assertEquals(
        0,
        sql.committedLong(
            "select count(*) from order_items i left join orders o on o.id = i.order_id"
                + " where o.id is null"),
        "orphan lines");
  }

  @Test
  public void movesThroughTheAggregateAppendOneHistoryRowEachInOrder() throws Exception {
    moves.bySeller(fixture.seller, order, OrderStatus.ACCEPTED);
    moves.bySeller(fixture.seller, order, OrderStatus.IN_TRANSIT);
    moves.bySeller(fixture.seller, order, OrderStatus.DONE);
    moves.byBuyer(buyer, order, OrderStatus.COMPLETED);
    String s = ":seller:" + fixture.seller;
    assertEquals(
        List.of(
            "pending>accepted" + s,
            "accepted>in_transit" + s,
            "in_transit>done" + s,
            "done>completed:buyer:" + buyer),
        orders.history(order).stream().map(StatusChange::toString).toList());
    assertEquals("completed", committedStatus());
    assertEquals(
        1,
        sql.committedLong(
            "select count(*) from orders where id = ?1 and completed_at is not null", order));
  }

  @Test
  public void anIllegalMoveWritesNothingAndLeavesTheCallersTransactionCommittable()
      throws Exception {
    tx.begin();
    try {
      IllegalTransition e =
          assertThrows(
              IllegalTransition.class, () -> moves.byBuyer(buyer, order, OrderStatus.COMPLETED));
      assertEquals("Нельзя перевести заказ из статуса «pending» в «completed»", e.detail());
      assertThrows(OrderNotFound.class, () -> moves.bySeller(buyer, order, OrderStatus.ACCEPTED));
      assertEquals(
          0, sql.hereLong("select count(*) from order_status_history where order_id = ?1", order));
    } finally {
      tx.commit(); // not marked for rollback: the bot commits a refused press as handled
    }
    assertUntouched();
  }
}
