package ru.flurai.it.platform;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import ru.flurai.devstack.TestSecrets;
import ru.flurai.identity.PasswordHasher;
import ru.flurai.it.AdminApi;
import ru.flurai.it.Fixtures;
import ru.flurai.it.SellerSession;
import ru.flurai.it.Stack;
import ru.flurai.it.florist.FloristFuzz;
import ru.flurai.it.ordering.CartIT;
import ru.flurai.it.ordering.OrdersIT;

/**
 * The fuzz run's own objects and, for every operation of /openapi, a baseline request that reaches
 * the code: the fuzz test replaces one parameter or body field of it at a time. Destructive calls
 * point only at objects made here (or made by the run itself, which {@link #cleanUp()} removes):
 * ids in hostile values are never small positive numbers, so they name nothing that exists.
 */
public final class FuzzTargets {
  /**
   * A baseline: path values, query values, extra headers and a JSON body ({@code {n}}: the case
   * number).
   */
  public record Baseline(
      Map<String, String> path,
      Map<String, String> query,
      Map<String, String> headers,
      String body) {}

  /** Operations driven with a status the suite otherwise forbids, and why. */
  public static final Map<String, String> ALLOWED_501 = Map.of();

  /** Documented parameters that are not fuzzed, and why. */
  public static final Map<String, String> UNFUZZED_PARAMS =
      Map.of(
          "Content-Length",
          "the request's own framing, set by the client: a wrong value splits or stalls the exchange, it is no input");

  /** Driven last, in this order: they end the caller's session or remove the run's objects. */
  public static final List<String> LAST =
      List.of("DELETE ", "POST /seller-web/logout", "POST /admin/logout");

  public final OrdersIT.Placed
      placed; // a seller (the panel caller), its product, a buyer and an order
  public final String logoutToken; // a second session of that seller, for /seller-web/logout
  final Fixtures.SellerFixture
      shop; // the checkout shop: its product is what the buyer's cart holds
  public final long shopProduct;
  public final long spareProduct; // for DELETE /seller-web/products/{id}
  public final Fixtures.SellerFixture credentials; // the change-credentials caller
  public final String credentialsToken;
  public final String credentialsHash;
  public final Fixtures.SellerFixture adminSeller; // what the admin seller calls change
  public final Fixtures.SellerFixture victim; // what DELETE /admin/sellers/{tg_id} removes
  public final String adminToken; // this run's own admin session (logged out at the end)
  public final long city;
  public final long district;
  public final long metro;
  public final long looseCity;
  public final long looseDistrict;
  public final long looseMetro;
  public final long customer; // a CRM customer of the placed order's seller, with one event
  public final long customerEvent;
  private final long maxCity;
  private final long maxDistrict;
  private final long maxMetro;
  private final long maxSellerCreated;
  private final FloristFuzz florist;

  public FuzzTargets() throws Exception {
    maxCity = Fixtures.count("select coalesce(max(id), 0) from cities");
    maxDistrict = Fixtures.count("select coalesce(max(id), 0) from districts");
    maxMetro = Fixtures.count("select coalesce(max(id), 0) from metro_stations");
    maxSellerCreated =
        Fixtures.count(
            "select coalesce(extract(epoch from max(created_at))::bigint, 0) from sellers");
    placed = OrdersIT.place("Самовывоз", 50, 1);
    logoutToken = Fixtures.sellerToken(placed.seller());
    shop = Fixtures.seller();
    shopProduct = CartIT.product(shop.id(), 100_000);
    SellerSession.exec(
        "update sellers set max_delivery_orders = 100000, max_pickup_orders = 100000"
            + " where seller_id = ?",
        shop.id());
    spareProduct = CartIT.product(placed.seller().id(), 1);
    florist = new FloristFuzz(placed.seller().id(), placed.product());
    credentials = Fixtures.seller();
    credentialsToken = Fixtures.sellerToken(credentials);
    credentialsHash = PasswordHasher.hash(credentials.password());
    adminSeller = Fixtures.seller();
    victim = Fixtures.seller();
    adminToken = Fixtures.adminToken();
    customer =
        Fixtures.count(
            "insert into customers (seller_id, phone, first_name, last_name, card_number)"
                + " values (?, '79990000001', 'Фазз', 'Клиент', 'FL-F1') returning id",
            placed.seller().id());
    customerEvent =
        Fixtures.count(
            "insert into customer_events (customer_id, seller_id, title, event_date)"
                + " values (?, ?, 'Фазз', '2030-01-01') returning id",
            customer,
            placed.seller().id());
    String suffix = Integer.toString(ThreadLocalRandom.current().nextInt(100_000, 999_999));
    city = Fixtures.count("insert into cities (name) values (?) returning id", "Фаззград" + suffix);
    looseCity =
        Fixtures.count(
            "insert into cities (name) values (?) returning id", "Фаззград-пустой" + suffix);
    district =
        Fixtures.count(
            "insert into districts (city_id, name) values (?, 'Фаззрайон') returning id", city);
    looseDistrict =
        Fixtures.count(
            "insert into districts (city_id, name) values (?, 'Свободный') returning id", city);
    metro =
        Fixtures.count(
            "insert into metro_stations (name, district_id, city_id, line_color)"
                + " values ('Фаззовская', ?, ?, '#000000') returning id",
            district,
            city);
    looseMetro =
        Fixtures.count(
            "insert into metro_stations (name, district_id, city_id)"
                + " values ('Свободная', ?, ?) returning id",
            district,
            city);
  }

  /**
   * Before a case: the cart holds a line to check out; the change-credentials seller has its first
   * login back.
   */
  public void prepare(String op) throws Exception {
    if (op.equals("POST /buyers/me/cart/checkout")) {
      FuzzHttp.send(
          "POST",
          "/buyers/me/cart/items",
          Map.of(
              "Content-Type",
              "application/json",
              "X-Telegram-Init-Data",
              Fixtures.initData(placed.buyer())),
          ("{\"product_id\":" + shopProduct + ",\"quantity\":1}").getBytes(StandardCharsets.UTF_8));
    } else if (op.equals("PUT /seller-web/security/change-credentials")) {
      SellerSession.exec(
          "update sellers set web_login = ?, password_hash = ? where seller_id = ?",
          credentials.login(),
          credentialsHash,
          credentials.id());
    }
  }

  /** The headers that make the caller of {@code scheme} (null: anonymous). */
  public Map<String, String> auth(String op, String scheme) {
    if (scheme == null) {
      return Map.of();
    }
    return switch (scheme) {
      case "adminToken" -> Map.of("X-Admin-Token", adminToken);
      case "sellerToken" ->
          Map.of(
              "X-Seller-Token",
              switch (op) {
                case "POST /seller-web/logout" -> logoutToken;
                case "PUT /seller-web/security/change-credentials" -> credentialsToken;
                default -> placed.sellerToken();
              });
      default -> Map.of("X-Telegram-Init-Data", Fixtures.initData(placed.buyer()));
    };
  }

  /**
   * The baseline of {@code op} ("METHOD /path"), or null when there is none (the test then fails).
   */
  public Baseline baseline(String op) {
    long seller = placed.seller().id();
    long order = placed.orderId();
    final String a = "/admin/sellers/{tg_id}";
    return switch (op) {
      case "GET /",
          "GET /ping",
          "GET /public/cities",
          "GET /admin/cities",
          "GET /admin/coverage/cities",
          "GET /admin/dashboard",
          "GET /admin/stats/limits",
          "POST /admin/logout",
          "GET /buyers/me",
          "POST /buyers/me/accept-privacy",
          "DELETE /buyers/me/cart",
          "GET /buyers/me/cart",
          "GET /buyers/me/favorite-products",
          "GET /buyers/me/favorite-sellers",
          "GET /buyers/me/orders",
          "GET /seller-web/bouquets",
          "POST /seller-web/close-for-today",
          "GET /seller-web/customers/all",
          "GET /seller-web/customers/tags",
          "GET /seller-web/dashboard/alerts",
          "GET /seller-web/dashboard/order-events",
          "GET /seller-web/dashboard/upcoming-events",
          "GET /seller-web/delivery-zones",
          "GET /seller-web/flowers",
          "GET /seller-web/inventory/all",
          "POST /seller-web/logout",
          "GET /seller-web/loyalty/settings",
          "GET /seller-web/me",
          "GET /seller-web/preorder-analytics",
          "GET /seller-web/receptions",
          "GET /seller-web/stats/customers",
          "GET /seller-web/subscribers",
          "GET /seller-web/subscribers/count",
          "GET /seller-web/customers/segments",
          "GET /seller-web/customers/export" ->
          plain();
      case "GET /seller-web/stats/export" -> query("period", "7d");
      case "GET /admin/customers" -> query("page", "1", "per_page", "5", "min_orders", "0");
      case "GET /buyers/me/loyalty/{seller_id}" -> path("seller_id", "" + seller);
      case "PUT /seller-web/loyalty/settings" ->
          body(
              "{\"points_percent\":5,\"max_points_discount_percent\":50,\"points_to_ruble_rate\":1,"
                  + "\"tiers_config\":[{\"name\":\"Фазз\",\"min_total\":0,\"points_percent\":5}],"
                  + "\"points_expire_days\":30}");
      case "POST /seller-web/customers" ->
          body(
              "{\"phone\":\"+7 999 000 00 02\",\"first_name\":\"Фазз{n}\",\"last_name\":\"К\","
                  + "\"birthday\":\"1990-01-01\"}");
      case "GET /seller-web/customers/{id}", "GET /seller-web/customers/{id}/orders" ->
          path("id", "" + customer);
      case "PATCH /seller-web/customers/{id}" ->
          new Baseline(
              Map.of("id", "" + customer),
              Map.of(),
              Map.of(),
              "{\"notes\":\"фазз {n}\",\"tags\":[\"фазз\"],\"birthday\":\"1990-01-01\"}");
      case "POST /seller-web/customers/{id}/sales" ->
          new Baseline(Map.of("id", "" + customer), Map.of(), Map.of(), "{\"amount\":100}");
      case "POST /seller-web/customers/{id}/deduct" ->
          new Baseline(Map.of("id", "" + customer), Map.of(), Map.of(), "{\"points\":1}");
      case "POST /seller-web/customers/{id}/events" ->
          new Baseline(
              Map.of("id", "" + customer),
              Map.of(),
              Map.of(),
              "{\"title\":\"Фазз\",\"event_date\":\"2030-01-01\",\"remind_days_before\":3,"
                  + "\"notes\":\"н\"}");
      case "PUT /seller-web/customers/{id}/events/{event_id}" ->
          new Baseline(
              Map.of("id", "" + customer, "event_id", "" + customerEvent),
              Map.of(),
              Map.of(),
              "{\"title\":\"Фазз\",\"event_date\":\"2030-01-02\",\"notes\":null}");
      case "DELETE /seller-web/customers/{id}/events/{event_id}" ->
          new Baseline(
              Map.of("id", "" + customer, "event_id", "" + customerEvent),
              Map.of(),
              Map.of(),
              null);
      case "POST /admin/2fa/confirm", "POST /admin/2fa/disable", "POST /admin/2fa/setup" ->
          body("{\"password\":\"wrong-{n}\",\"otp\":\"000000\"}");
      case "GET /admin/address/check-coverage" ->
          query("address", "Тверская, 1", "city_id", "" + city);
      case "GET /admin/address/suggest", "GET /admin/coverage/dadata/suggest-district" ->
          query("q", "Тверская", "city_kladr_id", "7700000000000");
      case "GET /admin/coverage/dadata/suggest-city" -> query("q", "Моск");
      case "POST /admin/auth/telegram" ->
          body("{\"init_data\":\"" + Fixtures.initData(placed.buyer()) + "\"}");
      case "POST /admin/coverage/cities" ->
          body("{\"name\":\"Фазз-{n}\",\"kladr_id\":\"7700000000000\"}");
      case "PUT /admin/coverage/cities/{id}" ->
          new Baseline(
              Map.of("id", "" + city),
              Map.of(),
              Map.of(),
              "{\"name\":\"Фаззград-{n}\",\"kladr_id\":null}");
      case "DELETE /admin/coverage/cities/{id}" -> path("id", "" + looseCity);
      case "GET /admin/coverage/cities/{id}/districts",
          "POST /admin/coverage/cities/{id}/import-metro",
          "GET /admin/coverage/cities/{id}/metro",
          "POST /admin/coverage/cities/{id}/remap-metro" ->
          path("id", "" + city);
      case "POST /admin/coverage/cities/{id}/districts" ->
          new Baseline(Map.of("id", "" + city), Map.of(), Map.of(), "{\"name\":\"Фаззрайон-{n}\"}");
      case "PUT /admin/coverage/districts/{id}" ->
          new Baseline(
              Map.of("id", "" + district), Map.of(), Map.of(), "{\"name\":\"Фаззрайон-{n}\"}");
      case "DELETE /admin/coverage/districts/{id}" -> path("id", "" + looseDistrict);
      case "GET /admin/coverage/districts/{id}/metro" -> path("id", "" + district);
      case "POST /admin/coverage/districts/{id}/metro" ->
          new Baseline(Map.of("id", "" + district), Map.of(), Map.of(), metroBody());
      case "PUT /admin/coverage/metro/{id}" ->
          new Baseline(Map.of("id", "" + metro), Map.of(), Map.of(), metroBody());
      case "DELETE /admin/coverage/metro/{id}" -> path("id", "" + looseMetro);
      case "POST /admin/create_seller" ->
          body(
              "{\"tg_id\":{tg},\"fio\":\"Фазз Продавец\",\"phone\":\"79990001122\","
                  + "\"shop_name\":\"Фазз-{n}\",\"inn\":\"7707083893\",\"ogrn\":\"1027700132195\",\"description\":\"о\","
                  + "\"city_id\":"
                  + city
                  + ",\"district_id\":"
                  + district
                  + ",\"address_name\":\"Тверская, 1\","
                  + "\"map_url\":\"https://yandex.ru/maps\",\"metro_id\":"
                  + metro
                  + ",\"metro_walk_minutes\":5,"
                  + "\"delivery_type\":\"both\",\"auto_create_delivery_zone\":false,"
                  + "\"placement_expired_at\":\"2030-01-01\",\"commission_percent\":3}");
      case "GET /admin/districts/{city_id}" -> path("city_id", "" + city);
      case "GET /admin/inn/{inn}" -> path("inn", "7707083893");
      case "GET /admin/org/{identifier}" -> path("identifier", "7707083893");
      case "POST /admin/login" ->
          body("{\"login\":\"fuzz-nobody-{n}\",\"password\":\"x\",\"otp\":\"000000\"}");
      case "GET /admin/orders" ->
          query(
              "date_from",
              "2025-01-01",
              "date_to",
              "2025-01-31",
              "page",
              "1",
              "per_page",
              "20",
              "seller_id",
              "" + seller,
              "status",
              "pending");
      case "GET /admin/stats/overview", "GET /seller-web/stats" ->
          query("date_from", "2025-01-01", "date_to", "2025-01-31", "period", "week");
      case "GET /admin/sellers/all" -> query("include_deleted", "true");
      case "GET /admin/sellers/search" -> query("fio", "Фазз", "include_deleted", "false");
      case "GET " + a,
          "POST " + a + "/reset_counters",
          "PUT " + a + "/restore",
          "POST " + a + "/set_web_credentials",
          "PUT " + a + "/soft-delete",
          "GET " + a + "/web_credentials" ->
          path("tg_id", "" + adminSeller.id());
      case "DELETE " + a -> path("tg_id", "" + victim.id());
      case "PUT " + a + "/block" ->
          new Baseline(
              Map.of("tg_id", "" + adminSeller.id()), Map.of("is_blocked", "true"), Map.of(), null);
      case "PUT " + a + "/default_limit" ->
          new Baseline(
              Map.of("tg_id", "" + adminSeller.id()),
              Map.of(
                  "default_daily_limit", "5", "max_delivery_orders", "3", "max_pickup_orders", "2"),
              Map.of(),
              null);
      case "PUT " + a + "/set_limit" ->
          new Baseline(
              Map.of("tg_id", "" + adminSeller.id()), Map.of("max_orders", "5"), Map.of(), null);
      case "PUT " + a + "/subscription_plan" ->
          new Baseline(
              Map.of("tg_id", "" + adminSeller.id()), Map.of("plan", "free"), Map.of(), null);
      case "PUT " + a + "/update" ->
          new Baseline(
              Map.of("tg_id", "" + adminSeller.id()),
              Map.of(),
              Map.of(),
              "{\"field\":\"fio\",\"value\":\"Фазз\"}");
      case "GET /admin/settings/commission",
          "GET /subscriptions/prices",
          "GET /subscriptions/status" ->
          plain();
      case "PUT /admin/settings/commission" -> body("{\"commission_percent\":3}");
      case "GET /admin/finance/summary" ->
          query("date_from", "2026-01-01", "date_to", "2026-01-31", "group_by", "week");
      case "POST /payments/create" ->
          body("{\"order_id\":" + order + ",\"return_url\":\"https://app.flurai.test/o\"}");
      case "GET /payments/{order_id}/status" -> path("order_id", "" + order);
      case "POST /payments/webhook" ->
          new Baseline(
              Map.of(),
              Map.of(),
              Map.of("X-Forwarded-For", "185.71.76.10"),
              "{\"type\":\"notification\",\"event\":\"payment.succeeded\","
                  + "\"object\":{\"id\":\"fuzz-{n}\"}}");
      case "POST /subscriptions/create" -> body("{\"period_months\":1}");
      case "POST /auth/refresh" -> body("{\"refresh_token\":\"fuzz-{n}\"}");
      case "POST /auth/telegram-mini-app" ->
          body("{\"init_data\":\"" + Fixtures.initData(placed.buyer()) + "\"}");
      case "POST /auth/telegram-widget" ->
          body(
              "{\"id\":"
                  + placed.buyer()
                  + ",\"first_name\":\"Фазз\","
                  + "\"last_name\":\"Тест\",\"username\":\"fuzz\",\"photo_url\":\"https://t.me/i/userpic/1.jpg\","
                  + "\"auth_date\":"
                  + Instant.now().getEpochSecond()
                  + ",\"hash\":\"00ff\"}");
      case "PUT /buyers/me" -> body("{\"phone\":\"+79001234567\",\"fio\":\"Фазз\"}");
      case "POST /buyers/me/cart/checkout" ->
          new Baseline(
              Map.of(),
              Map.of(),
              Map.of("Idempotency-Key", "fuzz-{n}"),
              "{\"fio\":\"Фазз\",\"phone\":\"79161234567\",\"delivery_type\":\"Самовывоз\",\"address\":\"Тверская, 1\","
                  + "\"comment\":\"к\",\"delivery_by_seller\":[{\"seller_id\":"
                  + shop.id()
                  + ",\"delivery_type\":"
                  + "\"Самовывоз\"}],\"points_usage\":[],\"buyer_district_id\":"
                  + district
                  + ",\"buyer_district_name\":"
                  + "\"Фаззрайон\"}");
      case "POST /buyers/me/cart/items" ->
          body("{\"product_id\":" + shopProduct + ",\"quantity\":1}");
      case "PUT /buyers/me/cart/items/{product_id}" ->
          new Baseline(
              Map.of("product_id", "" + shopProduct), Map.of(), Map.of(), "{\"quantity\":1}");
      case "DELETE /buyers/me/cart/items/{product_id}",
          "POST /buyers/me/cart/items/{product_id}/extend-reservation" ->
          path("product_id", "" + shopProduct);
      case "POST /buyers/me/favorite-products" -> body("{\"product_id\":" + shopProduct + "}");
      case "DELETE /buyers/me/favorite-products/{product_id}" ->
          path("product_id", "" + shopProduct);
      case "POST /buyers/me/favorite-sellers" -> body("{\"seller_id\":" + shop.id() + "}");
      case "DELETE /buyers/me/favorite-sellers/{seller_id}" -> path("seller_id", "" + shop.id());
      case "PUT /buyers/me/location" ->
          body("{\"city_id\":" + city + ",\"district_id\":" + district + "}");
      case "POST /buyers/me/orders/{order_id}/cancel",
          "POST /buyers/me/orders/{order_id}/confirm" ->
          path("order_id", "" + order);
      case "GET /public/address/suggest" ->
          query("query", "Тверская", "city", "Москва", "count", "5");
      case "GET /public/districts/{city_id}" -> path("city_id", "" + city);
      case "GET /public/metro/search" -> query("q", "Фазз");
      case "GET /public/metro/{district_id}" -> path("district_id", "" + district);
      case "GET /public/sellers" ->
          query(
              "city_id",
              "" + city,
              "delivery_type",
              "both",
              "district_id",
              "" + district,
              "free_delivery",
              "false",
              "metro_id",
              "" + metro,
              "page",
              "1",
              "per_page",
              "20",
              "search",
              "Роз",
              "sort_mode",
              "all",
              "sort_price",
              "asc");
      case "GET /public/sellers/{seller_id}",
          "GET /public/sellers/{seller_id}/availability",
          "GET /public/sellers/{seller_id}/delivery-zones" ->
          path("seller_id", "" + shop.id());
      case "POST /public/sellers/{seller_id}/check-delivery" ->
          new Baseline(
              Map.of("seller_id", "" + shop.id()),
              Map.of(),
              Map.of(),
              "{\"district_id\":"
                  + district
                  + ",\"district_name\":\"Фаззрайон\","
                  + "\"address\":\"Тверская, 1\"}");
      case "PUT /seller-web/default-limit" ->
          query("max_delivery_orders", "5", "max_pickup_orders", "5");
      case "PUT /seller-web/limits" ->
          query("max_orders", "10", "max_delivery_orders", "5", "max_pickup_orders", "5");
      case "POST /seller-web/delivery-zones" ->
          body("{\"name\":\"Зона\",\"district_ids\":[" + district + "],\"delivery_price\":300}");
      case "POST /orders/guest-checkout" ->
          body(
              "{\"guest_name\":\"Гость\",\"guest_phone\":\"79161234567\",\"delivery_type\":\"Самовывоз\","
                  + "\"address\":\"Самовывоз\",\"items\":[{\"product_id\":"
                  + shopProduct
                  + ",\"seller_id\":"
                  + shop.id()
                  + ",\"quantity\":1,\"name\":\"x\",\"price\":1}],\"delivery_by_seller\":[{\"seller_id\":"
                  + shop.id()
                  + ",\"delivery_type\":\"Самовывоз\"}],\"buyer_district_id\":null}");
      case "PUT /seller-web/delivery-zones/{id}", "DELETE /seller-web/delivery-zones/{id}" ->
          new Baseline(
              Map.of("id", "1"),
              Map.of(),
              Map.of(),
              op.startsWith("PUT") ? "{\"name\":\"Зона\"}" : null);
      case "POST /seller-web/login" -> body("{\"login\":\"fuzz-nobody-{n}\",\"password\":\"x\"}");
      case "PUT /seller-web/me" -> body(profileBody());
      case "GET /seller-web/orders" ->
          query(
              "date_from",
              "2025-01-01",
              "date_to",
              "2025-01-31",
              "preorder",
              "false",
              "status",
              "pending");
      case "GET /seller-web/orders/{id}",
          "POST /seller-web/orders/{id}/accept",
          "POST /seller-web/orders/{id}/reject" ->
          path("id", "" + order);
      case "PUT /seller-web/orders/{id}/price" ->
          new Baseline(Map.of("id", "" + order), Map.of("new_price", "4000"), Map.of(), null);
      case "PUT /seller-web/orders/{id}/status" ->
          new Baseline(Map.of("id", "" + order), Map.of("status", "accepted"), Map.of(), null);
      case "GET /seller-web/preorder-summary" -> query("date", "2030-01-01");
      case "GET /seller-web/products" -> query("preorder", "false");
      case "POST /seller-web/products" -> body(productBody());
      case "PUT /seller-web/products/{id}" ->
          new Baseline(Map.of("id", "" + placed.product()), Map.of(), Map.of(), productBody());
      case "DELETE /seller-web/products/{id}" -> path("id", "" + spareProduct);
      case "PUT /seller-web/security/change-credentials" ->
          body(
              "{\"old_login\":\""
                  + credentials.login()
                  + "\",\"old_password\":\""
                  + credentials.password()
                  + "\",\"new_login\":\"fuzz{n}x\","
                  + "\"new_password\":\"Fuzz{n}Passw0rd\"}");
      case "POST /seller-web/upload-banner", "POST /seller-web/upload-photo" -> plain();
      case "PUT /seller-web/weekly-schedule" ->
          body(
              "{\"schedule\":{\"1\":{\"delivery\":3,\"pickup\":2},"
                  + "\"7\":{\"delivery\":0,\"pickup\":0}}}");
      case "PUT /seller-web/working-hours" ->
          body(
              "{\"working_hours\":{\"0\":{\"open\":\"09:00\","
                  + "\"close\":\"18:00\"},\"5\":null}}");
      case "GET /static/{path}" ->
          new Baseline(
              Map.of("path", "uploads/products/fuzz.webp"),
              Map.of(),
              Map.of("If-None-Match", "\"fuzz\""),
              null);
      case "POST /telegram/webhook" ->
          new Baseline(
              Map.of(),
              Map.of(),
              Map.of("X-Telegram-Bot-Api-Secret-Token", TestSecrets.WEBHOOK_SECRET),
              "{\"update_id\":{tg},"
                  + "\"message\":{\"message_id\":1,\"date\":1700000000,\"chat\":{\"id\":"
                  + placed.buyer()
                  + ",\"type\":\"private\"},\"from\":{\"id\":"
                  + placed.buyer()
                  + ",\"is_bot\":false,"
                  + "\"first_name\":\"Фазз\"},\"text\":\"/start seller_"
                  + shop.id()
                  + "\"}}");
      default -> florist.baseline(op);
    };
  }

  private String metroBody() {
    return "{\"name\":\"Фаззовская-{n}\",\"line_color\":\"#FF0000\",\"line_name\":\"Красная\",\"geo_lat\":55.75,"
        + "\"geo_lon\":37.61}";
  }

  private static String profileBody() {
    return "{\"shop_name\":\"Фазз\",\"description\":\"о магазине\",\"delivery_type\":\"both\","
        + "\"address_name\":\"Тверская, 1\",\"map_url\":\"https://yandex.ru/maps\",\"banner_url\":null,"
        + "\"hashtags\":\"#розы\",\"use_delivery_zones\":false,\"yookassa_account_id\":\"acc-1\","
        + "\"preorder_enabled\":true,\"preorder_schedule_type\":\"weekly\",\"preorder_weekday\":4,"
        + "\"preorder_interval_days\":7,\"preorder_base_date\":\"2030-01-01\",\"preorder_min_lead_days\":2,"
        + "\"preorder_max_per_date\":5,\"preorder_discount_percent\":10,\"preorder_discount_min_days\":3,"
        + "\"preorder_custom_dates\":[\"2030-01-02\"]}";
  }

  private static String productBody() {
    return "{\"name\":\"Фазз-розы\",\"description\":\"д\",\"price\":1500.5,\"quantity\":3,\"is_preorder\":false,"
        + "\"is_active\":true,\"cost_price\":700,\"markup_percent\":20,\"photo_ids\":[],"
        + "\"composition\":[{\"name\":\"Роза\",\"qty\":5,\"unit\":\"шт.\"}]}";
  }

  private static Baseline plain() {
    return new Baseline(Map.of(), Map.of(), Map.of(), null);
  }

  private static Baseline body(String json) {
    return new Baseline(Map.of(), Map.of(), Map.of(), json);
  }

  private static Baseline path(String name, String value) {
    return new Baseline(Map.of(name, value), Map.of(), Map.of(), null);
  }

  private static Baseline query(String... kv) {
    Map<String, String> q = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      q.put(kv[i], kv[i + 1]);
    }
    return new Baseline(Map.of(), q, Map.of(), null);
  }

  /**
   * Removes what the run created through the API (cities, districts, stations, sellers), as the
   * admin would.
   */
  public void cleanUp() {
    String cov = "/admin/coverage/";
    for (long id :
        ids(
            "select id from metro_stations where id > ? or district_id in"
                + " (select id from districts where id > ? or city_id > ?)",
            maxMetro,
            maxDistrict,
            maxCity)) {
      AdminApi.admin().delete(cov + "metro/" + id);
    }
    for (long id :
        ids("select id from districts where id > ? or city_id > ?", maxDistrict, maxCity)) {
      AdminApi.admin().delete(cov + "districts/" + id);
    }
    for (long id :
        ids("select seller_id from sellers where created_at > to_timestamp(?)", maxSellerCreated)) {
      AdminApi.admin().delete("/admin/sellers/" + id);
    }
    for (long id : ids("select id from cities where id > ?", maxCity)) {
      AdminApi.admin().delete(cov + "cities/" + id);
    }
    // the commission the run set: back to the default
    AdminApi.admin()
        .contentType("application/json")
        .body("{\"commission_percent\":3}")
        .put("/admin/settings/commission");
  }

  private static List<Long> ids(String sql, Object... args) {
    List<Long> out = new ArrayList<>();
    try (var c = Stack.db();
        var s = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        s.setObject(i + 1, args[i]);
      }
      try (var rs = s.executeQuery()) {
        while (rs.next()) {
          out.add(rs.getLong(1));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return out;
  }
}
