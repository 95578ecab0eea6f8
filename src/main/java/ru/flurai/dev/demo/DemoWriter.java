package ru.flurai.dev.demo;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import ru.flurai.dev.demo.DemoShops.DemoProduct;
import ru.flurai.dev.demo.DemoShops.DemoShop;
import ru.flurai.dev.demo.DemoShops.Item;
import ru.flurai.identity.PasswordHasher;
import ru.flurai.media.StoredImage;

/**
 * Writes the demo shops in one transaction, under an advisory lock, and only into a database
 * without sellers, so two instances starting together seed once. Photos are stored as uploads are:
 * {@code media} by content hash, {@code static_files} by public path.
 */
@ApplicationScoped
public class DemoWriter {
  static final String PHOTO_DIR = "/static/uploads/products/";
  private static final String EMPTY =
      "select not exists (select 1 from sellers) and exists (select 1 from cities where id = 1)";

  @Resource(lookup = "jdbc/flurai")
  DataSource primary;

  /** A cheap look before drawing any photos: no sellers yet, and Moscow is there. */
  public boolean wanted() throws SQLException {
    try (Connection c = primary.getConnection()) {
      return exists(c, EMPTY);
    }
  }

  /**
   * A delivering demo shop's zones (PRODUCT.md §8.1): its own district at its price, free from 5000
   * ₽, and the rest of Moscow for 300 ₽ more at a lower priority.
   */
  private static void zones(Connection c, DemoShop shop) throws SQLException {
    update(
        c,
        "with z as (insert into delivery_zones (seller_id, name, delivery_price, free_delivery_from,"
            + " priority) values (?, ?, ?, 5000, 1) returning id)"
            + " insert into delivery_zone_districts (zone_id, district_id)"
            + " select z.id, d.id from z, districts d where d.city_id = 1 and d.name = ?",
        shop.sellerId(),
        shop.district(),
        shop.deliveryPrice(),
        shop.district());
    update(
        c,
        "with z as (insert into delivery_zones (seller_id, name, delivery_price, priority)"
            + " values (?, 'Вся Москва', ?, 0) returning id)"
            + " insert into delivery_zone_districts (zone_id, district_id)"
            + " select z.id, d.id from z, districts d where d.city_id = 1",
        shop.sellerId(),
        shop.deliveryPrice().add(new BigDecimal(300)));
    update(c, "update sellers set use_delivery_zones = true where seller_id = ?", shop.sellerId());
  }

  /** False when there is nothing to do: sellers exist already, or Moscow (city 1) is missing. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public boolean write(List<DemoShop> shops, Map<String, List<StoredImage>> photos)
      throws SQLException {
    try (Connection c = primary.getConnection()) {
      query(c, "select pg_advisory_xact_lock(hashtext('flurai-demo-seed'))");
      if (!exists(c, EMPTY)) {
        return false;
      }
      String hash = PasswordHasher.hash(DemoShops.PASSWORD);
      for (DemoShop shop : shops) {
        update(
            c,
            "insert into users (tg_id, fio, phone, role, city_id) values (?, ?, ?, 'SELLER', 1)"
                + " on conflict (tg_id) do update set role = 'SELLER'",
            shop.sellerId(),
            shop.owner(),
            shop.phone());
        update(
            c,
            "insert into sellers (seller_id, web_login, password_hash, shop_name, description, hashtags,"
                + " city_id, district_id, metro_id, metro_walk_minutes, address_name, map_url, delivery_type,"
                + " delivery_price, working_hours) select ?, ?, ?, ?, ?, ?, 1, d.id,"
                + " (select m.id from metro_stations m where m.district_id = d.id"
                + "   order by m.name <> ?, m.name limit 1),"
                + " ?, ?, ?, ?, ?, ?::jsonb from districts d where d.city_id = 1 and d.name = ?",
            shop.sellerId(),
            shop.login(),
            hash,
            shop.name(),
            shop.description(),
            shop.hashtags(),
            shop.metro(),
            shop.walkMinutes(),
            shop.address(),
            "https://yandex.ru/maps/?text=" + shop.address().replace(' ', '+'),
            shop.deliveryType(),
            shop.deliveryPrice(),
            shop.workingHours(),
            shop.district());
        update(c, DemoLoyalty.SQL, shop.sellerId());
        if (!"самовывоз".equals(shop.deliveryType())) {
          zones(c, shop);
        }
        for (DemoProduct product : shop.products()) {
          JsonArrayBuilder paths = Json.createArrayBuilder();
          for (StoredImage image :
              photos.getOrDefault(shop.login() + "/" + product.name(), List.of())) {
            paths.add(store(c, image));
          }
          update(
              c,
              "insert into products (seller_id, name, description, price, photo_ids, quantity, composition,"
                  + " is_preorder) values (?, ?, ?, ?, ?::jsonb, ?, ?::jsonb, ?)",
              shop.sellerId(),
              product.name(),
              product.description(),
              product.price(),
              paths.build().toString(),
              product.quantity(),
              composition(product.composition()),
              product.preorder());
        }
        if (shop.products().stream().anyMatch(DemoProduct::preorder)) {
          update(c, DemoShops.PREORDER_SETTINGS, shop.sellerId());
        }
      }
      DemoStock.write(c, shops.get(0).sellerId());
      return true;
    }
  }

  private static String store(Connection c, StoredImage image) throws SQLException {
    String path = PHOTO_DIR + image.sha256Hex() + "." + image.extension();
    update(
        c,
        "insert into media (hash, content_type, bytes, width, height) values (?, ?, ?, ?, ?)"
            + " on conflict (hash) do nothing",
        image.sha256Hex(),
        image.contentType(),
        image.bytes(),
        image.width(),
        image.height());
    update(
        c,
        "insert into static_files (path, hash) values (?, ?) on conflict (path) do nothing",
        path,
        image.sha256Hex());
    return path;
  }

  static String composition(List<Item> items) {
    JsonArrayBuilder array = Json.createArrayBuilder();
    for (Item item : items) {
      JsonObjectBuilder o = Json.createObjectBuilder().add("name", item.name());
      if (item.qty() == null) {
        o.addNull("qty");
      } else if (item.qty() == Math.rint(item.qty())) {
        o.add("qty", item.qty().longValue());
      } else {
        o.add("qty", item.qty());
      }
      array.add(item.unit() == null ? o.addNull("unit") : o.add("unit", item.unit()));
    }
    return array.build().toString();
  }

  private static boolean exists(Connection c, String sql) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql);
        ResultSet rs = s.executeQuery()) {
      rs.next();
      return rs.getBoolean(1);
    }
  }

  private static void query(Connection c, String sql) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql);
        ResultSet rs = s.executeQuery()) {
      rs.next();
    }
  }

  private static void update(Connection c, String sql, Object... args) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        s.setObject(i + 1, args[i]);
      }
      s.executeUpdate();
    }
  }
}
