package ru.flurai.drill;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A burst of hostile requests through nginx from four threads: broken and oversized JSON, wrong
 * types, forged initData and JWTs ({@code alg: none}), SQL and path tricks, absurd paging, a login
 * flood from one address, the internal endpoints. Most come from many addresses (so they reach the
 * backend), the login flood from one (so nginx's limit meets it). Every answer must be a 4xx:
 * {@link #serverErrors} counts the 5xx and the requests left without an answer.
 */
final class DrillHostile {
  private final DrillHttp http;
  private final Samples samples;
  private final AtomicInteger serverErrors = new AtomicInteger();

  DrillHostile(String base) {
    this.samples = new Samples();
    this.http = new DrillHttp(base, samples);
  }

  int serverErrors() {
    return serverErrors.get();
  }

  String run(long millis) throws InterruptedException {
    long until = System.currentTimeMillis() + millis;
    List<Thread> threads = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      Thread t =
          new Thread(
              () -> {
                int n = 0;
                while (System.currentTimeMillis() < until) {
                  one(n++);
                }
              },
              "drill-hostile-" + i);
      t.start();
      threads.add(t);
    }
    for (Thread t : threads) {
      t.join();
    }
    Map<Integer, Integer> byStatus = new TreeMap<>();
    for (Samples.Sample s : samples.snapshot()) {
      byStatus.merge(s.status(), 1, Integer::sum);
    }
    return samples.snapshot().size() + " hostile requests, answers " + byStatus;
  }

  private void one(int n) {
    ThreadLocalRandom r = ThreadLocalRandom.current();
    String ip = "203.0.113." + r.nextInt(1, 255);
    Map<String, String> anon = Map.of("X-Forwarded-For", ip);
    String forgedInit = "auth_date=1&user=%7B%22id%22%3A1%7D&hash=" + "0".repeat(64);
    DrillHttp.Answer a =
        switch (n % 14) {
          case 0 ->
              post(
                  "/buyers/me/cart/checkout",
                  "{\"fio\":",
                  Map.of("X-Telegram-Init-Data", forgedInit, "X-Forwarded-For", ip));
          case 1 ->
              post("/buyers/me/cart/items", "{\"product_id\":\"x\",\"quantity\":1e309}", anon);
          case 2 -> post("/buyers/me/cart/items", "[".repeat(5000), anon);
          case 3 -> post("/buyers/me/cart/items", "{\"a\":\"" + "x".repeat(2 << 20) + "\"}", anon);
          case 4 -> http.get("hostile", "/public/sellers?page=-1&per_page=100000000", anon);
          case 5 -> http.get("hostile", "/public/sellers/99999999999999999999999", anon);
          case 6 -> http.get("hostile", "/public/sellers/1%27%20OR%201%3D1--", anon);
          case 7 -> http.get("hostile", "/static/..%2f..%2f..%2fetc%2fpasswd", anon);
          case 8 ->
              http.get(
                  "hostile",
                  "/seller-web/orders",
                  Map.of(
                      "Authorization",
                      "Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiIxIiwiZ3JvdXBzIjpbImFkbWluIl19.",
                      "X-Forwarded-For",
                      ip));
          case 9 ->
              http.get(
                  "hostile",
                  "/admin/sellers",
                  Map.of("X-Admin-Token", "x".repeat(4000), "X-Forwarded-For", ip));
          case 10 ->
              post(
                  "/seller-web/login",
                  "{\"login\":\"admin' --\",\"password\":\"x\"}",
                  Map.of("X-Forwarded-For", "203.0.113.250"));
          case 11 -> http.get("hostile", "/metrics", anon);
          case 12 ->
              post(
                  "/buyers/me/cart/checkout",
                  new String(
                      new byte[] {(byte) 0xC3, (byte) 0x28, '{'}, StandardCharsets.ISO_8859_1),
                  Map.of("X-Telegram-Init-Data", "hash=", "X-Forwarded-For", ip));
          default ->
              http.get("hostile", "/public/metro/search?q=%25%25%25" + "%5C".repeat(200), anon);
        };
    if (a.failed()) {
      if (serverErrors.getAndIncrement() < 5) {
        System.err.println(
            "drill: hostile request " + (n % 14) + " answered " + a.status() + " " + a.detail());
      }
    }
  }

  private DrillHttp.Answer post(String path, String raw, Map<String, String> headers) {
    return http.send("hostile", "POST", path, raw.getBytes(StandardCharsets.ISO_8859_1), headers);
  }
}
