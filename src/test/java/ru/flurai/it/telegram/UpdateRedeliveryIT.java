package ru.flurai.it.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.flurai.it.Fixtures.count;
import static ru.flurai.it.Stack.api;
import static ru.flurai.it.ordering.OrdersIT.place;

import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import ru.flurai.devstack.TestSecrets;
import ru.flurai.it.Fixtures;
import ru.flurai.it.ServerTest;
import ru.flurai.it.Stack;
import ru.flurai.it.ordering.OrdersIT;

/**
 * A Telegram update is marked processed in the transaction of its effect: when the effect fails
 * nothing is kept, Telegram's redelivery (webhook 503, or the poller not confirming it) applies it
 * exactly once, the failure is a counted warning, an update that never succeeds is given up after 5
 * attempts, and duplicates still count once.
 */
public class UpdateRedeliveryIT extends ServerTest {
  private static final int MAX_ATTEMPTS = 5; // UpdateHandler.MAX_ATTEMPTS

  /**
   * Until {@link #allowMoves} the database itself refuses any change to this order, as a failing
   * statement would.
   */
  public static void refuseMoves(long orderId) throws Exception {
    try (var c = Stack.db();
        var s = c.createStatement()) {
      s.execute(
          "create function it_refuse_order_"
              + orderId
              + "() returns trigger language plpgsql as"
              + " $$ begin raise exception 'the test refuses changes to order %', old.id; end $$");
      s.execute(
          "create trigger it_refuse_order_"
              + orderId
              + " before update on orders for each row when (old.id = "
              + orderId
              + ") execute function it_refuse_order_"
              + orderId
              + "()");
    }
  }

  public static void allowMoves(long orderId) throws Exception {
    try (var c = Stack.db();
        var s = c.createStatement()) {
      s.execute("drop trigger if exists it_refuse_order_" + orderId + " on orders");
      s.execute("drop function if exists it_refuse_order_" + orderId + "()");
    }
  }

  /** A button press; {@code updateId} null lets the fake Telegram assign one (for polling). */
  public static String press(Long updateId, String callbackId, long fromId, String data) {
    return "{"
        + (updateId == null ? "" : "\"update_id\":" + updateId + ",")
        + "\"callback_query\":{\"id\":\""
        + callbackId
        + "\",\"from\":{\"id\":"
        + fromId
        + ",\"is_bot\":false,\"first_name\":\"U\"},"
        + "\"chat_instance\":\"1\",\"data\":\""
        + data
        + "\"}}";
  }

  public static double metric(String name, String source) {
    return api()
        .get("/metrics")
        .then()
        .statusCode(200)
        .extract()
        .asString()
        .lines()
        .filter(l -> l.startsWith(name + "{") && l.contains("source=\"" + source + "\""))
        .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)))
        .sum();
  }

  public static List<String> answers(String callbackId) {
    return JsonPath.from(Stack.telegram("GET", "calls?method=answerCallbackQuery", null))
        .getList(
            "findAll { it.params.callback_query_id == '" + callbackId + "' }.params.text",
            String.class);
  }

  public static long processed(long updateId) {
    return count("select count(*) from processed_updates where update_id = ?", updateId);
  }

  public static void assertAcceptedOnce(OrdersIT.Placed p) {
    assertEquals(
        1, count("select count(*) from orders where id = ? and status = 'accepted'", p.orderId()));
    assertEquals(
        2, count("select count(*) from order_status_history where order_id = ?", p.orderId()));
    assertEquals(
        1,
        count(
            "select count(*) from notification_outbox where chat_id = ? and kind = 'order_accepted'"
                + " and payload->>'order_id' = ?",
            p.buyer(),
            String.valueOf(p.orderId())));
  }

  @Test
  public void aPressWhoseMoveFailsIsNotLostOnTheWebhook() throws Exception {
    var p = place("Самовывоз", 5, 1);
    long id = BotIT.updateId();
    String cb = "cb-webhook-" + id;
    String body = press(id, cb, p.seller().id(), "acc:" + p.orderId());
    double failuresBefore = metric("telegram_update_failures_total", "webhook");
    refuseMoves(p.orderId());
    int first;
    try {
      first = BotIT.webhook(TestSecrets.WEBHOOK_SECRET, body).statusCode();
      assertEquals(0, processed(id), "the update was marked processed although its effect failed");
      assertEquals(
          1, count("select count(*) from orders where id = ? and status = 'pending'", p.orderId()));
    } finally {
      allowMoves(p.orderId());
    }
    assertEquals(
        503, first, "a failed update must not be acknowledged, so that Telegram delivers it again");
    assertEquals(failuresBefore + 1, metric("telegram_update_failures_total", "webhook"));
    assertEquals(1, count("select attempts from update_failures where update_id = ?", id));
    assertTrue(answers(cb).isEmpty(), "nothing is answered for a press that did not happen");

    BotIT.webhook(TestSecrets.WEBHOOK_SECRET, body).then().statusCode(200); // Telegram's redelivery
    BotIT.webhook(TestSecrets.WEBHOOK_SECRET, body)
        .then()
        .statusCode(200); // and one more: a duplicate
    assertAcceptedOnce(p);
    assertEquals(1, processed(id));
    assertEquals(0, count("select count(*) from update_failures where update_id = ?", id));
    assertEquals(List.of("Заказ принят ✅"), answers(cb));
    assertEquals(failuresBefore + 1, metric("telegram_update_failures_total", "webhook"));
  }

  @Test
  public void aPressWhoseMoveFailsIsNotLostWhenPolled() throws Exception {
    var p = place("Самовывоз", 5, 1);
    String cb = "cb-poll-" + System.nanoTime();
    double failuresBefore = metric("telegram_update_failures_total", "polling");
    long id;
    refuseMoves(p.orderId());
    try {
      id =
          JsonPath.from(
                  Stack.telegram(
                      "POST", "updates", press(null, cb, p.seller().id(), "acc:" + p.orderId())))
              .getLong("[0].update_id");
      Stack.eventually(
          30_000,
          () ->
              assertTrue(
                  count("select count(*) from update_failures where update_id = ?", id)
                          + processed(id)
                      > 0,
                  "the poller has not taken update " + id + " yet"));
      assertEquals(0, processed(id), "the update was marked processed although its effect failed");
      assertEquals(
          1, count("select count(*) from orders where id = ? and status = 'pending'", p.orderId()));
      assertTrue(metric("telegram_update_failures_total", "polling") >= failuresBefore + 1);
    } finally {
      allowMoves(p.orderId());
    }
    // the poller did not confirm the update, so getUpdates returns it again and it takes effect
    // once
    Stack.eventually(60_000, () -> assertEquals(1, processed(id)));
    Stack.eventually(
        30_000,
        () ->
            assertFalse(
                Stack.telegram("GET", "updates", null).contains(cb),
                "the poller has not confirmed update " + id));
    assertAcceptedOnce(p);
    assertEquals(List.of("Заказ принят ✅"), answers(cb));
    assertEquals(0, count("select count(*) from update_failures where update_id = ?", id));
  }

  @Test
  public void anUpdateThatNeverSucceedsIsGivenUpAfterFiveAttempts() throws Exception {
    var p = place("Самовывоз", 5, 1);
    long id = BotIT.updateId();
    String body = press(id, "cb-poison-" + id, p.seller().id(), "acc:" + p.orderId());
    double failuresBefore = metric("telegram_update_failures_total", "webhook");
    double givenUpBefore = metric("telegram_updates_given_up_total", "webhook");
    List<Integer> statuses = new ArrayList<>();
    refuseMoves(p.orderId());
    try {
      for (int i = 0; i < MAX_ATTEMPTS + 1; i++) {
        statuses.add(BotIT.webhook(TestSecrets.WEBHOOK_SECRET, body).statusCode());
      }
    } finally {
      allowMoves(p.orderId());
    }
    assertEquals(List.of(503, 503, 503, 503, 200, 200), statuses);
    assertEquals(1, processed(id));
    assertEquals(
        MAX_ATTEMPTS, count("select attempts from update_failures where update_id = ?", id));
    assertEquals(
        failuresBefore + MAX_ATTEMPTS, metric("telegram_update_failures_total", "webhook"));
    assertEquals(givenUpBefore + 1, metric("telegram_updates_given_up_total", "webhook"));
    // given up means handled: a later delivery changes nothing, even now that it would succeed
    BotIT.webhook(TestSecrets.WEBHOOK_SECRET, body).then().statusCode(200);
    assertEquals(
        1, count("select count(*) from orders where id = ? and status = 'pending'", p.orderId()));
  }

  @Test
  public void theSameUpdateByWebhookAndPollingAtOnceCountsOnce() throws Exception {
    var p = place("Самовывоз", 5, 1);
    String cb = "cb-dup-" + System.nanoTime();
    long id =
        JsonPath.from(
                Stack.telegram(
                    "POST", "updates", press(null, cb, p.seller().id(), "acc:" + p.orderId())))
            .getLong("[0].update_id");
    String body = press(id, cb, p.seller().id(), "acc:" + p.orderId());
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Integer>> sent = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        sent.add(pool.submit(() -> BotIT.webhook(TestSecrets.WEBHOOK_SECRET, body).statusCode()));
      }
      for (Future<Integer> f : sent) {
        assertEquals(200, f.get());
      }
    } finally {
      pool.shutdownNow();
    }
    Stack.eventually(
        30_000,
        () ->
            assertFalse(
                Stack.telegram("GET", "updates", null).contains(cb),
                "the poller has not handled update " + id));
    assertAcceptedOnce(p);
    assertEquals(1, processed(id));
    assertEquals(List.of("Заказ принят ✅"), answers(cb));
  }

  @Test
  public void aRefusedPressIsHandledAndAnsweredOnce() throws Exception {
    var p = place("Самовывоз", 5, 1);
    long stranger = Fixtures.newTelegramId();
    long id = BotIT.updateId();
    String cb = "cb-foreign-" + id;
    String body = press(id, cb, stranger, "acc:" + p.orderId());
    BotIT.webhook(TestSecrets.WEBHOOK_SECRET, body).then().statusCode(200);
    BotIT.webhook(TestSecrets.WEBHOOK_SECRET, body).then().statusCode(200);
    assertEquals(1, processed(id));
    assertEquals(
        1, count("select count(*) from orders where id = ? and status = 'pending'", p.orderId()));
    assertEquals(List.of("Это действие доступно только участнику заказа"), answers(cb));
  }

  @Test
  public void aDuplicateStartIsAnsweredOnceThroughTheOutbox() {
    long user = Fixtures.newTelegramId();
    String body = BotIT.start(BotIT.updateId(), user, "/start");
    BotIT.webhook(TestSecrets.WEBHOOK_SECRET, body).then().statusCode(200);
    BotIT.webhook(TestSecrets.WEBHOOK_SECRET, body).then().statusCode(200);
    assertEquals(1, count("select count(*) from notification_outbox where chat_id = ?", user));
    Stack.eventually(
        15_000,
        () ->
            assertEquals(
                1,
                count(
                    "select count(*) from notification_outbox where chat_id = ?"
                        + " and kind = 'bot_welcome' and status = 'sent'",
                    user)));
    assertEquals(1, NotificationsIT.messagesTo(user).size());
  }
}
