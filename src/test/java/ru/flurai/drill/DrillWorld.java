package ru.flurai.drill;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The drill's shops, made through the API as the admin and the seller panel make them: a city,
 * three sellers with today's limits at the maximum and two products each; plus a seller token that
 * was logged out (it must stay refused whatever fails).
 */
final class DrillWorld {
  record Seller(long id, String token, String ip) {}

  record Product(long id, long sellerId, int initialQuantity) {}

  static final int SELLERS = 4;
  static final int PRODUCTS_PER_SELLER = 2;
  static final int STOCK = 5000;

  final List<Seller> sellers = new ArrayList<>();
  final List<Product> products = new ArrayList<>();
  String revokedToken;
  String botToken;

  static DrillWorld create(
      DrillHttp http, String adminLogin, String adminPassword, String botToken) {
    DrillWorld w = new DrillWorld();
    w.botToken = botToken;
    String admin =
        w.login(http, "/admin/login", Map.of("login", adminLogin, "password", adminPassword), 1);
    Map<String, String> asAdmin = Map.of("X-Admin-Token", admin, "X-Forwarded-For", "198.18.0.1");
    long suffix = System.currentTimeMillis() % 1_000_000;
    long city =
        w.ok(
                http.send(
                    null,
                    "POST",
                    "/admin/coverage/cities",
                    Map.of("name", "Дрилльск " + suffix),
                    asAdmin),
                "create a city")
            .get("id")
            .asLong();
    long base = 7_100_000_000L + ThreadLocalRandom.current().nextLong(100_000_000L);
    for (int i = 0; i < SELLERS; i++) {
      long id = base + i;
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("tg_id", id);
      body.put("fio", "Продавец учений " + i);
      body.put("phone", "79990001122");
      body.put("shop_name", "Магазин учений " + i + " " + suffix);
      body.put("delivery_type", "both");
      body.put("city_id", city);
      body.put("placement_expired_at", LocalDate.now().plusDays(30).toString());
      JsonNode created =
          w.ok(http.send(null, "POST", "/admin/create_seller", body, asAdmin), "create a seller");
      Map<String, String> credentials =
          Map.of(
              "login", created.get("web_login").asText(),
              "password", created.get("web_password").asText());
      String ip = "198.18.1." + (10 + i);
      String token = w.login(http, "/seller-web/login", credentials, 10 + i);
      Map<String, String> asSeller = Map.of("X-Seller-Token", token, "X-Forwarded-For", ip);
      w.done(
          http.send(
              null,
              "PUT",
              "/seller-web/limits?max_delivery_orders=1000&max_pickup_orders=1000",
              null,
              asSeller),
          "set limits");
      for (int p = 0; p < PRODUCTS_PER_SELLER; p++) {
        Map<String, Object> product = new LinkedHashMap<>();
        product.put("seller_id", id);
        product.put("name", "Букет " + i + "-" + p);
        product.put("description", "");
        product.put("price", 1500 + 500 * p);
        product.put("quantity", STOCK);
        product.put("is_preorder", false);
        long pid =
            w.ok(
                    http.send(null, "POST", "/seller-web/products", product, asSeller),
                    "create a product")
                .get("id")
                .asLong();
        w.products.add(new Product(pid, id, STOCK));
      }
      w.sellers.add(new Seller(id, token, ip));
      if (i == 0) {
        w.revokedToken = w.login(http, "/seller-web/login", credentials, 20);
        Map<String, String> revoked =
            Map.of("X-Seller-Token", w.revokedToken, "X-Forwarded-For", "198.18.0.20");
        w.done(http.send(null, "POST", "/seller-web/logout", null, revoked), "log out");
      }
    }
    return w;
  }

  private String login(DrillHttp http, String path, Map<String, String> body, int ip) {
    DrillHttp.Answer a =
        http.send(null, "POST", path, body, Map.of("X-Forwarded-For", "198.18.2." + ip));
    return ok(a, "log in at " + path).get("token").asText();
  }

  private void done(DrillHttp.Answer a, String what) {
    if (!a.ok()) {
      throw new IllegalStateException(
          "seed: could not " + what + ": " + a.status() + " " + a.detail());
    }
  }

  private JsonNode ok(DrillHttp.Answer a, String what) {
    if (!a.ok() || a.body() == null) {
      throw new IllegalStateException(
          "seed: could not " + what + ": " + a.status() + " " + a.detail());
    }
    return a.body();
  }
}
