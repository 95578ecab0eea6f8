package ru.flurai.it.payment;

import static ru.flurai.it.Stack.api;
import static ru.flurai.it.ordering.CartIT.buyer;
import static ru.flurai.it.ordering.CartIT.product;
import static ru.flurai.it.ordering.CheckoutIT.add;
import static ru.flurai.it.ordering.CheckoutIT.body;
import static ru.flurai.it.ordering.CheckoutIT.checkout;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import ru.flurai.it.Fixtures;
import ru.flurai.it.Stack;

/** Shops that take online payment, accepted orders, and the fake YooKassa's controls. */
final class PaymentFixtures {
  static final ObjectMapper JSON = new ObjectMapper();

  /** An address inside YooKassa's published networks, as nginx forwards it. */
  static final String YOOKASSA_IP = "185.71.76.10";

  record Shop(Fixtures.SellerFixture seller, String token, long product) {
    RequestSpecification panel() {
      return api().header("X-Seller-Token", token).contentType("application/json");
    }
  }

  record Placed(Shop shop, long buyer, long orderId) {}

  private PaymentFixtures() {}

  /** A shop with a YooKassa account (set through the panel, as its payment tab does). */
  static Shop onlineShop() throws Exception {
    Shop s = shop();
    s.panel()
        .body(Map.of("yookassa_account_id", "700100"))
        .put("/seller-web/me")
        .then()
        .statusCode(200);
    return s;
  }

  static Shop shop() throws Exception {
    var seller = Fixtures.seller();
    return new Shop(seller, Fixtures.sellerToken(seller), product(seller.id(), 50));
  }

  /** A pickup order of 2 × 4 500 ₽, placed by a new buyer; accepted when {@code accept}. */
  static Placed order(Shop shop, boolean accept) {
    long buyer = Fixtures.newTelegramId();
    add(buyer, shop.product(), 2);
    int orderId =
        checkout(buyer, body("Самовывоз"), null)
            .then()
            .statusCode(200)
            .extract()
            .path("orders[0].order_id");
    if (accept) {
      shop.panel().post("/seller-web/orders/" + orderId + "/accept").then().statusCode(200);
    }
    return new Placed(shop, buyer, orderId);
  }

  static Response create(Placed p) {
    return buyer(p.buyer())
        .contentType("application/json")
        .body(
            Map.of(
                "order_id",
                p.orderId(),
                "return_url",
                "https://app.flurai.test/order/" + p.orderId()))
        .post("/payments/create");
  }

  static String createdPayment(Placed p) {
    return create(p).then().statusCode(200).extract().path("payment_id");
  }

  /** What the buyer did at YooKassa: the payment's status there (and, to lie, its amount). */
  static void atYooKassa(String paymentId, String status) {
    Stack.yookassa("POST", "payments/" + paymentId + "/status", "{\"status\":\"" + status + "\"}");
  }

  /** The fake sends a notification from {@code ip}; returns the webhook's HTTP status. */
  static int notifyFrom(String ip, String paymentId, String extraJson) {
    String body =
        "{\"payment_id\":\""
            + paymentId
            + "\",\"url\":\""
            + Stack.baseUrl()
            + "/payments/webhook\",\"forwarded_for\":\""
            + ip
            + "\""
            + (extraJson == null ? "" : "," + extraJson)
            + "}";
    return json(Stack.yookassa("POST", "notify", body)).get("status").asInt();
  }

  /** The payment as the fake holds it, with the create request ({@code request}). */
  static JsonNode fake(String paymentId) {
    return json(Stack.yookassa("GET", "payments/" + paymentId, null));
  }

  static JsonNode json(String s) {
    try {
      return JSON.readTree(s);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String orderPayment(long orderId) {
    return Fixtures.count(
                "select count(*) from orders where id = ? and payment_status = 'succeeded'",
                orderId)
            == 1
        ? "succeeded"
        : "not paid";
  }

  static long notifications(String paymentId, String status) {
    return Fixtures.count(
        "select count(*) from payment_notifications where yookassa_id = ? and status = ?",
        paymentId,
        status);
  }

  static long outboxText(long chatId, String fragment) {
    return Fixtures.count(
        "select count(*) from notification_outbox where chat_id = ? and kind = 'bot_text'"
            + " and payload->>'text' like ?",
        chatId,
        "%" + fragment + "%");
  }
}
