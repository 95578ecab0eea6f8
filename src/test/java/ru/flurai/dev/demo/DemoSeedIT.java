package ru.flurai.dev.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;
import ru.flurai.identity.PasswordHasher;
import ru.flurai.it.Stack;

/**
 * The demo seed's SQL against a real, fresh database: the test server runs with DEMO_DATA=false
 * (its own shop counts must not change), so this test migrates a throw-away database in the stack's
 * PostgreSQL with the project's migrations and the development directories, runs the writer the
 * startup observer runs, and checks that the demo shops are complete and listable. A database with
 * sellers is left alone.
 */
class DemoSeedIT {
  @Test
  void seedsAFreshDatabaseOnceWithListableShops() throws Exception {
    String name = "demo_check_" + ThreadLocalRandom.current().nextInt(1_000_000);
    String url;
    try (Connection c = Stack.db();
        Statement s = c.createStatement()) {
      url = c.getMetaData().getURL().replaceFirst("/flurai(\\?.*)?$", "/" + name);
      s.execute("create database " + name);
    }
    try {
      PGSimpleDataSource ds = new PGSimpleDataSource();
      ds.setUrl(url);
      ds.setUser("postgres");
      ds.setPassword("postgres");
      DemoWriter writer = new DemoWriter();
      writer.primary = ds;
      Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
      assertFalse(writer.wanted(), "no Moscow yet: nothing to attach the shops to");
      try (Connection c = ds.getConnection();
          Statement s = c.createStatement()) {
        s.execute(
            new String(
                getClass().getResourceAsStream("/ru/flurai/dev/directories.sql").readAllBytes(),
                StandardCharsets.UTF_8));
      }
      assertTrue(writer.wanted());
      List<DemoShops.DemoShop> shops = DemoShops.all();
      assertTrue(writer.write(shops, DemoSeed.photos(shops)));
      check(ds, shops);
      assertFalse(writer.wanted());
      assertFalse(writer.write(shops, Map.of()), "a database with sellers is left alone");
      assertEquals(shops.size(), count(ds, "select count(*) from sellers"));
    } finally {
      try (Connection c = Stack.db();
          Statement s = c.createStatement()) {
        s.execute("drop database if exists " + name + " with (force)");
      }
    }
  }

  private static void check(PGSimpleDataSource ds, List<DemoShops.DemoShop> shops)
      throws SQLException {
    int products = shops.stream().mapToInt(s -> s.products().size()).sum();
    assertEquals(
        shops.size(),
        count(
            ds,
            "select count(*) from sellers s join users u on u.tg_id = s.seller_id"
                + " where u.role = 'SELLER' and s.city_id = 1 and s.district_id is not null and s.metro_id is not null"
                + " and s.metro_walk_minutes > 0 and s.subscription_plan = 'active' and not s.is_blocked"
                + " and s.deleted_at is null and s.max_delivery_orders = 10 and s.max_pickup_orders = 20"
                + " and jsonb_typeof(s.working_hours) = 'object' and s.web_login like 'demo_'"));
    // each shop's metro station lies in its district
    assertEquals(
        shops.size(),
        count(
            ds,
            "select count(*) from sellers s join metro_stations m on m.id = s.metro_id"
                + " where m.district_id = s.district_id"));
    assertEquals(
        products,
        count(
            ds,
            "select count(*) from products where is_active and quantity > 0"
                + " and price > 0 and jsonb_array_length(photo_ids) >= 1 and jsonb_typeof(composition) = 'array'"));
    // one shop takes preorders (a complete weekly schedule) and sells them as preorder products
    long preorderProducts =
        shops.stream()
            .flatMap(shop -> shop.products().stream())
            .filter(DemoShops.DemoProduct::preorder)
            .count();
    assertEquals(
        1,
        count(
            ds,
            "select count(*) from sellers where preorder_enabled and preorder_schedule_type = 'weekly'"
                + " and preorder_weekday between 0 and 6"));
    assertEquals(
        preorderProducts,
        count(ds, "select count(*) from products where is_preorder and is_active"));
    assertEquals(true, preorderProducts > 0);
    // every photo path is served from static_files, backed by stored bytes
    assertEquals(
        0,
        count(
            ds,
            "select count(*) from products p, jsonb_array_elements_text(p.photo_ids) path"
                + " where not exists (select 1 from static_files f join media m on m.hash = f.hash where f.path = path)"));
    assertEquals(
        0,
        count(
            ds,
            "select count(*) from static_files"
                + " where path !~ '^/static/uploads/products/[0-9a-f]{64}\\.(jpg|png)$'"));
    // every demo shop has loyalty terms the panel and the Mini App show
    assertEquals(
        shops.size(),
        count(
            ds,
            "select count(*) from loyalty_settings l join sellers s on s.seller_id = l.seller_id"
                + " where l.points_percent = 5 and jsonb_array_length(l.tiers_config) = 2"));
    // the first shop's florist stock: a reception of its flowers backing two products
    assertEquals(
        6,
        count(
            ds,
            "select p.quantity from products p join bouquets b on b.id = p.bouquet_id"
                + " and b.seller_id = p.seller_id where b.name = 'Пышные пионы'"));
    assertEquals(
        5,
        count(
            ds,
            "select p.quantity from products p join bouquets b on b.id = p.bouquet_id"
                + " and b.seller_id = p.seller_id where b.name = 'Нежность'"));
    assertEquals(205, count(ds, "select sum(remaining_quantity) from reception_items"));
    for (DemoShops.DemoShop shop : shops) {
      try (Connection c = ds.getConnection();
          Statement s = c.createStatement();
          ResultSet rs =
              s.executeQuery(
                  "select password_hash from sellers where web_login = '" + shop.login() + "'")) {
        rs.next();
        assertTrue(PasswordHasher.verify(DemoShops.PASSWORD, rs.getString(1)), shop.login());
      }
    }
  }

  private static long count(PGSimpleDataSource ds, String sql) throws SQLException {
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
