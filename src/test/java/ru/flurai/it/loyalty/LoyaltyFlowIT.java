package ru.flurai.it.loyalty;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static ru.flurai.it.Fixtures.count;
import static ru.flurai.it.Stack.api;
import static ru.flurai.it.ordering.CartIT.buyer;
import static ru.flurai.it.ordering.CartIT.product;
import static ru.flurai.it.ordering.CheckoutIT.add;
import static ru.flurai.it.ordering.CheckoutIT.body;
import static ru.flurai.it.ordering.CheckoutIT.checkout;

import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import ru.flurai.devstack.TestSecrets;
import ru.flurai.it.Fixtures;
import ru.flurai.it.ServerTest;
import ru.flurai.it.telegram.BotIT;

/**
 * Loyalty end to end over HTTP, as the Mini App, the panel and Telegram call it: the seller's
 * terms, a buyer whose phone only the bot's own-contact update verifies (a forwarded contact, the
 * profile's phone and the checkout's phone never do), points earned on a completed order, spent on
 * the next checkout within the seller's share, and given back on a cancel.
 */
public class LoyaltyFlowIT extends ServerTest {
  static String randomPhone() {
    return "7" + ThreadLocalRandom.current().nextLong(9_000_000_000L, 9_999_999_999L);
  }

  /** A private message from {@code fromId} sharing the contact of {@code contactUserId}. */
  static String contact(long fromId, Long contactUserId, String phone) {
    return "{\"update_id\":"
        + BotIT.updateId()
        + ",\"message\":{\"message_id\":7,\"date\":1700000000,\"from\":{\"id\":"
        + fromId
        + ",\"is_bot\":false,\"first_name\":\"Анна\"},\"chat\":{\"id\":"
        + fromId
        + ",\"type\":\"private\"},\"contact\":{\"phone_number\":\""
        + phone
        + "\",\"first_name\":\"Анна\""
        + (contactUserId == null ? "" : ",\"user_id\":" + contactUserId)
        + "}}}";
  }

  /** Delivers an update as Telegram does (the test server runs the webhook). */
  public static void deliver(String update) {
    BotIT.webhook(TestSecrets.WEBHOOK_SECRET, update).then().statusCode(200);
  }

  static RequestSpecification seller(String token) {
    return api().header("X-Seller-Token", token).contentType("application/json");
  }

  static ValidatableResponse card(long buyer, long seller) {
    return buyer(buyer).get("/buyers/me/loyalty/" + seller).then().statusCode(200);
  }

  @Test
  public void settingsRoundTripAndRefusals() {
    var s = Fixtures.seller();
    String token = Fixtures.sellerToken(s);
    seller(token)
        .get("/seller-web/loyalty/settings")
        .then()
        .statusCode(200)
        .body("points_percent", equalTo(0))
        .body("max_points_discount_percent", equalTo(100))
        .body("points_to_ruble_rate", equalTo(1))
        .body("tiers_config", nullValue())
        .body("points_expire_days", nullValue());
    Map<String, Object> body = new HashMap<>();
    body.put("points_percent", 7.5);
    body.put("max_points_discount_percent", 40);
    body.put("points_to_ruble_rate", 2);
    body.put(
        "tiers_config",
        List.of(
            Map.of("name", "Золото", "min_total", 10000, "points_percent", 10),
            Map.of("name", "Старт", "min_total", 0, "points_percent", 5)));
    body.put("points_expire_days", 90);
    seller(token)
        .body(body)
        .put("/seller-web/loyalty/settings")
        .then()
        .statusCode(200)
        .body("points_percent", equalTo(7.5f))
        .body("tiers_config[0].name", equalTo("Старт"))
        .body("points_expire_days", equalTo(90));
    // the tab sends null for "no tiers" and "never expires"; null share and rate keep theirs
    Map<String, Object> off = new HashMap<>();
    off.put("points_percent", 7.5);
    off.put("tiers_config", null);
    off.put("points_expire_days", null);
    seller(token)
        .body(off)
        .put("/seller-web/loyalty/settings")
        .then()
        .statusCode(200)
        .body("tiers_config", nullValue())
        .body("points_expire_days", nullValue())
        .body("max_points_discount_percent", equalTo(40))
        .body("points_to_ruble_rate", equalTo(2.0f));
    for (var bad :
        List.of(
            Map.of("points_percent", 101),
            Map.of("points_percent", 5, "max_points_discount_percent", -1),
            Map.of("points_percent", 5, "points_to_ruble_rate", 0))) {
      seller(token).body(bad).put("/seller-web/loyalty/settings").then().statusCode(400);
    }
    seller(token)
        .body(Map.of("points_percent", 101))
        .put("/seller-web/loyalty/settings")
        .then()
        .body("detail", equalTo("Процент начисления: число от 0 до 100"));
    seller(token)
        .body("{\"points_percent\":\"много\"}")
        .put("/seller-web/loyalty/settings")
        .then()
        .statusCode(400);
    seller(token).get("/seller-web/loyalty/settings").then().body("points_percent", equalTo(7.5f));
  }

  @Test
  public void verifiedBuyerEarnsSpendsAndGetsPointsBack() throws Exception {
    var s = Fixtures.seller();
    String token = Fixtures.sellerToken(s);
    seller(token)
        .body(
            Map.of(
                "points_percent", 10, "max_points_discount_percent", 50, "points_to_ruble_rate", 1))
        .put("/seller-web/loyalty/settings")
        .then()
        .statusCode(200);
    long product = product(s.id(), 10);
    long buyer = Fixtures.newTelegramId();
    String phone = randomPhone();

    // no verified phone: subscribing, typing the phone into the profile give no card
    buyer(buyer)
        .body(Map.of("seller_id", s.id()))
        .post("/buyers/me/favorite-sellers")
        .then()
        .statusCode(200);
    buyer(buyer).body(Map.of("phone", phone)).put("/buyers/me").then().statusCode(200);
    card(buyer, s.id())
        .body("linked", equalTo(false))
        .body("points_balance", equalTo(0))
        .body("points_percent", equalTo(10.0f))
        .body("card_number", nullValue())
        .body("max_points_discount_percent", equalTo(50));

    // a contact forwarded from someone else (user_id of another user) verifies nothing
    deliver(contact(buyer, buyer + 1, phone));
    deliver(contact(buyer, null, phone));
    card(buyer, s.id()).body("linked", equalTo(false));
    assertEquals(0, count("select count(*) from verified_phones where tg_id = ?", buyer));
    assertEquals(
        2,
        count(
            "select count(*) from notification_outbox where chat_id = ? and kind = 'bot_phone_not_own'",
            buyer));

    // the buyer's own contact: verified, and the followed shop's card is there
    deliver(contact(buyer, buyer, "+" + phone));
    card(buyer, s.id())
        .body("linked", equalTo(true))
        .body("card_number", equalTo("FL-00001"))
        .body("points_balance", equalTo(0.0f));

    // a completed order earns 10 % of what was paid for the goods (4 500)
    add(buyer, product, 1);
    int first =
        checkout(buyer, body("Самовывоз"), null)
            .then()
            .statusCode(200)
            .extract()
            .path("orders[0].order_id");
    seller(token).post("/seller-web/orders/" + first + "/accept").then().statusCode(200);
    buyer(buyer).post("/buyers/me/orders/" + first + "/confirm").then().statusCode(200);
    card(buyer, s.id()).body("points_balance", equalTo(450.0f));

    // the next checkout spends them, within 50 % of the order
    add(buyer, product, 1);
    Map<String, Object> withPoints = new HashMap<>(body("Самовывоз"));
    withPoints.put("points_usage", List.of(Map.of("seller_id", s.id(), "points_to_use", 1000)));
    var placed =
        checkout(buyer, withPoints, null)
            .then()
            .statusCode(200)
            .body("orders[0].points_used", equalTo(450.0f))
            .body("orders[0].points_discount", equalTo(450.0f))
            .body("orders[0].total_price", equalTo(4050.0f));
    int second = placed.extract().path("orders[0].order_id");
    card(buyer, s.id()).body("points_balance", equalTo(0.0f));
    seller(token)
        .get("/seller-web/orders/" + second)
        .then()
        .statusCode(200)
        .body("points_used", equalTo(450.0f))
        .body("original_price", equalTo(4500.0f))
        .body(
            "customer_id",
            equalTo(
                (int)
                    count(
                        "select id from customers where seller_id = ? and linked_user_id = ?",
                        s.id(),
                        buyer)));

    // cancelled: the points come back, and the answer says how many
    buyer(buyer)
        .post("/buyers/me/orders/" + second + "/cancel")
        .then()
        .statusCode(200)
        .body("points_refunded", equalTo(450.0f));
    card(buyer, s.id()).body("points_balance", equalTo(450.0f));

    // the seller's CRM sees the same card: the subscriber with it, its orders and figures
    int customer =
        (int)
            count(
                "select id from customers where seller_id = ? and linked_user_id = ?",
                s.id(),
                buyer);
    seller(token)
        .get("/seller-web/customers/all")
        .then()
        .statusCode(200)
        .body("find { it.buyer_id == " + buyer + " }.loyalty_customer_id", equalTo(customer))
        .body("find { it.buyer_id == " + buyer + " }.loyalty_points", equalTo(450.0f))
        .body("find { it.buyer_id == " + buyer + " }.order_count", equalTo(1))
        .body("find { it.buyer_id == " + buyer + " }.segment", equalTo("Новый"));
    seller(token)
        .get("/seller-web/subscribers")
        .then()
        .statusCode(200)
        .body("subscribers[0].loyalty_card_number", equalTo("FL-00001"))
        .body("subscribers[0].has_loyalty", equalTo(true));
    seller(token)
        .get("/seller-web/customers/" + customer)
        .then()
        .statusCode(200)
        .body("linked", equalTo(true))
        .body("completed_orders_count", equalTo(1))
        .body("total_purchases", equalTo(4500.0f))
        .body("transactions.kind", equalTo(List.of("refund", "spend", "accrual")));
    seller(token)
        .get("/seller-web/customers/" + customer + "/orders")
        .then()
        .statusCode(200)
        .body("id", equalTo(List.of(second, first)));
    assertEquals(
        450,
        count(
            "select sum(l.points) from loyalty_ledger l join customers c on c.id = l.customer_id"
                + " where c.linked_user_id = ? and c.seller_id = ?",
            buyer,
            s.id()));
  }

  @Test
  public void aPhoneInTheCheckoutBodyNeverSpendsSomeoneElsesCard() throws Exception {
    var s = Fixtures.seller();
    String token = Fixtures.sellerToken(s);
    seller(token)
        .body(Map.of("points_percent", 10))
        .put("/seller-web/loyalty/settings")
        .then()
        .statusCode(200);
    String victimPhone = randomPhone();
    int victim =
        seller(token)
            .body(Map.of("phone", victimPhone, "first_name", "Вера", "last_name", "Жертва"))
            .post("/seller-web/customers")
            .then()
            .statusCode(200)
            .extract()
            .path("id");
    seller(token)
        .body(Map.of("amount", 5000))
        .post("/seller-web/customers/" + victim + "/sales")
        .then()
        .statusCode(200)
        .body("new_balance", equalTo(500.0f));
    long thief = Fixtures.newTelegramId();
    buyer(thief).body(Map.of("phone", victimPhone)).put("/buyers/me").then().statusCode(200);
    card(thief, s.id()).body("linked", equalTo(false)).body("points_balance", equalTo(0));
    add(thief, product(s.id(), 5), 1);
    Map<String, Object> steal = new HashMap<>(body("Самовывоз"));
    steal.put("phone", victimPhone);
    steal.put("points_usage", List.of(Map.of("seller_id", s.id(), "points_to_use", 500)));
    checkout(thief, steal, null)
        .then()
        .statusCode(200)
        .body("orders[0].points_used", equalTo(0))
        .body("orders[0].total_price", equalTo(4500.0f));
    seller(token)
        .get("/seller-web/customers/" + victim)
        .then()
        .body("points_balance", equalTo(500.0f))
        .body("linked", equalTo(false));
  }
}
