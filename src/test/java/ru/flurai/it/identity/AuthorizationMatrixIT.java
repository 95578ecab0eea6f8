package ru.flurai.it.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.flurai.it.Stack.api;

import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import ru.flurai.it.Fixtures;
import ru.flurai.it.JwtForge;
import ru.flurai.it.ServerTest;
import ru.flurai.it.ShopRows;
import ru.flurai.it.florist.FloristTargets;

/**
 * Every authenticated endpoint × every kind of caller → the expected status (PRODUCTION.md
 * "Security checklist"). Later features add their rows to {@link #endpoints()}. Refused calls must
 * change nothing: checked at the end.
 */
public class AuthorizationMatrixIT extends ServerTest {
  public enum Who {
    ANONYMOUS,
    BUYER_A,
    BUYER_B,
    SELLER_A,
    SELLER_B,
    ADMIN,
    EXPIRED,
    REVOKED
  }

  public record Endpoint(String method, String path, String body, Map<Who, Integer> expected) {}

  public static Fixtures.SellerFixture sellerA;
  public static Fixtures.SellerFixture sellerB;
  public static long buyerA;
  public static long buyerB;
  public static long expiredBuyer;

  @BeforeAll
  public static void callers() {
    sellerA = Fixtures.seller();
    sellerB = Fixtures.seller();
    buyerA = Fixtures.newTelegramId();
    buyerB = Fixtures.newTelegramId();
    expiredBuyer = Fixtures.newTelegramId();
  }

  public static Map<Who, Integer> only(int allowed, int refused, Who... who) {
    Map<Who, Integer> m = new LinkedHashMap<>();
    for (Who w : Who.values()) {
      m.put(w, refused);
    }
    for (Who w : who) {
      m.put(w, allowed);
    }
    return m;
  }

  public static List<Endpoint> endpoints() {
    Map<Who, Integer> buyers = only(200, 401, Who.BUYER_A, Who.BUYER_B);
    Map<Who, Integer> sellers = only(200, 401, Who.SELLER_A, Who.SELLER_B);
    Map<Who, Integer> admin = only(200, 401, Who.ADMIN);
    List<Endpoint> list = new ArrayList<>();
    list.add(new Endpoint("GET", "/buyers/me", null, buyers));
    list.add(new Endpoint("PUT", "/buyers/me", "{\"fio\":\"Матрица\"}", buyers));
    list.add(new Endpoint("POST", "/buyers/me/accept-privacy", null, buyers));
    list.add(new Endpoint("PUT", "/buyers/me/location", "{}", buyers));
    list.add(new Endpoint("POST", "/seller-web/logout", null, sellers));
    // valid callers get 400 (wrong current password): authorization passed, nothing changed
    list.add(
        new Endpoint(
            "PUT",
            "/seller-web/security/change-credentials",
            "{\"old_login\":\"x\",\"old_password\":\"y\",\"new_login\":\"zzz\",\"new_password\":\"Abcdefg1\"}",
            only(400, 401, Who.SELLER_A, Who.SELLER_B)));
    // cart and orders (objects that do not exist: authorization passes, then 404/409/400, nothing
    // changes)
    list.add(new Endpoint("GET", "/buyers/me/cart", null, buyers));
    list.add(
        new Endpoint(
            "POST", "/buyers/me/cart/items", "{}", only(400, 401, Who.BUYER_A, Who.BUYER_B)));
    list.add(new Endpoint("PUT", "/buyers/me/cart/items/1", "{\"quantity\":1}", buyers));
    list.add(new Endpoint("DELETE", "/buyers/me/cart/items/1", null, buyers));
    list.add(
        new Endpoint(
            "POST",
            "/buyers/me/cart/items/1/extend-reservation",
            null,
            only(409, 401, Who.BUYER_A, Who.BUYER_B)));
    list.add(new Endpoint("DELETE", "/buyers/me/cart", null, buyers));
    list.add(
        new Endpoint(
            "POST",
            "/buyers/me/cart/checkout",
            "{\"fio\":\"A\",\"phone\":\"79161234567\",\"delivery_type\":\"Самовывоз\"}",
            only(400, 401, Who.BUYER_A, Who.BUYER_B)));
    list.add(new Endpoint("GET", "/buyers/me/orders", null, buyers));
    list.add(
        new Endpoint(
            "POST", "/buyers/me/orders/1/confirm", null, only(404, 401, Who.BUYER_A, Who.BUYER_B)));
    list.add(
        new Endpoint(
            "POST", "/buyers/me/orders/1/cancel", null, only(404, 401, Who.BUYER_A, Who.BUYER_B)));
    list.add(new Endpoint("GET", "/seller-web/orders", null, sellers));
    list.add(new Endpoint("GET", "/seller-web/orders?status=pending&preorder=true", null, sellers));
    list.add(
        new Endpoint(
            "GET", "/seller-web/orders/1", null, only(404, 401, Who.SELLER_A, Who.SELLER_B)));
    list.add(
        new Endpoint(
            "POST",
            "/seller-web/orders/1/accept",
            null,
            only(404, 401, Who.SELLER_A, Who.SELLER_B)));
    list.add(
        new Endpoint(
            "POST",
            "/seller-web/orders/1/reject",
            null,
            only(404, 401, Who.SELLER_A, Who.SELLER_B)));
    list.add(
        new Endpoint(
            "PUT",
            "/seller-web/orders/1/status?status=done",
            null,
            only(404, 401, Who.SELLER_A, Who.SELLER_B)));
    list.add(
        new Endpoint(
            "PUT",
            "/seller-web/orders/1/price?new_price=10",
            null,
            only(404, 401, Who.SELLER_A, Who.SELLER_B)));
    list.add(new Endpoint("GET", "/seller-web/stats", null, sellers));
    list.add(new Endpoint("GET", "/admin/orders", null, admin));
    list.add(new Endpoint("GET", "/admin/dashboard", null, admin));
    list.add(new Endpoint("GET", "/admin/stats/overview", null, admin));
    list.add(new Endpoint("GET", "/admin/stats/limits", null, admin));
    list.add(new Endpoint("POST", "/admin/logout", null, admin));
    // 2FA changes need the admin password again: an admin token alone gets 403
    list.add(new Endpoint("POST", "/admin/2fa/setup", "{}", only(403, 401, Who.ADMIN)));
    list.add(
        new Endpoint(
            "POST", "/admin/2fa/confirm", "{\"otp\":\"000000\"}", only(403, 401, Who.ADMIN)));
    list.add(
        new Endpoint(
            "POST", "/admin/2fa/disable", "{\"otp\":\"000000\"}", only(403, 401, Who.ADMIN)));
    list.addAll(AdminTargets.rows(admin));
    // seller panel (ru.flurai.seller): writes that pass authorization are sent invalid (400/404),
    // so they change
    // nothing either; close-for-today only closes the matrix's own sellers
    Map<Who, Integer> sellers400 = only(400, 401, Who.SELLER_A, Who.SELLER_B);
    Map<Who, Integer> sellers404 = only(404, 401, Who.SELLER_A, Who.SELLER_B);
    list.add(new Endpoint("GET", "/seller-web/me", null, sellers));
    list.add(new Endpoint("PUT", "/seller-web/me", "{}", sellers));
    list.add(new Endpoint("PUT", "/seller-web/me", "{\"delivery_type\":\"x\"}", sellers400));
    list.add(new Endpoint("PUT", "/seller-web/limits", null, sellers400));
    list.add(new Endpoint("PUT", "/seller-web/limits?max_delivery_orders=-1", null, sellers400));
    list.add(new Endpoint("PUT", "/seller-web/default-limit", null, sellers400));
    list.add(new Endpoint("POST", "/seller-web/close-for-today", null, sellers));
    list.add(
        new Endpoint("PUT", "/seller-web/weekly-schedule", "{\"schedule\":{\"9\":1}}", sellers400));
    list.add(
        new Endpoint(
            "PUT", "/seller-web/working-hours", "{\"working_hours\":{\"9\":null}}", sellers400));
    list.add(new Endpoint("GET", "/seller-web/products?preorder=false", null, sellers));
    list.add(new Endpoint("GET", "/seller-web/products?preorder=true", null, sellers));
    list.add(
        new Endpoint("POST", "/seller-web/products", "{\"name\":\"x\",\"price\":0}", sellers400));
    list.add(
        new Endpoint("PUT", "/seller-web/products/999999999999", "{\"name\":\"x\"}", sellers404));
    list.add(new Endpoint("DELETE", "/seller-web/products/999999999999", null, sellers404));
    list.add(new Endpoint("POST", "/seller-web/upload-photo", null, sellers400));
    list.add(new Endpoint("POST", "/seller-web/upload-banner", null, sellers400));
    list.add(new Endpoint("GET", "/seller-web/dashboard/alerts", null, sellers));
    list.add(new Endpoint("GET", "/seller-web/dashboard/order-events", null, sellers));
    list.add(new Endpoint("GET", "/seller-web/dashboard/upcoming-events?days=14", null, sellers));
    list.add(new Endpoint("GET", "/seller-web/subscribers/count", null, sellers));
    list.add(new Endpoint("GET", "/seller-web/subscribers", null, sellers));
    list.add(new Endpoint("GET", "/seller-web/delivery-zones", null, sellers));
    list.add(
        new Endpoint(
            "POST",
            "/seller-web/delivery-zones",
            "{}",
            only(400, 401, Who.SELLER_A, Who.SELLER_B)));
    list.add(
        new Endpoint(
            "POST", "/public/sellers/1/check-delivery", "{}", only(200, 200, Who.values())));
    list.add(new Endpoint("PUT", "/seller-web/delivery-zones/1", "{}", sellers404));
    list.add(new Endpoint("DELETE", "/seller-web/delivery-zones/1", null, sellers404));
    list.add(new Endpoint("GET", "/seller-web/stats/customers", null, sellers));
    list.add(new Endpoint("GET", "/seller-web/preorder-analytics", null, sellers));
    list.add(new Endpoint("GET", "/seller-web/preorder-summary?date=2030-01-01", null, sellers));
    list.add(new Endpoint("GET", "/seller-web/preorder-summary?date=x", null, sellers400));
    list.add(new Endpoint("GET", "/seller-web/preorder-analytics?period=7d", null, sellers));
    // payments, commission, finance, subscriptions (PRODUCT.md §8.4–§8.5): no such order → 404,
    // a refused body → 400; the webhook is public but only from YooKassa's networks (403 here)
    Map<Who, Integer> buyers404 = only(404, 401, Who.BUYER_A, Who.BUYER_B);
    list.add(new Endpoint("POST", "/payments/create", "{\"order_id\":999999999}", buyers404));
    list.add(new Endpoint("GET", "/payments/999999999/status", null, buyers404));
    list.add(new Endpoint("POST", "/payments/webhook", "{}", only(403, 403)));
    list.add(new Endpoint("GET", "/subscriptions/prices", null, only(200, 200)));
    list.add(new Endpoint("GET", "/subscriptions/status", null, sellers));
    list.add(new Endpoint("POST", "/subscriptions/create", "{\"period_months\":2}", sellers400));
    list.add(new Endpoint("GET", "/admin/settings/commission", null, admin));
    list.add(
        new Endpoint(
            "PUT",
            "/admin/settings/commission",
            "{\"commission_percent\":101}",
            only(400, 401, Who.ADMIN)));
    list.add(new Endpoint("GET", "/admin/finance/summary", null, admin));
    list.add(new Endpoint("GET", "/seller-web/loyalty/settings", null, sellers));
    list.add(new Endpoint("GET", "/seller-web/customers/all", null, sellers));
    list.add(new Endpoint("GET", "/seller-web/customers/tags", null, sellers));
    // loyalty and CRM (ru.flurai.loyalty, ru.flurai.crm): writes are sent invalid or at missing ids
    list.add(
        new Endpoint(
            "GET",
            "/buyers/me/loyalty/999999999999",
            null,
            only(404, 401, Who.BUYER_A, Who.BUYER_B)));
    list.add(new Endpoint("PUT", "/seller-web/loyalty/settings", "{}", sellers400));
    list.add(new Endpoint("POST", "/seller-web/customers", "{}", sellers400));
    list.add(new Endpoint("GET", "/seller-web/customers/segments", null, sellers));
    list.add(new Endpoint("GET", "/seller-web/customers/export", null, sellers));
    list.add(new Endpoint("GET", "/seller-web/customers/999999999999", null, sellers404));
    list.add(new Endpoint("PATCH", "/seller-web/customers/999999999999", "{}", sellers404));
    list.add(new Endpoint("GET", "/seller-web/customers/999999999999/orders", null, sellers404));
    list.add(
        new Endpoint(
            "POST", "/seller-web/customers/999999999999/sales", "{\"amount\":1}", sellers404));
    list.add(
        new Endpoint(
            "POST", "/seller-web/customers/999999999999/deduct", "{\"points\":1}", sellers404));
    list.add(new Endpoint("POST", "/seller-web/customers/999999999999/events", "{}", sellers404));
    list.add(new Endpoint("PUT", "/seller-web/customers/999999999999/events/1", "{}", sellers404));
    list.add(
        new Endpoint("DELETE", "/seller-web/customers/999999999999/events/1", null, sellers404));
    list.add(new Endpoint("GET", "/seller-web/stats/export", null, sellers));
    list.add(new Endpoint("GET", "/admin/customers", null, admin));
    list.add(new Endpoint("GET", "/seller-web/flowers", null, sellers));
    list.add(new Endpoint("GET", "/seller-web/receptions", null, sellers));
    list.add(new Endpoint("GET", "/seller-web/bouquets", null, sellers));
    list.add(new Endpoint("GET", "/seller-web/inventory/all", null, sellers));
    list.addAll(FloristTargets.rows(sellers, sellers400, sellers404));
    // static files need no credentials and ignore them: an unknown file is 404 for everyone
    list.add(new Endpoint("GET", "/static/uploads/products/unknown.jpg", null, only(404, 404)));
    list.add(new Endpoint("GET", "/buyers/me/favorite-sellers", null, buyers));
    list.add(
        new Endpoint(
            "POST", "/buyers/me/favorite-sellers", "{\"seller_id\":" + sellerA.id() + "}", buyers));
    list.add(new Endpoint("DELETE", "/buyers/me/favorite-sellers/" + sellerA.id(), null, buyers));
    list.add(new Endpoint("GET", "/buyers/me/favorite-products", null, buyers));
    list.add(
        new Endpoint(
            "POST",
            "/buyers/me/favorite-products",
            "{\"product_id\":" + favouriteProduct() + "}",
            buyers));
    list.add(
        new Endpoint("DELETE", "/buyers/me/favorite-products/" + favouriteProduct(), null, buyers));
    return list;
  }

  private static Long favouriteProduct;

  /** A product of a third seller for the favourite-products rows. */
  public static long favouriteProduct() {
    if (favouriteProduct == null) {
      favouriteProduct =
          ShopRows.product(Fixtures.seller().id(), "100", 1, 0); // not A's: A stays empty
    }
    return favouriteProduct;
  }

  /**
   * A fresh request as that caller: tokens are made per call, because logout endpoints consume
   * them.
   */
  public static RequestSpecification as(Who who) {
    RequestSpecification r = api().contentType("application/json");
    return switch (who) {
      case ANONYMOUS -> r;
      case BUYER_A -> r.header("X-Telegram-Init-Data", Fixtures.initData(buyerA));
      case BUYER_B -> r.header("Authorization", "Bearer " + buyerJwt(buyerB));
      case SELLER_A ->
          r.header("X-Seller-Token", cached("sellerA", () -> Fixtures.sellerToken(sellerA)));
      case SELLER_B ->
          r.header("X-Seller-Token", cached("sellerB", () -> Fixtures.sellerToken(sellerB)));
      case ADMIN -> r.header("X-Admin-Token", cached("admin", Fixtures::adminToken));
      case EXPIRED ->
          r.header(
                  "Authorization",
                  "Bearer " + JwtForge.expired("buyer", Long.toString(expiredBuyer)))
              .header("X-Seller-Token", JwtForge.expired("seller", Long.toString(sellerA.id())))
              .header("X-Admin-Token", JwtForge.expired("admin", "admin"));
      case REVOKED -> revoked(r);
    };
  }

  /** Tokens are reused across rows; a logout row clears them, so the next row logs in again. */
  private static final Map<String, String> TOKENS = new HashMap<>();

  private static String cached(String key, Supplier<String> login) {
    return TOKENS.computeIfAbsent(key, k -> login.get());
  }

  private static RequestSpecification revoked(RequestSpecification r) {
    String seller =
        cached(
            "revokedSeller",
            () -> {
              String t = Fixtures.sellerToken(sellerA);
              api().header("X-Seller-Token", t).post("/seller-web/logout").then().statusCode(200);
              return t;
            });
    String admin =
        cached(
            "revokedAdmin",
            () -> {
              String t = Fixtures.adminToken();
              api().header("X-Admin-Token", t).post("/admin/logout").then().statusCode(200);
              return t;
            });
    return r.header("X-Seller-Token", seller).header("X-Admin-Token", admin);
  }

  private static String buyerJwt(long id) {
    return Fixtures.from(Fixtures.freshIp())
        .body(Map.of("init_data", Fixtures.initData(id)))
        .post("/auth/telegram-mini-app")
        .then()
        .statusCode(200)
        .extract()
        .path("token");
  }

  @Test
  public void everyEndpointAgainstEveryCaller() {
    List<String> wrong = new ArrayList<>();
    for (Endpoint e : endpoints()) {
      for (Who who : Who.values()) {
        Supplier<RequestSpecification> call =
            () -> {
              RequestSpecification r = as(who);
              return e.body() == null ? r : r.body(e.body());
            };
        int status = call.get().request(e.method(), e.path()).statusCode();
        if (e.path().endsWith("/logout")) {
          TOKENS.clear();
        }
        if (status != e.expected().get(who)) {
          wrong.add(
              e.method()
                  + " "
                  + e.path()
                  + " as "
                  + who
                  + ": "
                  + status
                  + " (want "
                  + e.expected().get(who)
                  + ")");
        }
      }
    }
    assertTrue(wrong.isEmpty(), String.join("\n", wrong));
  }

  @Test
  public void refusedCallsChangedNothing() {
    everyEndpointAgainstEveryCaller();
    assertEquals(0, Fixtures.count("select count(*) from users where tg_id = ?", expiredBuyer));
    assertEquals(
        0,
        Fixtures.count(
            "select count(*) from users where fio = 'Матрица' and tg_id not in (?, ?)",
            buyerA,
            buyerB));
    // the sellers' credentials survived every change-credentials attempt
    Fixtures.sellerToken(sellerA);
    Fixtures.sellerToken(sellerB);
    assertEquals(0, Fixtures.count("select count(*) from admin_totp where enabled"));
    // the seller panel rows created, changed and uploaded nothing
    assertEquals(
        0,
        Fixtures.count(
            "select count(*) from products where seller_id in (?, ?)", sellerA.id(), sellerB.id()));
    assertEquals(
        0,
        Fixtures.count(
            "select count(*) from sellers where seller_id in (?, ?) and (shop_name <> "
                + "'My Shop' or delivery_type <> 'both' or weekly_schedule is not null or working_hours is not null "
                + "or banner_url is not null or max_delivery_orders <> 10 or max_pickup_orders <> 20)",
            sellerA.id(),
            sellerB.id()));
    // favourites: only the two buyers ever wrote any, and each removed what it added
    assertEquals(
        0,
        Fixtures.count(
            "select count(*) from buyer_favorite_sellers where seller_id = ?", sellerA.id()));
    assertEquals(
        0,
        Fixtures.count(
            "select count(*) from buyer_favorite_products where product_id = ?",
            favouriteProduct()));
    assertEquals(0, Fixtures.count("select count(*) from users where tg_id = ?", expiredBuyer));
    assertEquals(
        0,
        Fixtures.count(
            "select count(*) from flowers where seller_id in (?, ?)", sellerA.id(), sellerB.id()));
    assertEquals(
        5,
        Fixtures.count(
            "select remaining_quantity from reception_items where id = ?", FloristTargets.item()));
  }

  @BeforeAll
  public static void adminTargets() throws Exception {
    AdminTargets.create();
  }

  @AfterAll
  public static void removeAdminTargets() throws Exception {
    AdminTargets.remove();
  }

  /**
   * The admin rows above are chosen so that the admin's own call changes nothing (a refusal or a
   * no-op); here every non-admin caller tries the destructive admin calls for real, on a live
   * seller and on unreferenced directory entries, and the database must be exactly as before.
   */
  @Test
  public void refusedAdminCallsChangeNothing() {
    for (Who who : Who.values()) {
      as(who); // callers that are created on first use (a buyer's user row) exist before the
      // fingerprint
    }
    String session = AdminTargets.victimSession();
    String before = AdminTargets.fingerprint();
    List<String> wrong = new ArrayList<>();
    for (Who who : Who.values()) {
      if (who == Who.ADMIN) {
        continue;
      }
      for (Endpoint e : AdminTargets.destructive()) {
        RequestSpecification r = as(who);
        int status =
            (e.body() == null ? r : r.body(e.body())).request(e.method(), e.path()).statusCode();
        if (status != 401) {
          wrong.add(e.method() + " " + e.path() + " as " + who + ": " + status);
        }
      }
    }
    assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    assertEquals(before, AdminTargets.fingerprint());
    AdminTargets.victimStillWorks(session);
  }
}
