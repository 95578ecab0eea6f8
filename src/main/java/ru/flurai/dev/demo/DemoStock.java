package ru.flurai.dev.demo;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The first demo shop's florist stock (PRODUCT.md §8.7): its flowers, a reception that arrived
 * today, and two bouquets backing its first two products, whose stock is what the flowers allow.
 * The quantities set here are what the florist feature derives from these stems (first product 6,
 * second 5: the free stems go round the two products one bouquet at a time), so the first
 * re-derivation changes nothing.
 */
final class DemoStock {
  private DemoStock() {}

  static void write(Connection c, long sellerId) throws SQLException {
    long peony = flower(c, sellerId, "Пион", 7);
    long eucalyptus = flower(c, sellerId, "Эвкалипт", 10);
    long rose = flower(c, sellerId, "Роза кустовая", 7);
    long matthiola = flower(c, sellerId, "Маттиола", 5);
    long reception =
        id(
            c,
            "insert into receptions (seller_id, name, reception_date, supplier, invoice_number)"
                + " values (?, 'Поставка из Голландии', current_date, 'FloraHolland', 'FH-1024')"
                + " returning id",
            sellerId);
    batch(c, reception, sellerId, peony, 115, 7, "180");
    batch(c, reception, sellerId, eucalyptus, 20, 10, "40");
    batch(c, reception, sellerId, rose, 30, 7, "60");
    batch(c, reception, sellerId, matthiola, 40, 5, "50");
    long lush = bouquet(c, sellerId, "Пышные пионы", "150");
    line(c, lush, peony, 15);
    line(c, lush, eucalyptus, 3);
    long tender = bouquet(c, sellerId, "Нежность", "120");
    line(c, tender, peony, 5);
    line(c, tender, rose, 3);
    line(c, tender, matthiola, 4);
    back(c, sellerId, "Букет из 15 пионов", lush, 6);
    back(c, sellerId, "Нежность", tender, 5);
  }

  private static long flower(Connection c, long sellerId, String name, int days)
      throws SQLException {
    return id(
        c,
        "insert into flowers (seller_id, name, default_shelf_life_days) values (?, ?, ?) returning id",
        sellerId,
        name,
        days);
  }

  private static void batch(
      Connection c, long reception, long sellerId, long flower, int stems, int days, String price)
      throws SQLException {
    id(
        c,
        "insert into reception_items (reception_id, seller_id, flower_id, quantity_initial,"
            + " arrival_date, shelf_life_days, price_per_unit, remaining_quantity)"
            + " values (?, ?, ?, ?, current_date, ?, ?, ?) returning id",
        reception,
        sellerId,
        flower,
        stems,
        days,
        new BigDecimal(price),
        stems);
  }

  private static long bouquet(Connection c, long sellerId, String name, String packaging)
      throws SQLException {
    return id(
        c,
        "insert into bouquets (seller_id, name, packaging_cost) values (?, ?, ?) returning id",
        sellerId,
        name,
        new BigDecimal(packaging));
  }

  private static void line(Connection c, long bouquet, long flower, int stems) throws SQLException {
    id(
        c,
        "insert into bouquet_items (bouquet_id, flower_id, quantity) values (?, ?, ?)"
            + " returning bouquet_id",
        bouquet,
        flower,
        stems);
  }

  private static void back(Connection c, long sellerId, String product, long bouquet, int units)
      throws SQLException {
    id(
        c,
        "update products set bouquet_id = ?, quantity = ?, markup_percent = 50"
            + " where seller_id = ? and name = ? returning id",
        bouquet,
        units,
        sellerId,
        product);
  }

  private static long id(Connection c, String sql, Object... args) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        s.setObject(i + 1, args[i]);
      }
      try (ResultSet rs = s.executeQuery()) {
        if (!rs.next()) {
          throw new SQLException("no row from " + sql);
        }
        return rs.getLong(1);
      }
    }
  }
}
