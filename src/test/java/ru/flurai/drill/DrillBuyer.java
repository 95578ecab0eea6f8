package ru.flurai.drill;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import ru.flurai.identity.InitDataSigner;

/**
 * Mini App buyers signed in with Telegram initData, one after another on one thread ({@value
 * #PEOPLE} Telegram users in turn, so that no chat gets more than Telegram's one message a second):
 * looks at a shop, puts one of its products in the cart and checks out with an Idempotency-Key,
 * retrying the same key and the same body on failures (no answer or 5xx) with back-off for up to
 * {@value #RETRY_BUDGET_MS} ms, as a client that must not pay twice does. Remembers the orders each
 * key answered.
 */
final class DrillBuyer {
  static final long RETRY_BUDGET_MS = 60_000;
  static final int PEOPLE = 20;

  /** The Telegram ids of this thread's buyers. */
  final List<Long> ids = new ArrayList<>();

  private final DrillHttp http;
  private final DrillWorld world;
  private final String ip;

  /** Idempotency key → the order ids of every successful answer to it (one set if all agree). */
  final Map<String, Set<Set<Long>>> answers = new ConcurrentHashMap<>();

  /** Keys whose retries ran out without an answer: an order may exist that no answer named. */
  final Set<String> abandoned = ConcurrentHashMap.newKeySet();

  int checkouts;
  int refused;
  private int turn;

  DrillBuyer(DrillHttp http, DrillWorld world, long firstId, String ip) {
    this.http = http;
    this.world = world;
    for (int i = 0; i < PEOPLE; i++) {
      ids.add(firstId + i);
    }
    this.ip = ip;
  }

  private Map<String, String> headers(long id, String key) {
    Map<String, String> h = new LinkedHashMap<>();
    h.put("X-Forwarded-For", ip);
    h.put(
        "X-Telegram-Init-Data",
        InitDataSigner.sign(world.botToken, id, "Покупатель", Instant.now().getEpochSecond()));
    if (key != null) {
      h.put("Idempotency-Key", key);
    }
    return h;
  }

  void cycle() {
    long id = ids.get(turn++ % ids.size());
    DrillWorld.Product p =
        world.products.get(ThreadLocalRandom.current().nextInt(world.products.size()));
    http.get("browse", "/public/sellers/" + p.sellerId(), headers(id, null));
    Map<String, Object> line = Map.of("product_id", p.id(), "quantity", 1);
    DrillHttp.Answer added =
        http.send("cart", "POST", "/buyers/me/cart/items", line, headers(id, null));
    if (!added.ok()) {
      return;
    }
    http.get("cart", "/buyers/me/cart", headers(id, null));
    if (!checkout(id)) {
      http.send("cart", "DELETE", "/buyers/me/cart/items/" + p.id(), null, headers(id, null));
    }
  }

  /** True when a checkout answered with orders. */
  private boolean checkout(long id) {
    String key = "drill-" + UUID.randomUUID();
    byte[] body;
    try {
      body =
          DrillHttp.JSON.writeValueAsBytes(
              Map.of(
                  "fio", "Покупатель учений",
                  "phone", "79161234567",
                  "delivery_type", "Самовывоз",
                  "address", "Самовывоз"));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
    long deadline = System.currentTimeMillis() + RETRY_BUDGET_MS;
    long backoff = 500;
    checkouts++;
    while (true) {
      DrillHttp.Answer a =
          http.send("checkout", "POST", "/buyers/me/cart/checkout", body, headers(id, key));
      if (a.ok() && a.body() != null) {
        Set<Long> ids = new TreeSet<>();
        for (JsonNode o : a.body().path("orders")) {
          ids.add(o.path("order_id").asLong());
        }
        answers.computeIfAbsent(key, k -> ConcurrentHashMap.newKeySet()).add(ids);
        return true;
      }
      if (!a.failed()) {
        if (refused++ < 5) {
          System.err.println("drill: checkout refused: " + a.status() + " " + a.detail());
        }
        return false;
      }
      if (System.currentTimeMillis() + backoff > deadline
          || !DrillLoad.pace(backoff + ThreadLocalRandom.current().nextLong(backoff / 2))) {
        abandoned.add(key);
        return false;
      }
      backoff = Math.min(backoff * 2, 5000);
    }
  }
}
