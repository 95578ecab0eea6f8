package ru.flurai.it;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import ru.flurai.catalog.BusinessDay;

/** Shops, products and directory rows straight in SQL, for the catalogue tests. */
public final class ShopRows {
  private ShopRows() {}

  /** A tag no other test (or demo data) uses, for {@code search=}. */
  public static String tag(String prefix) {
    return prefix + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
  }

  /**
   * A listed-by-default shop: active plan, default limits 10/20, delivery and pickup, no products
   * yet.
   */
  public static long shop(String name, String hashtags) {
    long id = Fixtures.newTelegramId();
    sql(
        "insert into users (tg_id, username, fio, role) values (?, ?, 'Иванова Анна', 'SELLER')",
        id,
        "u" + id);
    sql(
        "insert into sellers (seller_id, shop_name, hashtags) values (?, ?, ?)",
        id,
        name,
        hashtags);
    return id;
  }

  /** A listed shop with one listable product. */
  public static long listedShop(String name, String hashtags, String price) {
    long id = shop(name, hashtags);
    product(id, price, 5, 0);
    return id;
  }

  public static long product(long sellerId, String price, int quantity, int reserved) {
    return insertId(
        "insert into products (seller_id, name, price, quantity, reserved_quantity)"
            + " values (?, ?, ?::numeric, ?, ?) returning id",
        sellerId,
        "Букет " + price,
        price,
        quantity,
        reserved);
  }

  /** {@code set} is an SQL assignment list, e.g. "is_blocked = true" or "city_id = ?". */
  public static void updateShop(long id, String set, Object... args) {
    Object[] all = append(args, id);
    sql("update sellers set " + set + " where seller_id = ?", all);
  }

  public static void updateProduct(long id, String set, Object... args) {
    sql("update products set " + set + " where id = ?", append(args, id));
  }

  public static long city() {
    return insertId("insert into cities (name) values (?) returning id", tag("Город-"));
  }

  public static long district(long cityId) {
    return insertId(
        "insert into districts (city_id, name) values (?, ?) returning id", cityId, tag("Район-"));
  }

  public static long metro(long districtId, String color) {
    return insertId(
        "insert into metro_stations (name, district_id, line_color) values (?, ?, ?) returning id",
        tag("Станция-"),
        districtId,
        color);
  }

  /**
   * An active delivery zone of the seller (V13) over the districts, priced {@code price}, free from
   * {@code freeFrom} (null: never); returns its id.
   */
  public static long zone(long sellerId, String price, String freeFrom, long... districtIds) {
    long zone =
        insertId(
            "insert into delivery_zones (seller_id, name, delivery_price, free_delivery_from)"
                + " values (?, ?, ?::numeric, ?::numeric) returning id",
            sellerId,
            tag("Зона-"),
            price,
            freeFrom);
    for (long d : districtIds) {
      sql("insert into delivery_zone_districts (zone_id, district_id) values (?, ?)", zone, d);
    }
    return zone;
  }

  /**
   * Makes the seller a Moscow shop (city 1) that delivers to every Moscow district at {@code price}
   * (PRODUCT.md §8.1: no zone, no delivery); returns the zone's id. The development directory's
   * districts and the fake DaData's Moscow addresses ("Тверская, 1" is in "Тверской") resolve in
   * it.
   */
  public static long deliversInMoscow(long sellerId, String price) {
    sql("update sellers set city_id = 1 where seller_id = ?", sellerId);
    List<Long> districts = new ArrayList<>();
    try (Connection c = Stack.db();
        PreparedStatement s = c.prepareStatement("select id from districts where city_id = 1");
        ResultSet rs = s.executeQuery()) {
      while (rs.next()) {
        districts.add(rs.getLong(1));
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return zone(sellerId, price, null, districts.stream().mapToLong(Long::longValue).toArray());
  }

  public static BusinessDay today() {
    return BusinessDay.at(Instant.now(), ZoneId.of("Europe/Moscow"));
  }

  public static void sql(String sql, Object... args) {
    try (Connection c = Stack.db()) {
      Fixtures.exec(c, sql, args);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  public static long insertId(String sql, Object... args) {
    try (Connection c = Stack.db();
        PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        s.setObject(i + 1, args[i]);
      }
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Object[] append(Object[] args, Object last) {
    Object[] all = Arrays.copyOf(args, args.length + 1);
    all[args.length] = last;
    return all;
  }
}
