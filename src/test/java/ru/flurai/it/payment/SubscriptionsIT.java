package ru.flurai.it.payment;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.flurai.it.Stack.api;
import static ru.flurai.it.Stack.eventually;
import static ru.flurai.it.ordering.CheckoutIT.sql;
import static ru.flurai.it.payment.PaymentFixtures.YOOKASSA_IP;
import static ru.flurai.it.payment.PaymentFixtures.atYooKassa;
import static ru.flurai.it.payment.PaymentFixtures.fake;
import static ru.flurai.it.payment.PaymentFixtures.notifyFrom;
import static ru.flurai.it.payment.PaymentFixtures.outboxText;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ru.flurai.it.Fixtures;
import ru.flurai.it.ServerTest;
import ru.flurai.it.payment.PaymentFixtures.Shop;

/**
 * Seller subscriptions (PRODUCT.md §8.5, LATER.md §5): prices, a period bought through YooKassa and
 * activated only by the verified notification, a second period extending the first from its end,
 * the 3-day warning and the expiry by the subscription job. The job's "now" is the database's
 * clock; the test moves the periods' times instead of the clock.
 */
public class SubscriptionsIT extends ServerTest {
  static String buy(Shop s, int months) {
    return s.panel()
        .body(Map.of("period_months", months))
        .post("/subscriptions/create")
        .then()
        .statusCode(200)
        .body("status", equalTo("pending"))
        .body("confirmation_url", notNullValue())
        .extract()
        .path("payment_id");
  }

  static void paid(String paymentId) {
    atYooKassa(paymentId, "succeeded");
    assertEquals(200, notifyFrom(YOOKASSA_IP, paymentId, null));
  }

  @Test
  public void pricesArePublic() {
    api()
        .get("/subscriptions/prices")
        .then()
        .statusCode(200)
        .body("base_price", equalTo(990))
        .body("prices.'1'", equalTo(990))
        .body("prices.'3'", equalTo(2673))
        .body("prices.'6'", equalTo(5049))
        .body("prices.'12'", equalTo(8910))
        .body("discounts.'12'", equalTo(25));
  }

  @Test
  public void aVerifiedPaymentActivatesAndASecondOneExtends() throws Exception {
    Shop s = PaymentFixtures.shop();
    s.panel().get("/subscriptions/status").then().statusCode(200).body("current", nullValue());
    String first = buy(s, 1);
    var request = fake(first).get("request");
    assertEquals("subscription", request.at("/metadata/type").asText());
    assertEquals("990.00", request.at("/amount/value").asText());
    assertEquals("service", request.at("/receipt/items/0/payment_subject").asText());
    // a pending one is offered again instead of piling up
    assertEquals(first, buy(s, 1));
    s.panel().get("/subscriptions/status").then().body("current", nullValue());
    paid(first);
    eventually(
        30_000,
        () ->
            s.panel()
                .get("/subscriptions/status")
                .then()
                .body("current.status", equalTo("active"))
                .body("current.period_months", equalTo(1))
                .body("current.amount_paid", equalTo(990.0f)));
    OffsetDateTime end =
        OffsetDateTime.parse(
            s.panel().get("/subscriptions/status").then().extract().path("current.expires_at"));
    Duration length = Duration.between(OffsetDateTime.now(), end);
    assertTrue(length.toDays() >= 27 && length.toDays() <= 31, length.toString());
    assertEquals(1, outboxText(s.seller().id(), "Подписка Flurai активирована на 1 мес."));
    // paying again extends from the current end, not from now
    String second = buy(s, 3);
    paid(second);
    eventually(
        30_000,
        () ->
            assertEquals(
                2,
                Fixtures.count(
                    "select count(*) from subscriptions where seller_id = ? and status = 'active'",
                    s.seller().id())));
    assertEquals(
        1,
        Fixtures.count(
            "select count(*) from subscriptions b join subscriptions a on a.seller_id ="
                + " b.seller_id and a.period_months = 1 where b.seller_id = ? and b.period_months"
                + " = 3 and b.started_at = a.expires_at and b.expires_at = ((b.started_at at time"
                + " zone 'Europe/Moscow') + interval '3 months') at time zone 'Europe/Moscow'",
            s.seller().id()));
    s.panel()
        .get("/subscriptions/status")
        .then()
        .body("current.period_months", equalTo(3))
        .body("history.size()", equalTo(2));
  }

  @Test
  public void theJobWarnsThreeDaysBeforeAndExpires() throws Exception {
    Shop s = PaymentFixtures.shop();
    String id = buy(s, 1);
    paid(id);
    eventually(
        30_000,
        () ->
            assertEquals(
                1,
                Fixtures.count(
                    "select count(*) from subscriptions where seller_id = ? and status = 'active'",
                    s.seller().id())));
    // two days left: warned once
    sql(
        "update subscriptions set expires_at = now() + interval '2 days' where seller_id = ?",
        s.seller().id());
    eventually(
        90_000,
        () -> assertEquals(1, outboxText(s.seller().id(), "Подписка Flurai истекает через 3 дня")));
    // ended: expired, and the seller is told
    sql(
        "update subscriptions set expires_at = now() - interval '1 minute' where seller_id = ?",
        s.seller().id());
    eventually(
        90_000,
        () ->
            assertEquals(
                1,
                Fixtures.count(
                    "select count(*) from subscriptions where seller_id = ? and status = 'expired'",
                    s.seller().id())));
    assertEquals(1, outboxText(s.seller().id(), "Ваша подписка Flurai истекла"));
    assertEquals(1, outboxText(s.seller().id(), "истекает через 3 дня"));
    s.panel().get("/subscriptions/status").then().body("current", nullValue());
  }

  @Test
  public void aWrongPeriodIsRefused() throws Exception {
    Shop s = PaymentFixtures.shop();
    s.panel()
        .body(Map.of("period_months", 2))
        .post("/subscriptions/create")
        .then()
        .statusCode(400)
        .body("detail", equalTo("Неверный период: допустимы 1, 3, 6 или 12 месяцев"));
    assertEquals(
        0,
        Fixtures.count("select count(*) from subscriptions where seller_id = ?", s.seller().id()));
  }
}
