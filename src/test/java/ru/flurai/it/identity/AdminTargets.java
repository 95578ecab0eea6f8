package ru.flurai.it.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import ru.flurai.it.AdminApi;
import ru.flurai.it.Fixtures;
import ru.flurai.it.Stack;
import ru.flurai.it.identity.AuthorizationMatrixIT.Endpoint;
import ru.flurai.it.identity.AuthorizationMatrixIT.Who;

/**
 * The admin endpoints' rows of the authorization matrix, and the throw-away objects they point at.
 * Admin rows are picked so that the admin's own call changes nothing: a refusal (400/409), a no-op,
 * or an unknown seller id (200 {"status":"not_found"}), so the matrix can run any number of times.
 * The destructive calls themselves are tried by every other caller in {@link
 * AuthorizationMatrixIT#refusedAdminCallsChangeNothing()}.
 */
public final class AdminTargets {
  public static final long NO_SELLER = 987_654_321L;
  static Fixtures.SellerFixture
      seller; // a seller at the matrix city/district/metro: those are referenced
  public static Fixtures.SellerFixture victim; // a seller the destructive calls aim at
  public static long city;
  public static long district;
  public static long metro;
  public static long looseDistrict; // unreferenced: a real delete would succeed
  public static long looseMetro;
  public static long emptyCity;

  private AdminTargets() {}

  public static void create() throws SQLException {
    seller = Fixtures.seller();
    victim = Fixtures.seller();
    String suffix = Integer.toString(ThreadLocalRandom.current().nextInt(100_000, 999_999));
    try (Connection c = Stack.db()) {
      city = insert(c, "insert into cities (name) values (?) returning id", "Матрицаград" + suffix);
      emptyCity =
          insert(
              c,
              "insert into cities (name) values (?) returning id",
              "Матрицаград-пустой" + suffix);
      district =
          insert(
              c,
              "insert into districts (city_id, name) values (?, 'Матричный') returning id",
              city);
      looseDistrict =
          insert(
              c,
              "insert into districts (city_id, name) values (?, 'Свободный') returning id",
              city);
      metro =
          insert(
              c,
              "insert into metro_stations (name, district_id, city_id, line_color)"
                  + " values ('Матричная', ?, ?, '#000000') returning id",
              district,
              city);
      looseMetro =
          insert(
              c,
              "insert into metro_stations (name, district_id, city_id)"
                  + " values ('Свободная', ?, ?) returning id",
              district,
              city);
      Fixtures.exec(
          c,
          "update sellers set city_id = ?, district_id = ?, metro_id = ?, metro_walk_minutes = 1"
              + " where seller_id = ?",
          city,
          district,
          metro,
          seller.id());
    }
  }

  /** Through the admin API where it can, so the directory caches are dropped too. */
  public static void remove() throws SQLException {
    try (Connection c = Stack.db()) {
      Fixtures.exec(
          c,
          "update sellers set city_id = null, district_id = null, metro_id = null where seller_id = ?",
          seller.id());
    }
    String cov = "/admin/coverage";
    for (String path :
        List.of(
            cov + "/metro/" + metro,
            cov + "/metro/" + looseMetro,
            cov + "/districts/" + district,
            cov + "/districts/" + looseDistrict,
            cov + "/cities/" + city,
            cov + "/cities/" + emptyCity)) {
      AdminApi.admin().delete(path);
    }
  }

  public static List<Endpoint> rows(Map<Who, Integer> ok) {
    Map<Who, Integer> bad = AuthorizationMatrixIT.only(400, 401, Who.ADMIN);
    Map<Who, Integer> referenced = AuthorizationMatrixIT.only(409, 401, Who.ADMIN);
    String s = "/admin/sellers/" + seller.id();
    String none = "/admin/sellers/" + NO_SELLER;
    String cov = "/admin/coverage";
    List<Endpoint> list = new ArrayList<>();
    list.add(new Endpoint("GET", "/admin/sellers/all?include_deleted=true", null, ok));
    list.add(new Endpoint("GET", "/admin/sellers/search?fio=Матрица", null, ok));
    list.add(new Endpoint("GET", s, null, ok));
    list.add(
        new Endpoint(
            "PUT", s + "/update", "{\"field\":\"commission_percent\",\"value\":\"101\"}", bad));
    list.add(new Endpoint("PUT", s + "/block?is_blocked=maybe", null, bad));
    list.add(new Endpoint("PUT", none + "/soft-delete", null, ok));
    list.add(new Endpoint("PUT", s + "/restore", null, ok));
    list.add(new Endpoint("DELETE", none, null, ok));
    list.add(new Endpoint("PUT", s + "/set_limit?max_orders=5000", null, ok));
    list.add(new Endpoint("PUT", s + "/default_limit?default_daily_limit=-1", null, ok));
    list.add(new Endpoint("PUT", s + "/subscription_plan?plan=gold", null, ok));
    list.add(new Endpoint("GET", s + "/web_credentials", null, ok));
    list.add(new Endpoint("POST", none + "/set_web_credentials", null, ok));
    list.add(new Endpoint("POST", s + "/reset_counters", null, ok));
    list.add(new Endpoint("POST", "/admin/create_seller", "{}", bad));
    list.add(new Endpoint("GET", "/admin/org/7707083893", null, ok));
    list.add(new Endpoint("GET", "/admin/inn/7707083893", null, ok));
    list.add(new Endpoint("GET", "/admin/cities", null, ok));
    list.add(new Endpoint("GET", "/admin/districts/1", null, ok));
    list.add(new Endpoint("GET", "/admin/address/suggest?q=x", null, ok));
    list.add(new Endpoint("GET", "/admin/address/check-coverage?address=x&city_id=1", null, ok));
    list.add(new Endpoint("GET", cov + "/cities", null, ok));
    list.add(new Endpoint("POST", cov + "/cities", "{\"name\":\" \"}", bad));
    list.add(new Endpoint("PUT", cov + "/cities/" + city, "{\"name\":\"Москва\"}", bad));
    list.add(new Endpoint("DELETE", cov + "/cities/" + city, null, referenced));
    list.add(new Endpoint("GET", cov + "/cities/" + city + "/districts", null, ok));
    list.add(new Endpoint("POST", cov + "/cities/" + city + "/districts", "{\"name\":\"\"}", bad));
    list.add(new Endpoint("PUT", cov + "/districts/" + district, "{\"name\":\"\"}", bad));
    list.add(new Endpoint("DELETE", cov + "/districts/" + district, null, referenced));
    list.add(new Endpoint("GET", cov + "/cities/" + city + "/metro", null, ok));
    list.add(new Endpoint("GET", cov + "/districts/" + district + "/metro", null, ok));
    list.add(
        new Endpoint(
            "POST",
            cov + "/districts/" + district + "/metro",
            "{\"name\":\"X\",\"line_color\":\"red\"}",
            bad));
    list.add(new Endpoint("PUT", cov + "/metro/" + metro, "{\"line_color\":\"red\"}", bad));
    list.add(new Endpoint("DELETE", cov + "/metro/" + metro, null, referenced));
    // the throw-away city has no KLADR id: the import is refused (400) and changes nothing
    list.add(new Endpoint("POST", cov + "/cities/" + city + "/import-metro", null, bad));
    list.add(new Endpoint("POST", cov + "/cities/" + city + "/remap-metro", null, ok));
    list.add(new Endpoint("GET", cov + "/dadata/suggest-city?q=x", null, ok));
    list.add(new Endpoint("GET", cov + "/dadata/suggest-district?q=x", null, ok));
    return list;
  }

  /**
   * Calls that would change something if they were let through (the expected map is unused: all
   * must be 401).
   */
  public static List<Endpoint> destructive() {
    String v = "/admin/sellers/" + victim.id();
    String cov = "/admin/coverage";
    long newSeller = Fixtures.newTelegramId();
    List<Endpoint> list = new ArrayList<>();
    list.add(new Endpoint("PUT", v + "/block?is_blocked=true", null, null));
    list.add(new Endpoint("PUT", v + "/soft-delete", null, null));
    list.add(new Endpoint("DELETE", v, null, null));
    list.add(new Endpoint("POST", v + "/set_web_credentials", null, null));
    list.add(
        new Endpoint(
            "PUT", v + "/update", "{\"field\":\"shop_name\",\"value\":\"Взломано\"}", null));
    list.add(new Endpoint("PUT", v + "/set_limit?max_orders=0", null, null));
    list.add(
        new Endpoint(
            "PUT", v + "/default_limit?max_delivery_orders=0&max_pickup_orders=0", null, null));
    list.add(new Endpoint("PUT", v + "/subscription_plan?plan=none", null, null));
    list.add(
        new Endpoint(
            "POST",
            "/admin/create_seller",
            "{\"tg_id\":"
                + newSeller
                + ",\"fio\":\"Взлом Взломов\","
                + "\"phone\":\"79990000000\",\"shop_name\":\"Взлом\",\"delivery_type\":\"both\"}",
            null));
    list.add(new Endpoint("POST", cov + "/cities", "{\"name\":\"Взломград\"}", null));
    list.add(new Endpoint("PUT", cov + "/cities/" + city, "{\"name\":\"Взломград\"}", null));
    list.add(new Endpoint("DELETE", cov + "/cities/" + emptyCity, null, null));
    list.add(
        new Endpoint(
            "POST", cov + "/cities/" + city + "/districts", "{\"name\":\"Взломный\"}", null));
    list.add(
        new Endpoint("PUT", cov + "/districts/" + looseDistrict, "{\"name\":\"Взломный\"}", null));
    list.add(new Endpoint("DELETE", cov + "/districts/" + looseDistrict, null, null));
    list.add(
        new Endpoint(
            "POST", cov + "/districts/" + district + "/metro", "{\"name\":\"Взломная\"}", null));
    list.add(new Endpoint("PUT", cov + "/metro/" + looseMetro, "{\"name\":\"Взломная\"}", null));
    list.add(new Endpoint("DELETE", cov + "/metro/" + looseMetro, null, null));
    return list;
  }

  /** Everything the destructive calls could touch, as one string. */
  public static String fingerprint() {
    return AdminApi.text(
        "select concat_ws('|',"
            + " (select row_to_json(s)::text from sellers s where seller_id = ?),"
            + " (select count(*) from sellers), (select count(*) from users),"
            + " (select string_agg(row_to_json(c)::text, ',' order by id) from cities c),"
            + " (select string_agg(row_to_json(d)::text, ',' order by id) from districts d),"
            + " (select string_agg(row_to_json(m)::text, ',' order by id) from metro_stations m))",
        victim.id());
  }

  /** A session of the victim, opened before the destructive calls. */
  public static String victimSession() {
    return Fixtures.sellerToken(victim);
  }

  /**
   * The victim's session and password survived: a wrong current password is a 400, not a 401/403.
   */
  public static void victimStillWorks(String session) {
    for (String token : List.of(session, Fixtures.sellerToken(victim))) {
      Stack.api()
          .header("X-Seller-Token", token)
          .contentType("application/json")
          .body("{}")
          .put("/seller-web/security/change-credentials")
          .then()
          .statusCode(400);
    }
    assertEquals(
        "false|active",
        AdminApi.text(
            "select is_blocked::text || '|' || subscription_plan from sellers where seller_id = ?",
            victim.id()));
  }

  private static long insert(Connection c, String sql, Object... args) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        s.setObject(i + 1, args[i]);
      }
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }
}
