package ru.flurai.it.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.flurai.it.AdminApi.admin;

import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ru.flurai.catalog.BusinessDay;
import ru.flurai.it.Fixtures;
import ru.flurai.it.ServerTest;
import ru.flurai.it.Stack;
import ru.flurai.it.ordering.CheckoutIT;

/**
 * GET /admin/dashboard (API.md §7, DOMAIN.md §4.10) with exact figures. The dashboard is
 * platform-wide and the ITs share one database, so each test reads it before and after writing its
 * own rows (the ITs run one at a time) and checks the difference exactly. "Today" is the business
 * day (06:00 to 06:00 Moscow time).
 */
public class AdminDashboardIT extends ServerTest {
  public static final ZoneId MSK = ZoneId.of("Europe/Moscow");

  /** An order with one line straight into the database, with the given status and times. */
  public static long order(
      long seller, Long buyer, String status, String price, Instant created, Instant completed) {
    try (var c = Stack.db();
        var s =
            c.prepareStatement(
                "with o as (insert into orders (buyer_id, seller_id,"
                    + " status, delivery_type, total_price, created_at, completed_at) values (?, ?, ?, 'Самовывоз', ?, ?, ?)"
                    + " returning id, total_price) insert into order_items (order_id, line_no, name, price, quantity)"
                    + " select id, 1, 'Букет', total_price, 1 from o returning order_id")) {
      s.setObject(1, buyer);
      s.setLong(2, seller);
      s.setString(3, status);
      s.setBigDecimal(4, new BigDecimal(price));
      s.setTimestamp(5, Timestamp.from(created));
      s.setTimestamp(6, completed == null ? null : Timestamp.from(completed));
      try (var rs = s.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  public static long buyerUser(Instant created) {
    long id = Fixtures.newTelegramId();
    try (var c = Stack.db()) {
      Fixtures.exec(
          c,
          "insert into users (tg_id, fio, role, created_at) values (?, 'Покупатель', 'BUYER', ?)",
          id,
          Timestamp.from(created));
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return id;
  }

  /** Decimals read exactly (platform-wide sums outgrow a float's precision). */
  public static JsonPath dashboard() {
    return new JsonPath(admin().get("/admin/dashboard").then().statusCode(200).extract().asString())
        .using(new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
  }

  private static double diff(JsonPath after, JsonPath before, String path) {
    return new BigDecimal(after.getString(path))
        .subtract(new BigDecimal(before.getString(path)))
        .doubleValue();
  }

  @Test
  public void todayCountsEveryOrderOfTheBusinessDayAndOnlyBuyersAsNewCustomers() {
    BusinessDay today = BusinessDay.at(Instant.now(), MSK);
    Instant yesterday = today.start().minus(20, ChronoUnit.HOURS);
    Instant inToday = today.start().plusSeconds(1);
    JsonPath before = dashboard();

    var seller = Fixtures.seller(); // a user created today, but a seller: not a new customer
    long buyer = buyerUser(Instant.now());
    buyerUser(yesterday);
    for (String[] o :
        new String[][] {
          {"pending", "100"},
          {"accepted", "200"},
          {"done", "300"},
          {"completed", "400"},
          {"rejected", "500"},
          {"cancelled", "600"}
        }) {
      boolean finished = o[0].equals("done") || o[0].equals("completed");
      order(seller.id(), buyer, o[0], o[1], inToday, finished ? inToday : null);
    }
    order(seller.id(), buyer, "pending", "50", yesterday, null);
    order(seller.id(), buyer, "done", "1000", yesterday, yesterday.plusSeconds(60));
    order(seller.id(), buyer, "in_transit", "70", yesterday, null);
    order(seller.id(), buyer, "ready_for_pickup", "80", inToday, null);
    JsonPath after = dashboard();

    assertEquals(
        7, diff(after, before, "today.orders"), "every order created today, whatever its status");
    assertEquals(3, diff(after, before, "today.orders_yesterday"));
    assertEquals(700, diff(after, before, "today.revenue"), "done + completed today");
    assertEquals(1000, diff(after, before, "today.revenue_yesterday"));
    assertEquals(21, diff(after, before, "today.profit"));
    assertEquals(1, diff(after, before, "today.new_customers"), "the buyer, not the seller");
    assertEquals(1, diff(after, before, "today.new_customers_yesterday"));
    assertEquals(2, diff(after, before, "pipeline.pending.count"));
    assertEquals(150, diff(after, before, "pipeline.pending.amount"));
    assertEquals(1, diff(after, before, "pipeline.in_progress.count"));
    assertEquals(2, diff(after, before, "pipeline.in_transit.count"));
    assertEquals(150, diff(after, before, "pipeline.in_transit.amount"));
    assertEquals(2, diff(after, before, "pipeline.completed_today.count"));
    assertEquals(700, diff(after, before, "pipeline.completed_today.amount"));
    assertEquals(2, diff(after, before, "pipeline.rejected_today.count"));
    assertEquals(1100, diff(after, before, "pipeline.rejected_today.amount"));
    assertEquals(10, diff(after, before, "totals.orders"));
    assertEquals(1, diff(after, before, "totals.sellers"));
  }

  @Test
  public void aSellerAtItsLimitIsAnAlertAndTopSellersShowTheirLoad() throws Exception {
    BusinessDay today = BusinessDay.at(Instant.now(), MSK);
    Instant inToday = today.start().plusSeconds(1);
    var full = Fixtures.seller();
    var half = Fixtures.seller();
    var closed = Fixtures.seller();
    CheckoutIT.sql(
        "update sellers set shop_name = 'Полный', max_delivery_orders = 0, max_pickup_orders = 2"
            + " where seller_id = ?",
        full.id());
    CheckoutIT.sql(
        "update sellers set shop_name = 'Наполовину', max_delivery_orders = 1, max_pickup_orders = 3"
            + " where seller_id = ?",
        half.id());
    // closed for today by hand: limit 0, so never "exhausted"
    CheckoutIT.sql(
        "update sellers set max_orders = 0, daily_limit_date = ?::date where seller_id = ?",
        today.date().toString(),
        closed.id());
    order(full.id(), null, "pending", "9000000", inToday, null);
    order(full.id(), null, "accepted", "9000000", inToday, null);
    order(full.id(), null, "rejected", "9000000", inToday, null); // holds no slot
    order(half.id(), null, "pending", "8000000", inToday, null);
    order(closed.id(), null, "pending", "7000000", inToday, null);

    JsonPath d = dashboard();
    List<Map<String, Object>> exhausted = d.getList("alerts.exhausted_limits");
    Map<String, Object> alert = find(exhausted, full.id());
    assertEquals("Полный", alert.get("shop_name"));
    assertEquals(2, ((Number) alert.get("used")).intValue());
    assertEquals(2, ((Number) alert.get("limit")).intValue());
    assertNull(find(exhausted, half.id()), "1 of 4 is not exhausted");
    assertNull(find(exhausted, closed.id()), "closed for the day is not an exhausted limit");

    List<Map<String, Object>> top = d.getList("top_sellers_today");
    Map<String, Object> first = find(top, full.id());
    assertEquals(2, ((Number) first.get("orders")).intValue());
    assertEquals(18_000_000.0, ((Number) first.get("revenue")).doubleValue());
    assertEquals(100.0, ((Number) first.get("load_pct")).doubleValue());
    Map<String, Object> second = find(top, half.id());
    assertEquals(25.0, ((Number) second.get("load_pct")).doubleValue());
    assertEquals(
        0.0, ((Number) find(top, closed.id()).get("load_pct")).doubleValue(), "no limit, no load");

    // the limits tab agrees
    JsonPath limits =
        admin().get("/admin/stats/limits").then().statusCode(200).extract().jsonPath();
    Map<String, Object> loaded =
        limits.getMap("top_loaded.find { it.seller_id == " + full.id() + " }");
    assertTrue(
        loaded != null && ((Number) loaded.get("load_pct")).doubleValue() == 100.0,
        "stats/limits: " + loaded);
  }

  private static Map<String, Object> find(List<Map<String, Object>> rows, long tgId) {
    return rows.stream()
        .filter(r -> ((Number) r.get("tg_id")).longValue() == tgId)
        .findFirst()
        .orElse(null);
  }
}
