package ru.flurai.it.seller;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import ru.flurai.it.Fixtures;
import ru.flurai.it.JsonShape;
import ru.flurai.it.SellerSession;
import ru.flurai.it.ServerTest;

/**
 * The dashboard's side calls and the LATER screens answer the shapes the panel needs (API.md §6,
 * §10.12).
 */
public class SellerDashboardIT extends ServerTest {
  @Test
  public void dashboardCallsAnswerTheirShapes() {
    SellerSession s = SellerSession.open();
    assertEquals(
        JsonShape.object("{\"low_stock_bouquets\":[],\"expiring_items\":[]}"),
        JsonShape.object(
            s.api()
                .get("/seller-web/dashboard/alerts")
                .then()
                .statusCode(200)
                .extract()
                .asString()));
    s.api()
        .get("/seller-web/dashboard/order-events")
        .then()
        .statusCode(200)
        .body("events", hasSize(0));
    s.api()
        .get("/seller-web/dashboard/upcoming-events?days=14")
        .then()
        .statusCode(200)
        .body("", hasSize(0));
  }

  @Test
  public void subscriberCountIsReal() {
    SellerSession s = SellerSession.open();
    s.api().get("/seller-web/subscribers/count").then().statusCode(200).body("count", equalTo(0));
    for (int i = 0; i < 2; i++) {
      long buyer = Fixtures.newTelegramId();
      SellerSession.exec("insert into users (tg_id, fio) values (?, 'Подписчик')", buyer);
      SellerSession.exec(
          "insert into buyer_favorite_sellers (buyer_id, seller_id) values (?, ?)", buyer, s.id());
    }
    s.api().get("/seller-web/subscribers/count").then().statusCode(200).body("count", equalTo(2));
    s.api()
        .get("/seller-web/subscribers")
        .then()
        .statusCode(200)
        .body("total", equalTo(2))
        .body("subscribers", hasSize(2))
        .body("subscribers[0].fio", equalTo("Подписчик"))
        .body("subscribers[0].loyalty_points", equalTo(0))
        .body("subscribers[0].has_loyalty", equalTo(false));
  }

  @Test
  public void laterScreensGetEmptyButValidAnswers() {
    SellerSession s = SellerSession.open();
    s.api().get("/seller-web/delivery-zones").then().statusCode(200).body("", hasSize(0));
    s.api()
        .body("{\"name\":\"Центр\",\"district_ids\":[1],\"delivery_price\":300}")
        .post("/seller-web/delivery-zones")
        .then()
        .statusCode(400)
        .body("detail", equalTo("Укажите город в настройках магазина, чтобы выбрать районы"));
    s.api()
        .body("{}")
        .put("/seller-web/delivery-zones/5")
        .then()
        .statusCode(404)
        .body("detail", equalTo("Зона доставки не найдена"));
    s.api().delete("/seller-web/delivery-zones/5").then().statusCode(404);
    s.api()
        .get("/seller-web/stats/customers")
        .then()
        .statusCode(200)
        .body("total_customers", equalTo(0))
        .body("top_customers", hasSize(0))
        .body("retention_rate", equalTo(0));
    s.api()
        .get("/seller-web/preorder-analytics?period=30d")
        .then()
        .statusCode(200)
        .body("total_preorders", equalTo(0))
        .body("top_products", hasSize(0));
    s.api()
        .get("/seller-web/preorder-summary?date=2030-03-08")
        .then()
        .statusCode(200)
        .body("date", equalTo("2030-03-08"))
        .body("total_orders", equalTo(0))
        .body("total_amount", equalTo(0))
        .body("items", hasSize(0));
    s.api().get("/seller-web/preorder-summary?date=08.03.2030").then().statusCode(400);
    s.api()
        .get("/seller-web/loyalty/settings")
        .then()
        .statusCode(200)
        .body("points_percent", equalTo(0))
        .body("max_points_discount_percent", equalTo(100));
    for (String path :
        new String[] {
          "customers/all", "customers/tags", "flowers", "receptions", "bouquets", "inventory/all"
        }) {
      s.api().get("/seller-web/" + path).then().statusCode(200).body("", hasSize(0));
    }
  }
}
