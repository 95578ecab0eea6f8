package ru.flurai.it.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.flurai.it.Fixtures.count;
import static ru.flurai.it.ordering.OrdersIT.place;

import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import ru.flurai.it.Fixtures;
import ru.flurai.it.ServerTest;
import ru.flurai.it.Stack;
import ru.flurai.it.ordering.OrdersIT;

/** Telegram down for real, and Telegram's rate limits (PRODUCT.md §4). */
public class TelegramFaultsIT extends ServerTest {
  public static void outbox(long chatId, long orderId) throws Exception {
    try (var c = Stack.db()) {
      Fixtures.exec(
          c,
          "insert into notification_outbox (chat_id, kind, payload) values (?, 'order_created',"
              + " cast(? as jsonb))",
          chatId,
          "{\"order_id\":" + orderId + "}");
    }
  }

  public static List<Long> deliveredAt(long chatId) {
    return JsonPath.from(Stack.telegram("GET", "calls?method=sendMessage&chat_id=" + chatId, null))
        .getList("findAll { it.status == 200 }.ts", Long.class);
  }

  @Test
  public void anOutageDelaysButLosesNothing() throws Exception {
    Stack.telegram("POST", "down?seconds=10", null);
    long backUp = System.currentTimeMillis() + 10_000;
    List<OrdersIT.Placed> placed = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      placed.add(place("Самовывоз", 5, 1));
    }
    Fixtures.sleep(3000);
    for (OrdersIT.Placed p : placed) {
      assertEquals(
          1,
          count(
              "select count(*) from notification_outbox where chat_id = ? and status = 'pending'",
              p.seller().id()));
    }
    Stack.eventually(
        90_000,
        () -> {
          for (OrdersIT.Placed p : placed) {
            assertEquals(
                1,
                count(
                    "select count(*) from notification_outbox where chat_id = ? and status = 'sent'",
                    p.seller().id()),
                "seller " + p.seller().id());
          }
        });
    long last = 0;
    for (OrdersIT.Placed p : placed) {
      assertEquals(1, deliveredAt(p.seller().id()).size());
      last = Math.max(last, deliveredAt(p.seller().id()).get(0));
    }
    System.out.println(
        "MEASURED recovery after a 10 s Telegram outage: backlog delivered "
            + (last - backUp)
            + " ms after the Bot API came back");
  }

  @Test
  public void oneChatGetsAtMostOneMessagePerSecond() throws Exception {
    var p = place("Самовывоз", 5, 1);
    long chat = Fixtures.newTelegramId();
    for (int i = 0; i < 6; i++) {
      outbox(chat, p.orderId());
    }
    Stack.eventually(60_000, () -> assertEquals(6, deliveredAt(chat).size()));
    List<Long> ts = deliveredAt(chat);
    for (int i = 1; i < ts.size(); i++) {
      assertTrue(
          ts.get(i) - ts.get(i - 1) >= 900, "gap " + (ts.get(i) - ts.get(i - 1)) + " ms in " + ts);
    }
  }

  @Test
  public void overallAtMost25PerSecond() throws Exception {
    var p = place("Самовывоз", 5, 1);
    List<Long> chats = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      long chat = Fixtures.newTelegramId();
      chats.add(chat);
      outbox(chat, p.orderId());
    }
    Stack.eventually(
        60_000, () -> chats.forEach(c -> assertEquals(1, deliveredAt(c).size(), "chat " + c)));
    List<Long> all = new ArrayList<>();
    chats.forEach(c -> all.addAll(deliveredAt(c)));
    all.sort(Long::compare);
    for (int i = 0; i < all.size(); i++) {
      int j = i;
      while (j < all.size() && all.get(j) - all.get(i) < 1000) {
        j++;
      }
      assertTrue(j - i <= 25, (j - i) + " messages within one second");
    }
  }

  /**
   * Issue 10 Medium 8: after a 429 nothing goes to that chat until retry_after has passed; nothing
   * is lost.
   */
  @Test
  public void a429BlocksTheWholeChatForRetryAfter() throws Exception {
    var p = place("Самовывоз", 5, 1);
    long chat = Fixtures.newTelegramId();
    Stack.telegram(
        "POST",
        "faults",
        "{\"status\": 429, \"retry_after\": 3, \"chat_id\": \""
            + chat
            + "\", \"methods\": [\"sendMessage\"]}");
    for (int i = 0; i < 4; i++) {
      outbox(chat, p.orderId());
    }
    Stack.eventually(60_000, () -> assertEquals(4, deliveredAt(chat).size()));
    JsonPath calls =
        JsonPath.from(Stack.telegram("GET", "calls?method=sendMessage&chat_id=" + chat, null));
    List<Long> refused = calls.getList("findAll { it.status == 429 }.ts", Long.class);
    assertEquals(1, refused.size(), "one scripted 429");
    long at = refused.get(0);
    List<Long> all = calls.getList("ts", Long.class);
    for (long ts : all) {
      assertTrue(
          ts <= at || ts >= at + 3000, "a call " + (ts - at) + " ms after the 429 in " + all);
    }
    assertEquals(
        4,
        count(
            "select count(*) from notification_outbox where chat_id = ? and status = 'sent'",
            chat));
  }
}
