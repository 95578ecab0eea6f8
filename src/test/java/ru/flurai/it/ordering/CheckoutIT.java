package ru.flurai.it.ordering;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.flurai.it.Fixtures.count;
import static ru.flurai.it.Stack.api;
import static ru.flurai.it.ordering.CartIT.buyer;
import static ru.flurai.it.ordering.CartIT.product;

import io.restassured.response.Response;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import ru.flurai.it.Fixtures;
import ru.flurai.it.ServerTest;
import ru.flurai.it.ShopRows;
import ru.flurai.it.Stack;
import ru.flurai.platform.jobs.ClusterLock;

/** Checkout: atomic stock, daily limits under a seller lock, idempotency (PRODUCT.md §3.2–§3.3). */
public class CheckoutIT extends ServerTest {
  public static final String LIMIT_FULL =
      "Магазин сейчас не принимает заказы: лимит на сегодня исчерпан";

  /** The advisory lock that lets one instance sweep at a time. */
  private static final long SWEEPER_LOCK = ClusterLock.RESERVATION_SWEEP.key;

  private static void sweeperLock(Connection c, String function) throws SQLException {
    try (var st = c.prepareStatement("select " + function + "(?)")) {
      st.setLong(1, SWEEPER_LOCK);
      st.execute();
    }
  }

  public static Map<String, Object> body(String deliveryType) {
    return Map.of(
        "fio",
        "Анна",
        "phone",
        "79161234567",
        "delivery_type",
        deliveryType,
        "address",
        "Тверская, 1");
  }

  public static void add(long buyer, long product, int qty) {
    buyer(buyer)
        .body(Map.of("product_id", product, "quantity", qty))
        .post("/buyers/me/cart/items")
        .then()
        .statusCode(200);
  }

  public static Response checkout(long buyer, Object body, String key) {
    var r = buyer(buyer).body(body);
    return (key == null ? r : r.header("Idempotency-Key", key)).post("/buyers/me/cart/checkout");
  }

  public static void sql(String sql, Object... args) throws Exception {
    try (var c = Stack.db()) {
      Fixtures.exec(c, sql, args);
    }
  }

  @Test
  public void checkoutTurnsReservationsIntoAnOrder() throws Exception {
    var seller = Fixtures.seller();
    ShopRows.deliversInMoscow(seller.id(), "300");
    long product = product(seller.id(), 5);
    long buyer = Fixtures.newTelegramId();
    add(buyer, product, 2);
    checkout(buyer, body("Доставка"), null)
        .then()
        .statusCode(200)
        .body("orders.size()", equalTo(1))
        .body("orders[0].seller_id", equalTo(seller.id()))
        .body("orders[0].total_price", equalTo(9300.0f))
        .body("orders[0].delivery_type", equalTo("Доставка"))
        .body("orders[0].items_info", equalTo(product + ":Розы 51@4500.0 x 2"));
    assertEquals(3, count("select quantity from products where id = ?", product));
    assertEquals(0, count("select reserved_quantity from products where id = ?", product));
    assertEquals(0, count("select count(*) from cart_items where buyer_id = ?", buyer));
    assertEquals(
        1,
        count(
            "select count(*) from order_status_history h join orders o on o.id = h.order_id"
                + " where o.buyer_id = ? and h.to_status = 'pending'",
            buyer));
    assertEquals(
        1,
        count(
            "select count(*) from notification_outbox where chat_id = ? and kind = 'order_created'",
            seller.id()));
  }

  @Test
  public void refusalsChangeNothing() throws Exception {
    var seller = Fixtures.seller();
    sql("update sellers set delivery_type = 'самовывоз' where seller_id = ?", seller.id());
    long product = product(seller.id(), 5);
    long buyer = Fixtures.newTelegramId();
    checkout(buyer, body("Самовывоз"), null)
        .then()
        .statusCode(400)
        .body("detail", equalTo("Cart is empty"));
    add(buyer, product, 2);
    checkout(buyer, body("Доставка"), null)
        .then()
        .statusCode(400)
        .body("detail", equalTo("Магазин не поддерживает выбранный способ доставки"));
    checkout(buyer, Map.of("fio", "A", "delivery_type", "Самовывоз"), null).then().statusCode(400);
    assertEquals(2, count("select reserved_quantity from products where id = ?", product));
    assertEquals(5, count("select quantity from products where id = ?", product));
    assertEquals(0, count("select count(*) from orders where buyer_id = ?", buyer));
    assertEquals(1, count("select count(*) from cart_items where buyer_id = ?", buyer));
  }

  @Test
  public void lapsedButUnsweptReservationsAreSoldFromWhatTheRowsHold() throws Exception {
    var seller = Fixtures.seller();
    sql("update sellers set max_pickup_orders = 100 where seller_id = ?", seller.id());
    long product = product(seller.id(), 20);
    List<Long> buyers = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      long b = Fixtures.newTelegramId();
      add(b, product, 1);
      buyers.add(b);
    }
    // every reservation lapses (301 s) and no sweeper or cart read has deleted the rows yet: the
    // test holds the
    // sweeper's advisory lock meanwhile, so a sweep that falls in this window skips its turn
    try (var c = Stack.db()) {
      sweeperLock(c, "pg_advisory_lock");
      sql(
          "update cart_items set reserved_at = now() - interval '301 seconds' where product_id = ?",
          product);
      for (long b : buyers) {
        checkout(b, body("Самовывоз"), null).then().statusCode(200);
      }
      sweeperLock(c, "pg_advisory_unlock");
    }
    assertEquals(10, count("select quantity from products where id = ?", product));
    assertEquals(0, count("select reserved_quantity from products where id = ?", product));
    assertEquals(0, count("select count(*) from cart_items where product_id = ?", product));
    api()
        .get("/public/sellers/" + seller.id())
        .then()
        .statusCode(200)
        .body("products.find { it.id == " + product + " }.quantity", equalTo(10));
    long late = Fixtures.newTelegramId();
    add(late, product, 10);
    CartIT.assertReservationsMatchCarts(product);
    assertEquals(10, count("select reserved_quantity from products where id = ?", product));
  }

  @Test
  public void aSweptReservationLeavesNothingToCheckOut() throws Exception {
    var seller = Fixtures.seller();
    long product = product(seller.id(), 1);
    long slow = Fixtures.newTelegramId();
    add(slow, product, 1);
    sql(
        "update cart_items set reserved_at = now() - interval '10 minutes' where buyer_id = ?",
        slow);
    buyer(slow)
        .get("/buyers/me/cart")
        .then()
        .statusCode(200)
        .body("size()", equalTo(0)); // released lazily
    assertEquals(0, count("select reserved_quantity from products where id = ?", product));
    long fast = Fixtures.newTelegramId();
    add(fast, product, 1);
    checkout(slow, body("Самовывоз"), null)
        .then()
        .statusCode(400)
        .body("detail", equalTo("Cart is empty"));
    checkout(fast, body("Самовывоз"), null).then().statusCode(200);
    assertEquals(0, count("select quantity from products where id = ?", product));
    assertEquals(0, count("select reserved_quantity from products where id = ?", product));
    assertEquals(0, count("select count(*) from orders where buyer_id = ?", slow));
  }

  @Test
  public void hotProductSellsExactlyItsStock() throws Exception {
    var seller = Fixtures.seller();
    sql("update sellers set max_pickup_orders = 100 where seller_id = ?", seller.id());
    long product = product(seller.id(), 5);
    List<Callable<Integer>> buyers = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      long b = Fixtures.newTelegramId();
      buyers.add(
          () -> {
            int added =
                buyer(b)
                    .body(Map.of("product_id", product, "quantity", 1))
                    .post("/buyers/me/cart/items")
                    .statusCode();
            return added == 200 ? checkout(b, body("Самовывоз"), null).statusCode() : added;
          });
    }
    List<Integer> statuses = runAll(buyers);
    assertEquals(5, statuses.stream().filter(s -> s == 200).count(), statuses.toString());
    assertTrue(statuses.stream().allMatch(s -> s == 200 || s == 409), statuses.toString());
    assertEquals(0, count("select quantity from products where id = ?", product));
    assertEquals(0, count("select reserved_quantity from products where id = ?", product));
    CartIT.assertReservationsMatchCarts(product);
    assertEquals(
        5,
        count(
            "select coalesce(sum(i.quantity), 0) from order_items i join orders o on o.id = i.order_id"
                + " where o.seller_id = ?",
            seller.id()));
    assertEquals(
        0,
        count(
            "select count(*) from orders o where not exists"
                + " (select 1 from order_items i where i.order_id = o.id)"));
  }

  @Test
  public void theLastSlotGoesToExactlyOneCheckout() throws Exception {
    var seller = Fixtures.seller();
    sql(
        "update sellers set max_delivery_orders = 0, max_pickup_orders = 1 where seller_id = ?",
        seller.id());
    long product = product(seller.id(), 10);
    long a = Fixtures.newTelegramId();
    long b = Fixtures.newTelegramId();
    add(a, product, 1);
    add(b, product, 1);
    List<Integer> statuses =
        runAll(
            List.of(
                () -> checkout(a, body("Самовывоз"), null).statusCode(),
                () -> checkout(b, body("Самовывоз"), null).statusCode()));
    assertEquals(List.of(200, 409), statuses.stream().sorted().toList());
    assertEquals(1, count("select count(*) from orders where seller_id = ?", seller.id()));
    // the winner's cart became the order; the loser's cart is untouched
    assertEquals(1, count("select count(*) from cart_items where buyer_id in (?, ?)", a, b));
    long c = Fixtures.newTelegramId();
    add(c, product, 1);
    checkout(c, body("Самовывоз"), null).then().statusCode(409).body("detail", equalTo(LIMIT_FULL));
  }

  @Test
  public void sameKeyTwiceInParallelMakesOneSetOfOrders() throws Exception {
    var seller = Fixtures.seller();
    long product = product(seller.id(), 5);
    long buyer = Fixtures.newTelegramId();
    add(buyer, product, 1);
    String key = "key-" + buyer;
    List<Callable<Response>> calls =
        List.of(
            () -> checkout(buyer, body("Самовывоз"), key),
            () -> checkout(buyer, body("Самовывоз"), key));
    List<Response> responses = runAll(calls);
    assertEquals(200, responses.get(0).statusCode(), responses.get(0).asString());
    assertEquals(200, responses.get(1).statusCode(), responses.get(1).asString());
    assertEquals(responses.get(0).asString(), responses.get(1).asString());
    assertEquals(1, count("select count(*) from orders where buyer_id = ?", buyer));
    checkout(buyer, body("Доставка"), key).then().statusCode(422);
    checkout(buyer, body("Самовывоз"), key)
        .then()
        .statusCode(200)
        .body("orders[0].order_id", equalTo(responses.get(0).path("orders[0].order_id")));
  }

  /**
   * A buyer adding a product while their own checkout of that product runs: both lock the cart row
   * and the product, and must take them in the same order, or PostgreSQL aborts one with a deadlock
   * (once a 500).
   */
  @Test
  public void addingDuringOwnCheckoutNeverDeadlocks() throws Exception {
    var seller = Fixtures.seller();
    sql("update sellers set max_pickup_orders = 1000 where seller_id = ?", seller.id());
    long product = product(seller.id(), 1000);
    long buyer = Fixtures.newTelegramId();
    List<Integer> statuses = new ArrayList<>();
    for (int round = 0; round < 40; round++) {
      add(buyer, product, 1);
      statuses.addAll(
          runAll(
              List.of(
                  () -> checkout(buyer, body("Самовывоз"), null).statusCode(),
                  () ->
                      buyer(buyer)
                          .body(Map.of("product_id", product, "quantity", 1))
                          .post("/buyers/me/cart/items")
                          .statusCode())));
    }
    assertTrue(statuses.stream().allMatch(s -> s == 200), statuses.toString());
    CartIT.assertReservationsMatchCarts(product);
    long inCarts =
        count("select coalesce(sum(quantity), 0) from cart_items where product_id = ?", product);
    long sold =
        count(
            "select coalesce(sum(i.quantity), 0) from order_items i join orders o on o.id = i.order_id"
                + " where o.seller_id = ?",
            seller.id());
    assertEquals(80, inCarts + sold, "every unit added is either in the cart or sold");
    assertEquals(1000 - sold, count("select quantity from products where id = ?", product));
  }

  static <T> List<T> runAll(List<Callable<T>> calls) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(16, calls.size()));
    try {
      List<Future<T>> futures = pool.invokeAll(calls);
      List<T> out = new ArrayList<>();
      for (Future<T> f : futures) {
        out.add(f.get());
      }
      return out;
    } finally {
      pool.shutdownNow();
    }
  }
}
