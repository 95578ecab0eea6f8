package ru.flurai.it.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.flurai.it.Fixtures.count;
import static ru.flurai.it.ordering.OrdersIT.place;
import static ru.flurai.it.ordering.OrdersIT.seller;

import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ru.flurai.it.Fixtures;
import ru.flurai.it.ServerTest;
import ru.flurai.it.Stack;
import ru.flurai.it.ordering.CartIT;
import ru.flurai.it.ordering.CheckoutIT;

/** Outbox → fake Telegram Bot API: content, buttons, escaping, 429, 403 (PRODUCT.md §4). */
public class NotificationsIT extends ServerTest {
  public static List<Map<String, Object>> messagesTo(long chatId) {
    return JsonPath.from(Stack.telegram("GET", "calls?method=sendMessage&chat_id=" + chatId, null))
        .getList("findAll { it.outcome == 'ok' || it.status == 200 }");
  }

  public static Map<String, Object> awaitMessage(long chatId, String containing) {
    Map<String, Object>[] found = new Map[1];
    Stack.eventually(
        15_000,
        () -> {
          found[0] =
              messagesTo(chatId).stream()
                  .filter(m -> String.valueOf(m.get("text")).contains(containing))
                  .findFirst()
                  .orElseThrow(
                      () ->
                          new AssertionError(
                              "no message to "
                                  + chatId
                                  + " containing "
                                  + containing
                                  + ": "
                                  + Stack.telegram("GET", "calls?chat_id=" + chatId, null)));
        });
    return found[0];
  }

  @Test
  public void sellerHearsOfTheNewOrderAndTheBuyerOfEveryMove() throws Exception {
    var p = place("Самовывоз", 5, 1);
    Map<String, Object> m = awaitMessage(p.seller().id(), "Новый заказ #" + p.orderId());
    long created =
        count(
            "select cast(extract(epoch from created_at) * 1000 as bigint) from orders where id = ?",
            p.orderId());
    System.out.println(
        "MEASURED order-created notification latency: "
            + (((Number) m.get("ts")).longValue() - created)
            + " ms (order commit to the Bot API call)");
    String markup = String.valueOf(m.get("reply_markup"));
    assertTrue(
        markup.contains("acc:" + p.orderId()) && markup.contains("rej:" + p.orderId()), markup);
    assertTrue(markup.contains("https://app.flurai.test"), markup);
    seller(p).post("/seller-web/orders/" + p.orderId() + "/accept").then().statusCode(200);
    Map<String, Object> b = awaitMessage(p.buyer(), "#" + p.orderId());
    assertTrue(String.valueOf(b.get("text")).contains("принят"), String.valueOf(b.get("text")));
    assertTrue(
        String.valueOf(b.get("reply_markup"))
            .contains("https://app.flurai.test/order/" + p.orderId()));
    seller(p)
        .queryParam("status", "done")
        .put("/seller-web/orders/" + p.orderId() + "/status")
        .then()
        .statusCode(200);
    Map<String, Object> done = awaitMessage(p.buyer(), "выполнен");
    assertTrue(String.valueOf(done.get("reply_markup")).contains("recv:" + p.orderId()));
  }

  @Test
  public void userTextIsEscaped() throws Exception {
    var seller = Fixtures.seller();
    long product = CartIT.product(seller.id(), 3);
    long buyer = Fixtures.newTelegramId();
    CheckoutIT.add(buyer, product, 1);
    int orderId =
        CheckoutIT.checkout(
                buyer,
                Map.of(
                    "fio",
                    "<b>Ева</b> & Co",
                    "phone",
                    "79161234567",
                    "delivery_type",
                    "Самовывоз",
                    "comment",
                    "<a href=\"http://evil\">жми</a>"),
                null)
            .then()
            .statusCode(200)
            .extract()
            .path("orders[0].order_id");
    Map<String, Object> m = awaitMessage(seller.id(), "#" + orderId);
    String text = String.valueOf(m.get("text"));
    assertTrue(!text.contains("<a href") && !text.contains("<b>Ева"), text);
  }

  @Test
  public void tooManyRequestsWaitsRetryAfter() throws Exception {
    // the fault is for this seller's chat only: another test's pending message must not use it up
    var seller = Fixtures.seller();
    Stack.telegram(
        "POST",
        "faults",
        "{\"status\": 429, \"retry_after\": 2, \"methods\": [\"sendMessage\"],"
            + " \"chat_id\": \""
            + seller.id()
            + "\"}");
    long before = System.currentTimeMillis();
    long product = CartIT.product(seller.id(), 5);
    long buyer = Fixtures.newTelegramId();
    CheckoutIT.add(buyer, product, 1);
    int orderId =
        CheckoutIT.checkout(buyer, CheckoutIT.body("Самовывоз"), null)
            .then()
            .statusCode(200)
            .extract()
            .path("orders[0].order_id");
    awaitMessage(seller.id(), "#" + orderId);
    long firstTry =
        JsonPath.from(
                Stack.telegram("GET", "calls?method=sendMessage&chat_id=" + seller.id(), null))
            .getLong("[0].ts");
    assertEquals(
        429,
        JsonPath.from(
                Stack.telegram("GET", "calls?method=sendMessage&chat_id=" + seller.id(), null))
            .getInt("[0].status"),
        "the first call to this chat met the 429");
    long delivered =
        JsonPath.from(
                Stack.telegram("GET", "calls?method=sendMessage&chat_id=" + seller.id(), null))
            .getLong("findAll { it.status == 200 }[0].ts");
    assertTrue(
        delivered - firstTry >= 2000, "delivered " + (delivered - firstTry) + " ms after the 429");
    assertTrue(delivered >= before);
  }

  @Test
  public void blockedBotIsUndeliverableAndNotRetried() throws Exception {
    var seller = Fixtures.seller();
    Stack.telegram(
        "POST", "faults", "{\"status\": 403, \"chat_id\": \"" + seller.id() + "\", \"count\": 5}");
    long product = CartIT.product(seller.id(), 3);
    long buyer = Fixtures.newTelegramId();
    CheckoutIT.add(buyer, product, 1);
    CheckoutIT.checkout(buyer, CheckoutIT.body("Самовывоз"), null).then().statusCode(200);
    Stack.eventually(
        15_000,
        () ->
            assertEquals(
                1,
                count(
                    "select count(*) from notification_outbox where chat_id = ?"
                        + " and status = 'undeliverable'",
                    seller.id())));
    Fixtures.sleep(2000);
    assertEquals(
        1,
        JsonPath.from(
                Stack.telegram("GET", "calls?method=sendMessage&chat_id=" + seller.id(), null))
            .getList("$")
            .size());
    Stack.telegram("DELETE", "faults", null);
  }
}
