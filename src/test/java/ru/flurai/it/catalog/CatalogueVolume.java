package ru.flurai.it.catalog;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.ThreadLocalRandom;
import ru.flurai.it.ShopRows;
import ru.flurai.it.Stack;

/**
 * A catalogue of realistic size, generated in SQL: 2 000 shops (some blocked, deleted, expired,
 * without a plan or closed today), 20 000 products (some inactive, preorder or reserved), 5 000
 * buyers with 20 000 subscriptions. Every id lies in a range of its own, so {@link #drop} removes
 * exactly what {@link #create} added.
 */
public final class CatalogueVolume {
  public static final int SHOPS = 2_000;
  public static final int PRODUCTS = 20_000;
  public static final int BUYERS = 5_000;
  public static final int SUBSCRIPTIONS = 20_000;

  public final long base = 7_000_000_000L + ThreadLocalRandom.current().nextLong(1_000) * 100_000L;
  public final String tag = ShopRows.tag("volume");
  public long cityId;

  public long sellerId(int n) {
    return base + n;
  }

  public CatalogueVolume create() throws SQLException {
    cityId = ShopRows.city();
    long district = ShopRows.district(cityId);
    String today = ShopRows.today().date().toString();
    try (Connection c = Stack.db();
        Statement s = c.createStatement()) {
      s.execute(
          "insert into users (tg_id, fio, role) select "
              + base
              + " + g, 'Продавец ' || g, 'SELLER'"
              + " from generate_series(1, "
              + (SHOPS + BUYERS)
              + ") g");
      s.execute(
          "insert into sellers (seller_id, shop_name, hashtags, city_id, district_id, delivery_type,"
              + " delivery_price, is_blocked, deleted_at, placement_expired_at, subscription_plan, max_orders,"
              + " daily_limit_date, working_hours)"
              + " select "
              + base
              + " + g, 'Цветы ' || g, 'розы,' || '"
              + tag
              + "',"
              + " case when g % 3 = 0 then "
              + cityId
              + " end, case when g % 6 = 0 then "
              + district
              + " end,"
              + " (array['both', 'доставка', 'самовывоз'])[1 + g % 3], (g % 4) * 100, g % 50 = 0,"
              + " case when g % 45 = 0 then now() end, case when g % 40 = 0 then now() - interval '1 day' end,"
              + " case when g % 35 = 0 then 'none' else 'active' end, 0,"
              + " case when g % 30 = 0 then date '"
              + today
              + "' end,"
              + " case when g % 5 = 0 then '{\"5\":null,\"6\":{\"open\":\"10:00\",\"close\":\"16:00\"}}'::jsonb end"
              + " from generate_series(1, "
              + SHOPS
              + ") g");
      s.execute(
          "insert into products (seller_id, name, price, quantity, reserved_quantity, is_active, is_preorder,"
              + " photo_ids, composition)"
              + " select "
              + base
              + " + 1 + (g % "
              + SHOPS
              + "), 'Букет ' || g, 100 + (g * 37) % 9000, g % 9,"
              + " case when g % 10 = 0 then g % 9 else 0 end, g % 13 <> 0, g % 17 = 0,"
              + " '[\"/static/uploads/products/x.webp\"]', '[{\"name\":\"Роза\",\"qty\":5}]'"
              + " from generate_series(1, "
              + PRODUCTS
              + ") g");
      s.execute(
          "insert into buyer_favorite_sellers (buyer_id, seller_id)"
              + " select distinct "
              + base
              + " + "
              + SHOPS
              + " + 1 + (g % "
              + BUYERS
              + "),"
              + " "
              + base
              + " + 1 + ((g * 7919) % "
              + SHOPS
              + ") from generate_series(1, "
              + SUBSCRIPTIONS
              + ") g");
      s.execute("vacuum analyze users");
      s.execute("vacuum analyze sellers");
      s.execute("vacuum analyze products");
      s.execute("vacuum analyze buyer_favorite_sellers");
    }
    return this;
  }

  public void drop() throws SQLException {
    try (Connection c = Stack.db();
        Statement s = c.createStatement()) {
      String range = " between " + base + " and " + (base + SHOPS + BUYERS);
      s.execute("delete from buyer_favorite_sellers where buyer_id" + range);
      s.execute("delete from sellers where seller_id" + range);
      s.execute("delete from users where tg_id" + range);
    }
  }
}
