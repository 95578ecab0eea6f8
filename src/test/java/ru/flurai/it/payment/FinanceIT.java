package ru.flurai.it.payment;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static ru.flurai.it.Stack.api;
import static ru.flurai.it.payment.PaymentFixtures.createdPayment;
import static ru.flurai.it.payment.PaymentFixtures.fake;
import static ru.flurai.it.payment.PaymentFixtures.onlineShop;
import static ru.flurai.it.payment.PaymentFixtures.order;

import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import ru.flurai.it.Fixtures;
import ru.flurai.it.ServerTest;
import ru.flurai.it.payment.PaymentFixtures.Placed;
import ru.flurai.it.payment.PaymentFixtures.Shop;

/**
 * Commission (global and per seller) and the admin finance summary (API.md, LATER.md §4.9–§4.10):
 * the effective rate reaches the YooKassa platform fee, the seller's stats and the summary.
 */
public class FinanceIT extends ServerTest {
  static RequestSpecification admin() {
    return api().header("X-Admin-Token", Fixtures.adminToken()).contentType("application/json");
  }

  @AfterEach
  public void globalBackToThree() {
    admin().body(Map.of("commission_percent", 3)).put("/admin/settings/commission");
  }

  @Test
  public void theGlobalRateIsSetAndRead() {
    admin()
        .body(Map.of("commission_percent", 7))
        .put("/admin/settings/commission")
        .then()
        .statusCode(200)
        .body("status", equalTo("ok"))
        .body("commission_percent", equalTo(7));
    admin().get("/admin/settings/commission").then().body("commission_percent", equalTo(7));
    for (String bad :
        List.of("{\"commission_percent\":101}", "{\"commission_percent\":-1}", "{}")) {
      admin()
          .body(bad)
          .put("/admin/settings/commission")
          .then()
          .statusCode(400)
          .body("detail", equalTo("Комиссия должна быть от 0 до 100%"));
    }
    admin().get("/admin/settings/commission").then().body("commission_percent", equalTo(7));
  }

  @Test
  public void theEffectiveRateFeedsThePlatformFeeStatsAndFinance() throws Exception {
    admin().body(Map.of("commission_percent", 7)).put("/admin/settings/commission");
    Shop global = onlineShop();
    Shop own = onlineShop();
    admin()
        .body(Map.of("field", "commission_percent", "value", "10"))
        .put("/admin/sellers/" + own.seller().id() + "/update")
        .then()
        .statusCode(200);
    Placed a = order(global, true);
    Placed b = order(own, true);
    assertEquals(
        "630.00",
        fake(createdPayment(a)).at("/request/transfers/0/platform_fee_amount/value").asText());
    assertEquals(
        "900.00",
        fake(createdPayment(b)).at("/request/transfers/0/platform_fee_amount/value").asText());
    global.panel().get("/seller-web/stats").then().body("commission_rate", equalTo(7));
    own.panel().get("/seller-web/stats").then().body("commission_rate", equalTo(10));
    // a done order counts in the summary at its seller's rate (the shop paid on delivery)
    Shop cash = PaymentFixtures.shop();
    Placed c = order(cash, true);
    cash.panel()
        .put("/seller-web/orders/" + c.orderId() + "/status?status=done")
        .then()
        .statusCode(200);
    var summary = admin().get("/admin/finance/summary").then().statusCode(200);
    summary
        .body("global_commission_rate", equalTo(7))
        .body("series.size()", equalTo(31))
        .body("by_seller.seller_id", hasItem(cash.seller().id()))
        .body(
            "by_seller.find { it.seller_id == " + cash.seller().id() + " }.revenue",
            equalTo(9000.0f))
        .body(
            "by_seller.find { it.seller_id == " + cash.seller().id() + " }.commission",
            equalTo(630.0f))
        .body(
            "by_seller.find { it.seller_id == " + cash.seller().id() + " }.commission_rate",
            equalTo(7));
    admin()
        .queryParam("group_by", "month")
        .get("/admin/finance/summary")
        .then()
        .statusCode(200)
        .body("period.orders", equalTo(summary.extract().path("period.orders")));
    admin().queryParam("group_by", "year").get("/admin/finance/summary").then().statusCode(400);
    admin()
        .queryParam("date_from", "2026-13-01")
        .get("/admin/finance/summary")
        .then()
        .statusCode(400);
    admin()
        .queryParam("date_from", "2026-02-10")
        .queryParam("date_to", "2026-02-01")
        .get("/admin/finance/summary")
        .then()
        .statusCode(400);
  }
}
