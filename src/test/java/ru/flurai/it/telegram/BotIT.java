package ru.flurai.it.telegram;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.flurai.it.Fixtures.count;
import static ru.flurai.it.Stack.api;
import static ru.flurai.it.ordering.OrdersIT.place;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import ru.flurai.devstack.TestSecrets;
import ru.flurai.it.Fixtures;
import ru.flurai.it.ServerTest;
import ru.flurai.it.Stack;
import ru.flurai.it.ordering.OrdersIT;

/** Updates from Telegram: webhook secret, dedupe, /start, and the order buttons (PRODUCT.md §4). */
public class BotIT extends ServerTest {
  public static long updateId() {
    return ThreadLocalRandom.current().nextLong(1, Integer.MAX_VALUE);
  }

  public static String callback(long updateId, long fromId, String data) {
    return "{\"update_id\":"
        + updateId
        + ",\"callback_query\":{\"id\":\"cb"
        + updateId
        + "\",\"from\":{\"id\":"
        + fromId
        + ",\"is_bot\":false,\"first_name\":\"U\"},\"chat_instance\":\"1\",\"data\":\""
        + data
        + "\"}}";
  }

  public static String start(long updateId, long fromId, String text) {
    return "{\"update_id\":"
        + updateId
        + ",\"message\":{\"message_id\":1,\"date\":1700000000,\"from\":{\"id\":"
        + fromId
        + ",\"is_bot\":false,\"first_name\":\"U\"},\"chat\":{\"id\":"
        + fromId
        + ",\"type\":\"private\"},"
        + "\"text\":\""
        + text
        + "\",\"entities\":[{\"offset\":0,\"length\":6,\"type\":\"bot_command\"}]}}";
  }

  public static Response webhook(String secret, String body) {
    var r = api().contentType("application/json").body(body);
    return (secret == null ? r : r.header("X-Telegram-Bot-Api-Secret-Token", secret))
        .post("/telegram/webhook");
  }

  @Test
  public void webhookNeedsTheSecret() {
    webhook(null, start(updateId(), 1, "/start")).then().statusCode(401);
    webhook("wrong", start(updateId(), 1, "/start")).then().statusCode(401);
  }

  @Test
  public void sellerAcceptsWithTheButtonOnceAndOthersCannot() throws Exception {
    var p = place("Самовывоз", 5, 1);
    long stranger = Fixtures.newTelegramId();
    webhook(TestSecrets.WEBHOOK_SECRET, callback(updateId(), stranger, "acc:" + p.orderId()))
        .then()
        .statusCode(200);
    assertEquals(
        1, count("select count(*) from orders where id = ? and status = 'pending'", p.orderId()));
    long id = updateId();
    String press = callback(id, p.seller().id(), "acc:" + p.orderId());
    webhook(TestSecrets.WEBHOOK_SECRET, press).then().statusCode(200).body("ok", equalTo(true));
    webhook(TestSecrets.WEBHOOK_SECRET, press)
        .then()
        .statusCode(200); // duplicate delivery: processed once
    assertEquals(
        1, count("select count(*) from orders where id = ? and status = 'accepted'", p.orderId()));
    assertEquals(
        2, count("select count(*) from order_status_history where order_id = ?", p.orderId()));
    NotificationsIT.awaitMessage(p.buyer(), "принят");
    String answers = Stack.telegram("GET", "calls?method=answerCallbackQuery", null);
    assertTrue(answers.contains("cb" + id), answers);
  }

  @Test
  public void buyerConfirmsReceiptWithTheButton() throws Exception {
    var p = place("Самовывоз", 5, 1);
    OrdersIT.seller(p).post("/seller-web/orders/" + p.orderId() + "/accept").then().statusCode(200);
    OrdersIT.seller(p)
        .queryParam("status", "done")
        .put("/seller-web/orders/" + p.orderId() + "/status")
        .then()
        .statusCode(200);
    webhook(TestSecrets.WEBHOOK_SECRET, callback(updateId(), p.buyer(), "recv:" + p.orderId()))
        .then()
        .statusCode(200);
    assertEquals(
        1, count("select count(*) from orders where id = ? and status = 'completed'", p.orderId()));
  }

  @Test
  public void startCommandsArriveByPollingToo() {
    long user = Fixtures.newTelegramId();
    Stack.telegram("POST", "updates", start(updateId(), user, "/start seller_42"));
    Stack.eventually(
        15_000,
        () -> {
          String calls = Stack.telegram("GET", "calls?method=sendMessage&chat_id=" + user, null);
          assertTrue(calls.contains("https://app.flurai.test/shop/42"), calls);
        });
    long polls = JsonPath.from(Stack.telegram("GET", "polls", null)).getLong("count");
    assertTrue(polls > 0);
  }
}
