package ru.flurai.it.payment;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.flurai.it.Stack.eventually;
import static ru.flurai.it.ordering.CartIT.buyer;
import static ru.flurai.it.payment.PaymentFixtures.YOOKASSA_IP;
import static ru.flurai.it.payment.PaymentFixtures.atYooKassa;
import static ru.flurai.it.payment.PaymentFixtures.create;
import static ru.flurai.it.payment.PaymentFixtures.createdPayment;
import static ru.flurai.it.payment.PaymentFixtures.fake;
import static ru.flurai.it.payment.PaymentFixtures.notifications;
import static ru.flurai.it.payment.PaymentFixtures.notifyFrom;
import static ru.flurai.it.payment.PaymentFixtures.onlineShop;
import static ru.flurai.it.payment.PaymentFixtures.order;
import static ru.flurai.it.payment.PaymentFixtures.orderPayment;
import static ru.flurai.it.payment.PaymentFixtures.outboxText;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import ru.flurai.devstack.TestSecrets;
import ru.flurai.it.Fixtures;
import ru.flurai.it.ServerTest;
import ru.flurai.it.Stack;
import ru.flurai.it.payment.PaymentFixtures.Placed;
import ru.flurai.it.payment.PaymentFixtures.Shop;
import ru.flurai.it.telegram.BotIT;

/**
 * Online payment against the fake YooKassa (PRODUCT.md §8.4): the create call's wire format, reuse
 * of a pending attempt, the gate, the verified webhook and everything a forged, wrong or repeated
 * notification must not do, refunds of late and cancelled payments.
 */
public class PaymentsIT extends ServerTest {
  static final String UNPAID = "Невозможно изменить статус: заказ ещё не оплачен покупателем";

  /** Pays an accepted order end to end; returns the payment id. */
  static String pay(Placed p) {
    String id = createdPayment(p);
    atYooKassa(id, "succeeded");
    assertEquals(200, notifyFrom(YOOKASSA_IP, id, null));
    eventually(30_000, () -> assertEquals("succeeded", orderPayment(p.orderId())));
    return id;
  }

  @Test
  public void aBuyerPaysAnAcceptedOrderEndToEnd() throws Exception {
    Shop shop = onlineShop();
    Placed p = order(shop, true);
    var created = create(p).then().statusCode(200);
    String id = created.extract().path("payment_id");
    created
        .body("status", equalTo("pending"))
        .body("confirmation_url", startsWith("https://yoomoney.ru/checkout/"));
    // the create call as YooKassa received it
    JsonNode request = fake(id).get("request");
    assertEquals("9000.00", request.at("/amount/value").asText());
    assertEquals("RUB", request.at("/amount/currency").asText());
    assertTrue(request.get("capture").asBoolean());
    assertEquals("redirect", request.at("/confirmation/type").asText());
    assertEquals(
        "https://app.flurai.test/order/" + p.orderId(),
        request.at("/confirmation/return_url").asText());
    assertEquals(Long.toString(p.orderId()), request.at("/metadata/order_id").asText());
    assertEquals("700100", request.at("/transfers/0/account_id").asText());
    assertEquals("9000.00", request.at("/transfers/0/amount/value").asText());
    assertEquals("270.00", request.at("/transfers/0/platform_fee_amount/value").asText()); // 3 %
    assertEquals("79161234567", request.at("/receipt/customer/phone").asText());
    BigDecimal sum = BigDecimal.ZERO;
    for (JsonNode item : request.at("/receipt/items")) {
      sum =
          sum.add(
              new BigDecimal(item.at("/amount/value").asText())
                  .multiply(new BigDecimal(item.get("quantity").asText())));
    }
    assertEquals(0, sum.compareTo(new BigDecimal("9000.00")));
    assertTrue(request.get("_idempotence_key").asText().length() >= 32);
    // a pending attempt is offered again, not duplicated
    create(p).then().statusCode(200).body("payment_id", equalTo(id));
    assertEquals(
        1, Fixtures.count("select count(*) from payments where order_id = ?", p.orderId()));
    // the gate: not past accepted before the payment succeeded
    shop.panel()
        .put("/seller-web/orders/" + p.orderId() + "/status?status=assembling")
        .then()
        .statusCode(409)
        .body("detail", equalTo(UNPAID));
    shop.panel()
        .put("/seller-web/orders/" + p.orderId() + "/status?status=done")
        .then()
        .statusCode(409)
        .body("detail", equalTo(UNPAID));
    // the buyer pays; YooKassa notifies from its network through the proxy
    atYooKassa(id, "succeeded");
    assertEquals(200, notifyFrom(YOOKASSA_IP, id, null));
    eventually(30_000, () -> assertEquals("succeeded", orderPayment(p.orderId())));
    buyer(p.buyer())
        .get("/buyers/me/orders")
        .then()
        .body("[0].payment_id", equalTo(id))
        .body("[0].payment_status", equalTo("succeeded"));
    buyer(p.buyer())
        .get("/payments/" + p.orderId() + "/status")
        .then()
        .statusCode(200)
        .body("paid", equalTo(true))
        .body("payment_status", equalTo("succeeded"));
    shop.panel()
        .queryParam("status", "accepted")
        .get("/seller-web/orders")
        .then()
        .body("[0].payment_status", equalTo("succeeded"));
    assertEquals(1, outboxText(p.buyer(), "Заказ #" + p.orderId() + " оплачен!"));
    assertEquals(1, outboxText(shop.seller().id(), "Оплата получена! Заказ #" + p.orderId()));
    // paid: the seller moves on, the buyer cannot pay twice
    shop.panel()
        .put("/seller-web/orders/" + p.orderId() + "/status?status=assembling")
        .then()
        .statusCode(200);
    create(p).then().statusCode(409).body("detail", equalTo("Заказ уже оплачен"));
  }

  @Test
  public void aShopPaidOnDeliveryIsNotGatedAndRefusesOnlinePayment() throws Exception {
    Shop shop = PaymentFixtures.shop();
    Placed p = order(shop, true);
    create(p)
        .then()
        .statusCode(409)
        .body("detail", equalTo("Этот магазин принимает оплату при получении"));
    shop.panel()
        .put("/seller-web/orders/" + p.orderId() + "/status?status=assembling")
        .then()
        .statusCode(200);
    assertEquals(
        0, Fixtures.count("select count(*) from payments where order_id = ?", p.orderId()));
  }

  @Test
  public void onlyTheBuyersAcceptedOrderCanBePaid() throws Exception {
    Shop shop = onlineShop();
    Placed pending = order(shop, false);
    create(pending)
        .then()
        .statusCode(409)
        .body("detail", equalTo("Оплата доступна после того, как магазин примет заказ"));
    Placed accepted = order(shop, true);
    buyer(pending.buyer())
        .contentType("application/json")
        .body("{\"order_id\":" + accepted.orderId() + "}")
        .post("/payments/create")
        .then()
        .statusCode(404)
        .body("detail", equalTo("Заказ не найден"));
    buyer(pending.buyer())
        .get("/payments/" + accepted.orderId() + "/status")
        .then()
        .statusCode(404);
    buyer(pending.buyer())
        .contentType("application/json")
        .body("{\"order_id\":\"x\"}")
        .post("/payments/create")
        .then()
        .statusCode(400);
    buyer(pending.buyer())
        .contentType("application/json")
        .body("{}")
        .post("/payments/create")
        .then()
        .statusCode(400)
        .body("detail", equalTo("Укажите order_id"));
  }

  @Test
  public void aNotificationFromAnotherNetworkChangesNothing() throws Exception {
    Placed p = order(onlineShop(), true);
    String id = createdPayment(p);
    atYooKassa(id, "succeeded");
    assertEquals(403, notifyFrom("8.8.8.8", id, null));
    // a spoofed X-Forwarded-For from an untrusted peer is not believed either: the peer is the
    // client (here loopback is trusted, so the nearest untrusted hop counts)
    assertEquals(403, notifyFrom(YOOKASSA_IP + ", 8.8.4.4", id, null));
    assertEquals(
        0, Fixtures.count("select count(*) from payment_notifications where yookassa_id = ?", id));
    assertEquals("not paid", orderPayment(p.orderId()));
  }

  @Test
  public void aBodyThatLiesAboutTheStatusChangesNothing() throws Exception {
    Placed p = order(onlineShop(), true);
    String id = createdPayment(p); // still pending at YooKassa
    assertEquals(
        200,
        notifyFrom(YOOKASSA_IP, id, "\"status\":\"succeeded\",\"event\":\"payment.succeeded\""));
    eventually(30_000, () -> assertEquals(1, notifications(id, "applied")));
    assertEquals("not paid", orderPayment(p.orderId()));
    assertEquals(
        1,
        Fixtures.count(
            "select count(*) from orders where id = ? and payment_status = 'pending'",
            p.orderId()));
    assertEquals(0, outboxText(p.buyer(), "оплачен!"));
  }

  @Test
  public void aPaymentOfAnotherAmountIsRefused() throws Exception {
    Placed p = order(onlineShop(), true);
    String id = createdPayment(p);
    atYooKassa(id, "succeeded");
    // YooKassa's own answer says 1.00 ₽ (the fake is told to change it in its API)
    Stack.yookassa("POST", "payments/" + id + "/amount", "{\"value\":\"1.00\"}");
    assertEquals(200, notifyFrom(YOOKASSA_IP, id, null));
    eventually(30_000, () -> assertEquals(1, notifications(id, "rejected")));
    assertEquals("not paid", orderPayment(p.orderId()));
    assertEquals(
        0, Fixtures.count("select count(*) from payment_effects where yookassa_id = ?", id));
  }

  @Test
  public void aDuplicateNotificationHasOneEffect() throws Exception {
    Placed p = order(onlineShop(), true);
    String id = createdPayment(p);
    atYooKassa(id, "succeeded");
    for (int i = 0; i < 3; i++) {
      assertEquals(200, notifyFrom(YOOKASSA_IP, id, null));
    }
    eventually(
        30_000,
        () -> {
          assertEquals(1, notifications(id, "applied"));
          assertEquals(2, notifications(id, "duplicate"));
        });
    assertEquals(1, outboxText(p.buyer(), "Заказ #" + p.orderId() + " оплачен!"));
    assertEquals(1, outboxText(p.shop().seller().id(), "Заказ #" + p.orderId() + " оплачен"));
  }

  @Test
  public void aLateSuccessOfASupersededAttemptIsRefunded() throws Exception {
    Placed p = order(onlineShop(), true);
    String old = createdPayment(p);
    p.shop()
        .panel()
        .put("/seller-web/orders/" + p.orderId() + "/price?new_price=8000")
        .then()
        .statusCode(200);
    buyer(p.buyer()).get("/buyers/me/orders").then().body("[0].payment_id", nullValue());
    String fresh = createdPayment(p);
    assertNotEquals(old, fresh);
    assertEquals("8000.00", fake(fresh).at("/request/amount/value").asText());
    // the buyer still pays the old link
    atYooKassa(old, "succeeded");
    assertEquals(200, notifyFrom(YOOKASSA_IP, old, null));
    eventually(
        30_000,
        () -> assertEquals("9000.00", fake(old).at("/payment/refunded_amount/value").asText()));
    assertEquals("not paid", orderPayment(p.orderId()));
    // YooKassa has the refund before our second transaction records its answer
    eventually(
        10_000,
        () ->
            assertEquals(
                1,
                Fixtures.count(
                    "select count(*) from payment_refunds r join payments a on a.id = r.payment_id"
                        + " where a.yookassa_id = ? and r.status = 'succeeded'"
                        + " and r.reason = 'superseded'",
                    old)));
  }

  @Test
  public void cancellingAPaidOrderRefundsItInFull() throws Exception {
    Placed p = order(onlineShop(), true);
    String id = pay(p);
    buyer(p.buyer()).post("/buyers/me/orders/" + p.orderId() + "/cancel").then().statusCode(200);
    eventually(
        30_000,
        () -> assertEquals("9000.00", fake(id).at("/payment/refunded_amount/value").asText()));
    eventually(
        10_000,
        () ->
            assertEquals(
                1,
                Fixtures.count(
                    "select count(*) from orders where id = ? and payment_status = 'refunded'",
                    p.orderId())));
    assertEquals(
        1,
        Fixtures.count(
            "select count(*) from payment_refunds r join payments a on a.id = r.payment_id"
                + " where a.yookassa_id = ? and r.status = 'succeeded' and r.reason = 'order_closed'",
            id));
  }

  @Test
  public void aCancelledPaymentShowsOnTheDashboardAndCanBeRetried() throws Exception {
    Placed p = order(onlineShop(), true);
    String id = createdPayment(p);
    atYooKassa(id, "canceled");
    assertEquals(200, notifyFrom(YOOKASSA_IP, id, null));
    eventually(
        30_000,
        () ->
            p.shop()
                .panel()
                .get("/seller-web/dashboard/order-events")
                .then()
                .statusCode(200)
                .body("events[0].type", equalTo("payment_failed"))
                .body("events[0].order_id", equalTo((int) p.orderId()))
                .body("events[0].payment_status", equalTo("canceled"))
                .body("events[0].amount", equalTo(9000.0f)));
    // the gate still holds, and the buyer pays with a new attempt
    p.shop()
        .panel()
        .put("/seller-web/orders/" + p.orderId() + "/status?status=assembling")
        .then()
        .statusCode(409);
    String again = createdPayment(p);
    assertNotEquals(id, again);
  }

  @Test
  public void theBotsAcceptButtonArmsTheSameGate() throws Exception {
    Placed p = order(onlineShop(), false);
    BotIT.webhook(
            TestSecrets.WEBHOOK_SECRET,
            BotIT.callback(BotIT.updateId(), p.shop().seller().id(), "acc:" + p.orderId()))
        .then()
        .statusCode(200);
    assertEquals(
        1,
        Fixtures.count(
            "select count(*) from orders where id = ? and status = 'accepted' and payment_required",
            p.orderId()));
    p.shop()
        .panel()
        .put("/seller-web/orders/" + p.orderId() + "/status?status=ready_for_pickup")
        .then()
        .statusCode(409)
        .body("detail", equalTo(UNPAID));
    pay(p);
    p.shop()
        .panel()
        .put("/seller-web/orders/" + p.orderId() + "/status?status=ready_for_pickup")
        .then()
        .statusCode(200);
  }

  @Test
  public void aPaidOrderKeepsItsPrice() throws Exception {
    Placed p = order(onlineShop(), true);
    pay(p);
    p.shop()
        .panel()
        .put("/seller-web/orders/" + p.orderId() + "/price?new_price=100")
        .then()
        .statusCode(409)
        .body("detail", equalTo("Заказ уже оплачен: цену изменить нельзя"));
    assertEquals(
        1,
        Fixtures.count(
            "select count(*) from orders where id = ? and total_price = 9000", p.orderId()));
  }
}
