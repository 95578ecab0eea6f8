package ru.flurai.it.preorder;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.flurai.it.Fixtures.count;
import static ru.flurai.it.ordering.CartIT.buyer;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import ru.flurai.it.Fixtures;
import ru.flurai.it.SellerSession;
import ru.flurai.it.ServerTest;
import ru.flurai.it.ShopRows;
import ru.flurai.it.Stack;
import ru.flurai.it.ordering.CartIT;
import ru.flurai.it.ordering.CheckoutIT;

/**
 * Preorders end to end over HTTP (PRODUCT.md §8.3, LATER.md §2): the seller's ten settings, the
 * shop page, add-to-cart with a date, checkout making one order per (seller, date) with the
 * early-booking discount, the per-date maximum (also raced), the seller's lists, the procurement
 * summary and the analytics.
 */
public class PreordersIT extends ServerTest {
  private static final ZoneId SHOP_ZONE = ZoneId.of("Europe/Moscow");
  static final String NO_DATE = "Для предзаказа укажите дату поставки";
  static final String BAD_DATE = "Неверный формат даты (ожидается ГГГГ-ММ-ДД)";
  static final String UNAVAILABLE = "Выбранная дата недоступна для предзаказа";

  private static LocalDate today() {
    return LocalDate.now(SHOP_ZONE);
  }

  /** A seller with custom dates d1 < d2 offered, lead 2 days, 10 % off from 10 days ahead. */
  private static SellerSession shop(Integer maxPerDate, LocalDate... dates) {
    SellerSession s = SellerSession.open();
    Map<String, Object> body = new HashMap<>();
    body.put("preorder_enabled", true);
    body.put("preorder_schedule_type", "custom_dates");
    body.put("preorder_custom_dates", List.of(dates).stream().map(LocalDate::toString).toList());
    body.put("preorder_min_lead_days", 2);
    body.put("preorder_max_per_date", maxPerDate);
    body.put("preorder_discount_percent", 10);
    body.put("preorder_discount_min_days", 10);
    s.api().body(body).put("/seller-web/me").then().statusCode(200);
    SellerSession.exec("update sellers set delivery_price = 300 where seller_id = ?", s.id());
    return s;
  }

  private static long preorderProduct(long seller, String price) {
    long id = ShopRows.product(seller, price, 5, 0);
    ShopRows.updateProduct(id, "is_preorder = true, name = ?", "Пионы " + id);
    return id;
  }

  private static Response add(long buyer, long product, int qty, Object date) {
    Map<String, Object> body = new HashMap<>();
    body.put("product_id", product);
    body.put("quantity", qty);
    if (date != null) {
      body.put("preorder_delivery_date", date.toString());
    }
    return buyer(buyer).body(body).post("/buyers/me/cart/items");
  }

  @Test
  public void everySettingIsStoredReturnedAndValidated() {
    SellerSession s = SellerSession.open();
    Map<String, Object> body = new HashMap<>();
    body.put("preorder_enabled", true);
    body.put("preorder_schedule_type", "weekly");
    body.put("preorder_weekday", 5);
    body.put("preorder_min_lead_days", 3);
    body.put("preorder_max_per_date", 12);
    body.put("preorder_discount_percent", 7.5);
    body.put("preorder_discount_min_days", 14);
    // what the panel sends for the parts of the form it does not use
    body.put("preorder_base_date", null);
    body.put("preorder_custom_dates", null);
    s.api().body(body).put("/seller-web/me").then().statusCode(200);
    JsonPath me = s.api().get("/seller-web/me").then().statusCode(200).extract().jsonPath();
    assertEquals(true, me.getBoolean("preorder_enabled"));
    assertEquals("weekly", me.getString("preorder_schedule_type"));
    assertEquals(5, me.getInt("preorder_weekday"));
    assertEquals(3, me.getInt("preorder_min_lead_days"));
    assertEquals(12, me.getInt("preorder_max_per_date"));
    assertEquals(7.5, me.getDouble("preorder_discount_percent"));
    assertEquals(14, me.getInt("preorder_discount_min_days"));
    List<String> dates = me.getList("preorder_available_dates");
    assertEquals(4, dates.size());
    for (String d : dates) {
      LocalDate date = LocalDate.parse(d);
      assertEquals(6, date.getDayOfWeek().getValue(), "a Saturday: " + d);
      assertTrue(!date.isBefore(today().minusDays(1).plusDays(3)), d);
    }
    // saving the tab again without the last four (as the old panel did) keeps them
    s.api()
        .body(Map.of("preorder_enabled", true, "preorder_schedule_type", "weekly"))
        .put("/seller-web/me")
        .then()
        .statusCode(200)
        .body("preorder_discount_percent", equalTo(7.5f))
        .body("preorder_min_lead_days", equalTo(3));
    // an explicit null clears the per-date maximum
    Map<String, Object> clear = new HashMap<>();
    clear.put("preorder_max_per_date", null);
    s.api().body(clear).put("/seller-web/me").then().statusCode(200);
    s.api().get("/seller-web/me").then().body("preorder_max_per_date", nullValue());
    // readable refusals that change nothing
    s.api()
        .body(Map.of("preorder_schedule_type", "interval_days", "preorder_interval_days", 10))
        .put("/seller-web/me")
        .then()
        .statusCode(400)
        .body("detail", equalTo("Укажите базовую дату и интервал в днях"));
    s.api()
        .body(Map.of("preorder_schedule_type", "custom_dates", "preorder_custom_dates", List.of()))
        .put("/seller-web/me")
        .then()
        .statusCode(400)
        .body("detail", equalTo("Выберите хотя бы одну дату"));
    s.api()
        .body(Map.of("preorder_weekday", 9))
        .put("/seller-web/me")
        .then()
        .statusCode(400)
        .body("detail", equalTo("День недели для предзаказов должен быть от 0 до 6"));
    s.api()
        .body(Map.of("preorder_schedule_type", "monthly"))
        .put("/seller-web/me")
        .then()
        .statusCode(400);
    s.api()
        .get("/seller-web/me")
        .then()
        .body("preorder_schedule_type", equalTo("weekly"))
        .body("preorder_weekday", equalTo(5));
  }

  @Test
  public void theShopPageOffersTheDatesAndTheProducts() {
    LocalDate d1 = today().plusDays(3);
    LocalDate d2 = today().plusDays(20);
    SellerSession s = shop(7, d2, d1, today()); // today is inside the lead time: not offered
    long regular = ShopRows.product(s.id(), "1000", 5, 0);
    long pre = preorderProduct(s.id(), "5000");
    JsonPath p =
        Stack.api().get("/public/sellers/" + s.id()).then().statusCode(200).extract().jsonPath();
    assertEquals(true, p.getBoolean("preorder_enabled"));
    assertEquals(List.of(d1.toString(), d2.toString()), p.getList("preorder_available_dates"));
    assertEquals(List.of(pre), p.getList("preorder_products.id", Long.class));
    assertEquals(true, p.getBoolean("preorder_products[0].is_preorder"));
    assertEquals(List.of(regular), p.getList("products.id", Long.class));
    assertEquals(10.0, p.getDouble("preorder_discount_percent"));
    assertEquals(10, p.getInt("preorder_discount_min_days"));
    assertEquals(7, p.getInt("preorder_max_per_date"));
    // the seller's preorder tab lists it, the showcase tab does not
    s.api()
        .get("/seller-web/products?preorder=true")
        .then()
        .body("id", equalTo(List.of((int) pre)));
    s.api()
        .get("/seller-web/products?preorder=false")
        .then()
        .body("id", equalTo(List.of((int) regular)));
  }

  @Test
  public void addToCartNeedsAnOfferedDateAndReservesNothing() {
    LocalDate d1 = today().plusDays(3);
    SellerSession s = shop(null, d1);
    long pre = preorderProduct(s.id(), "5000");
    long buyer = Fixtures.newTelegramId();
    add(buyer, pre, 1, null).then().statusCode(400).body("detail", equalTo(NO_DATE));
    add(buyer, pre, 1, " ").then().statusCode(400).body("detail", equalTo(NO_DATE));
    add(buyer, pre, 1, "08.03.2030").then().statusCode(400).body("detail", equalTo(BAD_DATE));
    add(buyer, pre, 1, d1.plusDays(1)).then().statusCode(400).body("detail", equalTo(UNAVAILABLE));
    add(buyer, pre, 1, today()).then().statusCode(400).body("detail", equalTo(UNAVAILABLE));
    assertEquals(0, count("select count(*) from cart_items where buyer_id = ?", buyer));
    add(buyer, pre, 2, d1)
        .then()
        .statusCode(200)
        .body("quantity", equalTo(2))
        .body("reserved_at", nullValue());
    add(buyer, pre, 1, d1).then().statusCode(200).body("quantity", equalTo(3));
    assertEquals(0, CartIT.reserved(pre), "a preorder line holds no stock");
    buyer(buyer)
        .get("/buyers/me/cart")
        .then()
        .statusCode(200)
        .body("[0].items[0].is_preorder", equalTo(true))
        .body("[0].items[0].preorder_delivery_date", equalTo(d1.toString()))
        .body("[0].items[0].reserved_at", nullValue());
    // not capped by stock, and changed or removed by product id for every date
    buyer(buyer)
        .body(Map.of("quantity", 9))
        .put("/buyers/me/cart/items/" + pre)
        .then()
        .statusCode(200);
    assertEquals(
        9,
        count("select quantity from cart_items where buyer_id = ? and product_id = ?", buyer, pre));
    assertEquals(0, CartIT.reserved(pre));
    buyer(buyer).delete("/buyers/me/cart/items/" + pre).then().statusCode(200);
    assertEquals(0, count("select count(*) from cart_items where buyer_id = ?", buyer));
    assertEquals(0, CartIT.reserved(pre));
    // preorders switched off: no date is offered any more
    s.api().body(Map.of("preorder_enabled", false)).put("/seller-web/me").then().statusCode(200);
    add(buyer, pre, 1, d1).then().statusCode(400).body("detail", equalTo(UNAVAILABLE));
  }

  @Test
  public void checkoutMakesOneOrderPerSellerAndDateWithTheDiscount() throws Exception {
    LocalDate near = today().plusDays(3); // under the 10 days of the discount
    LocalDate far = today().plusDays(20);
    SellerSession s = shop(null, near, far);
    ShopRows.deliversInMoscow(s.id(), "300"); // each order's fee comes from its zone
    long regular = CartIT.product(s.id(), 5);
    long pre = preorderProduct(s.id(), "1000.05");
    long buyer = Fixtures.newTelegramId();
    CheckoutIT.add(buyer, regular, 1);
    add(buyer, pre, 1, near).then().statusCode(200);
    add(buyer, pre, 3, far).then().statusCode(200);
    JsonPath r =
        CheckoutIT.checkout(buyer, CheckoutIT.body("Доставка"), null)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertEquals(3, r.getList("orders").size());
    assertEquals(List.of(false, true, true), r.getList("orders.is_preorder"));
    assertEquals(
        Arrays.asList(null, near.toString(), far.toString()),
        r.getList("orders.preorder_delivery_date"));
    long nearId = r.getLong("orders[1].order_id");
    long farId = r.getLong("orders[2].order_id");
    // near: 1000.05 + fee 300, no discount; far: 3000.15 − 10 % (300.02, half up) + fee 300
    assertEquals(new BigDecimal("1300.05"), money("total_price", nearId));
    assertEquals(new BigDecimal("0.00"), money("preorder_discount", nearId));
    assertEquals(new BigDecimal("3000.13"), money("total_price", farId));
    assertEquals(new BigDecimal("300.02"), money("preorder_discount", farId));
    assertEquals(new BigDecimal("3300.15"), money("original_price", farId));
    assertEquals(new BigDecimal("300.00"), money("delivery_fee", farId));
    assertEquals(5, count("select quantity from products where id = ?", pre), "stock untouched");
    assertEquals(4, count("select quantity from products where id = ?", regular), "one sold");
    assertEquals(0, count("select count(*) from cart_items where buyer_id = ?", buyer));
    // the seller's tabs: preorders apart from the regular pending tab
    s.api()
        .get("/seller-web/orders?status=pending&preorder=true")
        .then()
        .statusCode(200)
        .body("id", equalTo(List.of((int) farId, (int) nearId)))
        .body("is_preorder", equalTo(List.of(true, true)))
        .body("preorder_delivery_date", equalTo(List.of(far.toString(), near.toString())));
    s.api()
        .get("/seller-web/orders?status=pending&preorder=false")
        .then()
        .body("id", hasSize(1))
        .body("[0].is_preorder", equalTo(false));
    // a preorder holds no place in today's limit
    s.api().get("/seller-web/me").then().body("orders_used_today", equalTo(1));
    // the seller is told about a preorder as such
    assertEquals(
        3,
        count(
            "select count(*) from notification_outbox where chat_id = ? and kind = 'order_created'",
            s.id()));
    // a cancelled preorder gives no stock back (it took none)
    buyer(buyer).post("/buyers/me/orders/" + farId + "/cancel").then().statusCode(200);
    assertEquals(5, count("select quantity from products where id = ?", pre));
  }

  private static BigDecimal money(String column, long orderId) {
    return (BigDecimal)
        SellerSession.one("select " + column + " from orders where id = ?", orderId);
  }

  @Test
  public void thePerDateMaximumIsCheckedAtAddAndAgainAtCheckout() {
    LocalDate d = today().plusDays(4);
    SellerSession s = shop(1, d);
    long pre = preorderProduct(s.id(), "500");
    long first = Fixtures.newTelegramId();
    long second = Fixtures.newTelegramId();
    add(first, pre, 1, d).then().statusCode(200);
    add(second, pre, 1, d).then().statusCode(200); // both pass the add-time check
    CheckoutIT.checkout(first, CheckoutIT.body("Самовывоз"), null).then().statusCode(200);
    CheckoutIT.checkout(second, CheckoutIT.body("Самовывоз"), null)
        .then()
        .statusCode(409)
        .body("detail", equalTo("На эту дату все места заняты (лимит: 1)"));
    assertEquals(
        1, count("select count(*) from cart_items where buyer_id = ?", second), "cart kept");
    assertEquals(1, count("select count(*) from orders where seller_id = ?", s.id()));
    long third = Fixtures.newTelegramId();
    add(third, pre, 1, d)
        .then()
        .statusCode(409)
        .body("detail", equalTo("На эту дату все места заняты (лимит: 1)"));
  }

  /**
   * The last place of a date, raced: in each round two buyers check out at once for a date with one
   * place left; exactly one order is placed, the other gets the 409.
   */
  @Test
  public void twoBuyersNeverBothTakeTheLastPlace() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      for (int round = 0; round < 5; round++) {
        LocalDate d = today().plusDays(3 + round);
        SellerSession s = shop(1, d);
        long pre = preorderProduct(s.id(), "700");
        long a = Fixtures.newTelegramId();
        long b = Fixtures.newTelegramId();
        add(a, pre, 1, d).then().statusCode(200);
        add(b, pre, 1, d).then().statusCode(200);
        List<Future<Integer>> results = new ArrayList<>();
        for (long buyer : new long[] {a, b}) {
          Callable<Integer> call =
              () -> CheckoutIT.checkout(buyer, CheckoutIT.body("Самовывоз"), null).statusCode();
          results.add(pool.submit(call));
        }
        List<Integer> codes = new ArrayList<>();
        for (Future<Integer> f : results) {
          codes.add(f.get());
        }
        codes.sort(Integer::compare);
        assertEquals(List.of(200, 409), codes, "round " + round);
        assertEquals(
            1,
            count(
                "select count(*) from orders where seller_id = ? and preorder_delivery_date = ?",
                s.id(),
                d));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  public void theSummaryAndTheAnalyticsCountTheSellersPreorders() {
    LocalDate d = today().plusDays(5);
    SellerSession s = shop(null, d);
    long roses = preorderProduct(s.id(), "1000");
    long tulips = preorderProduct(s.id(), "250");
    long a = Fixtures.newTelegramId();
    long b = Fixtures.newTelegramId();
    long c = Fixtures.newTelegramId();
    add(a, roses, 2, d).then().statusCode(200);
    add(a, tulips, 1, d).then().statusCode(200);
    add(b, roses, 1, d).then().statusCode(200);
    add(c, tulips, 4, d).then().statusCode(200);
    long orderA = orderOf(CheckoutIT.checkout(a, CheckoutIT.body("Самовывоз"), null));
    long orderB = orderOf(CheckoutIT.checkout(b, CheckoutIT.body("Самовывоз"), null));
    long orderC = orderOf(CheckoutIT.checkout(c, CheckoutIT.body("Самовывоз"), null));
    buyer(c).post("/buyers/me/orders/" + orderC + "/cancel").then().statusCode(200);
    s.api().post("/seller-web/orders/" + orderB + "/accept").then().statusCode(200);
    s.api().put("/seller-web/orders/" + orderB + "/status?status=done").then().statusCode(200);

    JsonPath sum =
        s.api()
            .get("/seller-web/preorder-summary?date=" + d)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertEquals(d.toString(), sum.getString("date"));
    assertEquals(2, sum.getInt("total_orders"));
    assertEquals(3250.0, sum.getDouble("total_amount")); // 2250 + 1000, the cancelled one left out
    assertEquals(List.of(roses, tulips), sum.getList("items.product_id", Long.class));
    assertEquals(List.of(3, 1), sum.getList("items.total_quantity"));
    assertEquals(List.of(2, 1), sum.getList("items.orders_count"));
    assertEquals(3000.0, sum.getDouble("items[0].total_amount"));
    assertEquals("Пионы " + roses, sum.getString("items[0].product_name"));
    // another seller sees none of it
    SellerSession.open()
        .api()
        .get("/seller-web/preorder-summary?date=" + d)
        .then()
        .body("total_orders", equalTo(0))
        .body("items", hasSize(0));
    s.api()
        .get("/seller-web/preorder-summary?date=2030-02-30")
        .then()
        .statusCode(400)
        .body("detail", equalTo("Дата должна быть в формате YYYY-MM-DD"));

    JsonPath an =
        s.api()
            .get("/seller-web/preorder-analytics?period=7d")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertEquals(3, an.getInt("total_preorders"));
    assertEquals(1, an.getInt("completed_preorders"));
    assertEquals(1, an.getInt("cancelled_preorders"));
    assertEquals(33.3, an.getDouble("completion_rate"));
    assertEquals(33.3, an.getDouble("cancellation_rate"));
    assertEquals(1000.0, an.getDouble("total_revenue"));
    assertEquals(5.0, an.getDouble("avg_lead_days"));
    assertEquals(
        List.of("Пионы " + roses, "Пионы " + tulips), an.getList("top_products.product_name"));
    assertEquals(List.of(3, 1), an.getList("top_products.count"));
    // an empty period: zeros and an empty list, never missing fields
    s.api()
        .get("/seller-web/preorder-analytics?date_from=2001-01-01&date_to=2001-01-31")
        .then()
        .statusCode(200)
        .body("total_preorders", equalTo(0))
        .body("completion_rate", equalTo(0.0f))
        .body("top_products", hasSize(0));
    assertTrue(orderA > 0);
  }

  private static long orderOf(Response r) {
    return r.then().statusCode(200).extract().jsonPath().getLong("orders[0].order_id");
  }
}
