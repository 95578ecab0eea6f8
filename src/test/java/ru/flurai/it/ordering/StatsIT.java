package ru.flurai.it.ordering;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.notNullValue;
import static ru.flurai.it.Stack.api;
import static ru.flurai.it.ordering.OrdersIT.place;
import static ru.flurai.it.ordering.OrdersIT.seller;

import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import ru.flurai.it.Fixtures;
import ru.flurai.it.ServerTest;

/** Seller stats and the admin's oversight screens, computed from orders (API.md §6 Stats, §7). */
public class StatsIT extends ServerTest {
  @Test
  public void sellerStatsCountCompletedOrders() throws Exception {
    var p = place("Самовывоз", 5, 2);
    seller(p).post("/seller-web/orders/" + p.orderId() + "/accept").then().statusCode(200);
    seller(p)
        .queryParam("status", "done")
        .put("/seller-web/orders/" + p.orderId() + "/status")
        .then()
        .statusCode(200);
    var body =
        seller(p)
            .queryParam("period", "7d")
            .get("/seller-web/stats")
            .then()
            .statusCode(200)
            .body("total_completed_orders", equalTo(1))
            .body("total_revenue", equalTo(9000.0f))
            .body("commission_rate", equalTo(3))
            .body("commission_amount", equalTo(270.0f))
            .body("net_revenue", equalTo(8730.0f))
            .body("average_check", equalTo(9000.0f))
            .body("daily_sales.size()", equalTo(7))
            .body("daily_sales[6].orders", equalTo(1))
            .body("delivery_breakdown.pickup.orders", equalTo(1))
            .body("top_products[0].quantity_sold", equalTo(2))
            .body("orders_by_status.done", equalTo(1))
            .body("filters.period", equalTo("7d"));
    seller(p)
        .get("/seller-web/stats")
        .then()
        .statusCode(200)
        .body("total_completed_orders", equalTo(1))
        .body("filters.period", Matchers.nullValue());
    seller(p).queryParam("date_from", "2026-13-01").get("/seller-web/stats").then().statusCode(400);
    body.body("top_bouquets.size()", equalTo(0));
  }

  @Test
  public void dateRangesAreBoundedAndOddDatesAreRefused() throws Exception {
    var p = place("Самовывоз", 5, 1);
    String admin = Fixtures.adminToken();
    for (String path : List.of("/seller-web/stats", "/admin/stats/overview")) {
      for (String[] range :
          List.of(
              new String[] {"3000-01-01", "9999-12-31"},
              new String[] {"0000-01-01", null},
              new String[] {"1000-06-01", "1000-06-02"},
              new String[] {"2025-01-01", "2026-01-02"})) {
        var req = path.startsWith("/admin") ? api().header("X-Admin-Token", admin) : seller(p);
        req = req.queryParam("date_from", range[0]);
        if (range[1] != null) {
          req = req.queryParam("date_to", range[1]);
        }
        req.get(path)
            .then()
            .statusCode(400)
            .body("detail", Matchers.not(Matchers.emptyOrNullString()));
      }
      var ok = path.startsWith("/admin") ? api().header("X-Admin-Token", admin) : seller(p);
      ok.queryParam("date_from", "2025-01-01")
          .queryParam("date_to", "2026-01-01")
          .get(path)
          .then()
          .statusCode(200)
          .body("daily_sales.size()", equalTo(366));
    }
    seller(p)
        .queryParam("date_from", "2025-01-01")
        .queryParam("date_to", "2026-01-02")
        .get("/seller-web/stats")
        .then()
        .body("detail", equalTo("Период не может быть длиннее 366 дней"));
    seller(p)
        .queryParam("date_from", "1000-01-01")
        .get("/seller-web/stats")
        .then()
        .body("detail", equalTo("Дата должна быть между 2000-01-01 и 2100-12-31"));
    api()
        .header("X-Admin-Token", admin)
        .queryParam("date_from", "0000-01-01")
        .get("/admin/orders")
        .then()
        .statusCode(400);
  }

  @Test
  public void adminOrdersArePagedWithBreakdowns() throws Exception {
    var p = place("Доставка", 5, 1);
    String admin = Fixtures.adminToken();
    api()
        .header("X-Admin-Token", admin)
        .queryParam("seller_id", p.seller().id())
        .queryParam("per_page", 10)
        .get("/admin/orders")
        .then()
        .statusCode(200)
        .body("total", equalTo(1))
        .body("pages", equalTo(1))
        .body("orders[0].id", equalTo((int) p.orderId()))
        .body("orders[0].items_info", notNullValue())
        .body("orders[0].seller_name", equalTo("My Shop"))
        .body("status_breakdown.pending", equalTo(1))
        .body("total_amount", equalTo(4500.0f));
    api()
        .header("X-Admin-Token", admin)
        .queryParam("per_page", 1)
        .get("/admin/orders")
        .then()
        .statusCode(200)
        .body("orders.size()", equalTo(1))
        .body("pages", greaterThanOrEqualTo(1));
    api()
        .header("X-Admin-Token", admin)
        .queryParam("status", "bogus")
        .get("/admin/orders")
        .then()
        .statusCode(400);
  }

  @Test
  public void adminDashboardHasEveryKeyThePageReads() {
    var r =
        api()
            .header("X-Admin-Token", Fixtures.adminToken())
            .get("/admin/dashboard")
            .then()
            .statusCode(200);
    for (String k :
        List.of("today", "pipeline", "alerts", "weekly_revenue", "top_sellers_today", "totals")) {
      r.body("$", hasKey(k));
    }
    r.body("pipeline.pending", hasKey("count"))
        .body("alerts", hasKey("stuck_orders"))
        .body("weekly_revenue.size()", equalTo(7))
        .body("totals", hasKey("buyers"));
    api()
        .header("X-Admin-Token", Fixtures.adminToken())
        .queryParam("date_from", "2026-01-01")
        .queryParam("date_to", "2026-01-03")
        .get("/admin/stats/overview")
        .then()
        .statusCode(200)
        .body("daily_sales.size()", equalTo(3));
  }

  @Test
  public void adminSeesHowLoadedShopsAreToday() throws Exception {
    var seller = Fixtures.seller();
    CheckoutIT.sql(
        "update sellers set max_delivery_orders = 0, max_pickup_orders = 1 where seller_id = ?",
        seller.id());
    long product = CartIT.product(seller.id(), 5);
    long buyer = Fixtures.newTelegramId();
    CheckoutIT.add(buyer, product, 1);
    CheckoutIT.checkout(buyer, CheckoutIT.body("Самовывоз"), null).then().statusCode(200);
    api()
        .header("X-Admin-Token", Fixtures.adminToken())
        .get("/admin/stats/limits")
        .then()
        .statusCode(200)
        .body("total_sellers", greaterThanOrEqualTo(1))
        .body("exhausted", greaterThanOrEqualTo(1))
        .body("by_plan.active.total", greaterThanOrEqualTo(1))
        .body("top_loaded[0].load_pct", greaterThanOrEqualTo(100.0f))
        .body("top_loaded[0]", Matchers.hasKey("plan"));
  }
}
