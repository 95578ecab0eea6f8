import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checkout benchmark against a RUNNING server (loopback only): N buyers each with a one-item cart check out with C
 * concurrent clients; the same number of GET /ping calls at the same concurrency is the yardstick. Then a hot-product
 * run: stock 5, M buyers racing; prints the oversold units (must be 0). Fixtures go straight into the database.
 *
 *   java -cp ~/.m2/repository/org/postgresql/postgresql/42.7.14/postgresql-42.7.14.jar loadtest/CheckoutBench.java \
 *     http://127.0.0.1:8000 jdbc:postgresql://127.0.0.1:PORT/flurai?user=postgres BOT_TOKEN [N=300] [C=32] [SHOPS=1]
 *
 * SHOPS=1 is the worst case: every order goes to one shop, whose seller row lock (taken for the daily limits)
 * serialises the checkouts. SHOPS>1 spreads the carts round robin over that many shops, as real traffic is spread.
 */
public class CheckoutBench {
  static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  public static void main(String[] a) throws Exception {
    String base = a[0];
    if (!base.matches("http://(127\\.[0-9.]+|localhost|\\[::1\\])(:\\d+)?")) {
      throw new IllegalArgumentException("loopback targets only: " + base);
    }
    String jdbc = a[1];
    String token = a[2];
    int n = a.length > 3 ? Integer.parseInt(a[3]) : 300;
    int c = a.length > 4 ? Integer.parseInt(a[4]) : 32;
    int shops = a.length > 5 ? Integer.parseInt(a[5]) : 1;
    try (Connection db = DriverManager.getConnection(jdbc)) {
      long seller = seller(db);
      List<Long> products = new ArrayList<>(List.of(product(db, seller, n)));
      for (int k = 1; k < shops; k++) {
        products.add(product(db, seller(db), n));
      }
      List<Long> buyers = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        long b = 7_000_000_000L + ThreadLocalRandom.current().nextLong(1_000_000_000L);
        buyers.add(b);
        expect(200, post(base + "/buyers/me/cart/items", b, token,
            "{\"product_id\":" + products.get(i % shops) + ",\"quantity\":1}"));
      }
      ExecutorService pool = Executors.newFixedThreadPool(c);
      try {
        Result ping = run(pool, n, i -> get(base + "/ping"));
        Result checkout = run(pool, n, i -> post(base + "/buyers/me/cart/checkout", buyers.get(i), token,
            "{\"fio\":\"Bench\",\"phone\":\"79161234567\",\"delivery_type\":\"Самовывоз\"}"));
        System.out.println("ping     " + ping);
        System.out.println("checkout " + checkout + " shops=" + shops);
        System.out.printf("ratio    checkout/ping throughput = %.2f%n", checkout.perSecond() / ping.perSecond());
        hot(db, pool, base, token, seller, Math.max(50, c * 2));
      } finally {
        pool.shutdownNow();
        settle(db);
      }
    }
  }

  static void hot(Connection db, ExecutorService pool, String base, String token, long seller, int m) throws Exception {
    long product = product(db, seller, 5);
    List<Long> buyers = new ArrayList<>();
    for (int i = 0; i < m; i++) {
      buyers.add(8_000_000_000L + ThreadLocalRandom.current().nextLong(1_000_000_000L));
    }
    Result r = run(pool, m, i -> {
      int s = post(base + "/buyers/me/cart/items", buyers.get(i), token, "{\"product_id\":" + product + "}");
      return s == 200 ? post(base + "/buyers/me/cart/checkout", buyers.get(i), token,
          "{\"fio\":\"Hot\",\"phone\":\"79161234567\",\"delivery_type\":\"Самовывоз\"}") : (s == 409 ? 200 : s);
    });
    try (var st = db.createStatement(); ResultSet rs = st.executeQuery("select p.quantity, p.reserved_quantity,"
        + " (select coalesce(sum(i.quantity), 0) from order_items i where i.product_id = p.id) from products p"
        + " where p.id = " + product)) {
      rs.next();
      long sold = rs.getLong(3);
      System.out.printf("hot      buyers=%d stock=5 sold=%d left=%d reserved=%d oversold=%d errors=%d%n", m, sold,
          rs.getLong(1), rs.getLong(2), Math.max(0, sold - 5), r.errors);
    }
  }

  interface Call {
    int run(int i) throws Exception;
  }

  record Result(int count, double seconds, List<Double> ms, int errors) {
    double perSecond() {
      return count / seconds;
    }

    double pct(double p) {
      return ms.get(Math.min(ms.size() - 1, (int) Math.ceil(p / 100 * ms.size()) - 1));
    }

    @Override
    public String toString() {
      return String.format("n=%d per_s=%.1f p50_ms=%.1f p95_ms=%.1f p99_ms=%.1f errors=%d", count, perSecond(),
          pct(50), pct(95), pct(99), errors);
    }
  }

  static Result run(ExecutorService pool, int n, Call call) throws Exception {
    List<Future<double[]>> fs = new ArrayList<>();
    long start = System.nanoTime();
    for (int i = 0; i < n; i++) {
      int k = i;
      fs.add(pool.submit(() -> {
        long t = System.nanoTime();
        int status = call.run(k);
        return new double[] {(System.nanoTime() - t) / 1e6, status};
      }));
    }
    List<Double> ms = new ArrayList<>();
    int errors = 0;
    for (Future<double[]> f : fs) {
      double[] r = f.get();
      ms.add(r[0]);
      errors += r[1] >= 300 ? 1 : 0;
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    Collections.sort(ms);
    return new Result(n, seconds, ms, errors);
  }

  static int get(String url) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.discarding())
        .statusCode();
  }

  static int post(String url, long buyer, String token, String body) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
        .header("X-Telegram-Init-Data", initData(token, buyer)).POST(HttpRequest.BodyPublishers.ofString(body))
        .build(), HttpResponse.BodyHandlers.discarding()).statusCode();
  }

  static void expect(int want, int got) {
    if (want != got) {
      throw new IllegalStateException("setup call answered " + got);
    }
  }

  /**
   * The bench shops' "new order" notifications can never be delivered (the bot token is a bench one): they are
   * marked failed, so that their retries do not load the server during the next measurements.
   */
  static void settle(Connection db) throws Exception {
    try (var s = db.createStatement()) {
      int n = s.executeUpdate("update notification_outbox set status = 'failed', last_error = 'CheckoutBench shop'"
          + " where status = 'pending' and chat_id between 6000000000 and 6999999999");
      System.out.println("settled  bench_notifications=" + n);
    }
  }

  static long seller(Connection db) throws Exception {
    long id = 6_000_000_000L + ThreadLocalRandom.current().nextLong(1_000_000_000L);
    try (var s = db.createStatement()) {
      s.execute("insert into users (tg_id, fio, role) values (" + id + ", 'Bench', 'SELLER')");
      s.execute("insert into sellers (seller_id, shop_name, max_pickup_orders, max_delivery_orders) values ("
          + id + ", 'Bench shop', 1000000, 1000000)");
    }
    return id;
  }

  static long product(Connection db, long seller, int stock) throws Exception {
    try (var s = db.createStatement(); ResultSet rs = s.executeQuery("insert into products (seller_id, name, price,"
        + " quantity) values (" + seller + ", 'Bench roses', 1990.00, " + stock + ") returning id")) {
      rs.next();
      return rs.getLong(1);
    }
  }

  static String initData(String token, long user) throws Exception {
    TreeMap<String, String> f = new TreeMap<>();
    f.put("auth_date", Long.toString(System.currentTimeMillis() / 1000));
    f.put("user", "{\"id\":" + user + ",\"first_name\":\"Bench\"}");
    String check = f.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("\n"));
    byte[] secret = hmac("WebAppData".getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8));
    String hash = HexFormat.of().formatHex(hmac(secret, check.getBytes(StandardCharsets.UTF_8)));
    return f.entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&")) + "&hash=" + hash;
  }

  static byte[] hmac(byte[] key, byte[] data) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(key, "HmacSHA256"));
    return mac.doFinal(data);
  }
}
