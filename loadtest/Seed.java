import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * Benchmark data generator: fills a database that the server has already migrated (Flyway) with
 * shops, products and orders, using only the tables and columns the migrations create. Everything
 * is generated inside PostgreSQL ({@code insert ... select ... from generate_series}), so the L
 * size takes seconds, not hours.
 *
 * <pre>
 *   java -cp postgresql.jar loadtest/Seed.java JDBC_URL S|L
 *     S: 200 shops / 2 000 products / 20 000 orders      L: 2 000 / 20 000 / 200 000
 * </pre>
 *
 * The generated rows live in their own id ranges (shops: users/sellers 5 000 000 001.., buyers
 * 5 100 000 001..), so the run is idempotent: when exactly the asked size is present it is reused;
 * any other size is deleted first (with everything that hangs off it) and generated again. It
 * prints {@code SEEDED size=.. shops=.. products=.. orders=.. reused=..}, the shop ids and their
 * district ids.
 *
 * <p>Spread: shops over the database's districts and metro stations (round robin over the first
 * city that has districts), delivery types {@code both}/{@code delivery}/{@code pickup}, delivery
 * prices 0–300, a third with an active delivery zone (every other one of those free from 3 000 ₽),
 * one in forty blocked; ten products per shop with 1–3 photos, prices 990–12 980 ₽, stock 0–40
 * (about one in eight sold out, one in twenty inactive, a few preorder-only); orders over the
 * nine statuses and the last 90 days, one or two lines each, with their status history.
 */
public class Seed {
  static final long SHOP_BASE = 5_000_000_000L;
  static final long BUYER_BASE = 5_100_000_000L;
  static final long RANGE = 99_999_999L;

  public static void main(String[] a) throws Exception {
    String jdbc = a[0];
    String size = a.length > 1 ? a[1] : "S";
    int shops =
        switch (size) {
          case "S" -> 200;
          case "L" -> 2000;
          default -> throw new IllegalArgumentException("size is S or L: " + size);
        };
    int products = shops * 10;
    int orders = shops * 100;
    try (Connection db = DriverManager.getConnection(jdbc);
        Statement st = db.createStatement()) {
      long t0 = System.nanoTime();
      boolean reused =
          count(st, "select count(*) from sellers where " + shopRange("seller_id")) == shops
              && count(st, "select count(*) from products where " + shopRange("seller_id"))
                  == products
              && count(st, "select count(*) from orders where " + shopRange("seller_tg_id"))
                  == orders;
      if (!reused) {
        db.setAutoCommit(false);
        wipe(st);
        generate(st, shops, orders);
        db.commit();
        db.setAutoCommit(true);
        // settle the tables now, so that autovacuum does not run into the measurements
        for (String table :
            new String[] {
              "users", "sellers", "products", "orders", "order_items", "order_status_history",
              "delivery_zones", "notification_outbox"
            }) {
          st.execute("vacuum analyze " + table);
        }
      }
      System.out.printf(
          "SEEDED size=%s shops=%d products=%d orders=%d reused=%s seconds=%.1f%n",
          size, shops, products, orders, reused, (System.nanoTime() - t0) / 1e9);
      System.out.println(
          "SHOP_IDS="
              + joined(
                  st,
                  "select seller_id from sellers where "
                      + shopRange("seller_id")
                      + " and not is_blocked order by seller_id"));
      System.out.println(
          "DISTRICT_IDS="
              + joined(
                  st,
                  "select distinct district_id from sellers where "
                      + shopRange("seller_id")
                      + " and district_id is not null order by 1"));
    }
  }

  static String shopRange(String column) {
    return column + " between " + SHOP_BASE + " and " + (SHOP_BASE + RANGE);
  }

  static String buyerRange(String column) {
    return column + " between " + BUYER_BASE + " and " + (BUYER_BASE + RANGE);
  }

  static long count(Statement st, String sql) throws Exception {
    try (ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /** The first column of every row, comma-separated. */
  static String joined(Statement st, String sql) throws Exception {
    StringBuilder out = new StringBuilder();
    try (ResultSet rs = st.executeQuery(sql)) {
      while (rs.next()) {
        out.append(out.length() == 0 ? "" : ",").append(rs.getLong(1));
      }
    }
    return out.toString();
  }

  /** Removes a previous seed of any size; orders keep no FK to the shop, so they go explicitly. */
  static void wipe(Statement st) throws Exception {
    st.execute("delete from orders where " + shopRange("seller_tg_id"));
    st.execute("delete from orders where " + buyerRange("buyer_id"));
    st.execute("delete from sellers where " + shopRange("seller_id"));
    st.execute("delete from users where " + shopRange("tg_id") + " or " + buyerRange("tg_id"));
  }

  static void generate(Statement st, int shops, int orders) throws Exception {
    int buyers = orders / 10;
    // places: the first city with districts, its districts and metro stations, numbered from 0
    st.execute(
        "create temp table seed_city on commit drop as select c.id from cities c"
            + " where exists (select 1 from districts d where d.city_id = c.id) order by c.id limit 1");
    if (count(st, "select count(*) from seed_city") == 0) {
      st.execute("insert into cities (name) values ('Бенчград') returning id");
      st.execute("insert into seed_city select id from cities where name = 'Бенчград'");
      st.execute(
          "insert into districts (city_id, name) select (select id from seed_city), 'Район ' || g"
              + " from generate_series(1, 10) g");
    }
    st.execute(
        "create temp table seed_district on commit drop as select row_number() over (order by d.id)"
            + " - 1 as k, d.id from districts d where d.city_id = (select id from seed_city)");
    st.execute(
        "create temp table seed_metro on commit drop as select row_number() over (order by m.id)"
            + " - 1 as k, m.id, m.district_id from metro_stations m"
            + " where m.city_id = (select id from seed_city)"
            + " or m.district_id in (select id from seed_district)");
    long nd = count(st, "select count(*) from seed_district");
    long nm = count(st, "select count(*) from seed_metro");

    st.execute(
        "insert into users (tg_id, username, fio, phone, role, created_at)"
            + " select "
            + SHOP_BASE
            + " + g, 'bench_shop_' || g, 'Флорист ' || g, '7916' || lpad(g::text, 7, '0'), 'SELLER',"
            + " now() - (g % 365) * interval '1 day' from generate_series(1, "
            + shops
            + ") g");
    st.execute(
        "insert into users (tg_id, username, fio, phone, role, city_id, created_at)"
            + " select "
            + BUYER_BASE
            + " + g, 'bench_buyer_' || g, 'Покупатель ' || g, '7926' || lpad(g::text, 7, '0'),"
            + " 'BUYER', (select id from seed_city), now() - (g % 300) * interval '1 day'"
            + " from generate_series(1, "
            + buyers
            + ") g");
    String[] names = {"Розы", "Пионы", "Тюльпаны", "Ромашка", "Лаванда", "Орхидея", "Флора", "Букет"};
    StringBuilder nameArray = new StringBuilder("array[");
    for (int i = 0; i < names.length; i++) {
      nameArray.append(i == 0 ? "" : ",").append('\'').append(names[i]).append('\'');
    }
    nameArray.append("]");
    st.execute(
        "insert into sellers (seller_id, shop_name, description, hashtags, city_id, district_id,"
            + " metro_id, metro_walk_minutes, address_name, delivery_type, delivery_price,"
            + " max_delivery_orders, max_pickup_orders, max_orders, subscription_plan, is_blocked,"
            + " use_delivery_zones, working_hours, created_at)"
            + " select "
            + SHOP_BASE
            + " + g, ("
            + nameArray
            + ")[1 + g % "
            + names.length
            + "] || ' ' || g, 'Свежие цветы каждый день, магазин ' || g,"
            + " '#розы #пионы #' || ("
            + nameArray
            + ")[1 + (g * 7) % "
            + names.length
            + "], (select id from seed_city),"
            + (nd == 0 ? "null" : "(select id from seed_district where k = g % " + nd + ")")
            + ", "
            + (nm == 0 ? "null" : "(select id from seed_metro where k = g % " + nm + ")")
            + ", 3 + g % 15, 'ул. Цветочная, ' || g,"
            + " (array['both', 'delivery', 'pickup'])[1 + g % 3], (g % 4) * 100,"
            + " 5 + g % 20, 10 + g % 15, 0, 'active', g % 40 = 0, g % 3 = 0,"
            + " case when g % 2 = 0 then '{\"0\":{\"open\":\"09:00\",\"close\":\"21:00\"},\"1\":{\"open\":\"09:00\",\"close\":\"21:00\"},\"6\":null}'::jsonb end,"
            + " now() - (g % 365) * interval '1 day'"
            + " from generate_series(1, "
            + shops
            + ") g");
    st.execute(
        "insert into delivery_zones (seller_id, name, delivery_price, min_order_amount,"
            + " free_delivery_from, is_active, priority)"
            + " select "
            + SHOP_BASE
            + " + g, 'Зона ' || g, 200 + (g % 3) * 100, 1000,"
            + " case when g % 6 = 0 then 3000 end, true, 0"
            + " from generate_series(1, "
            + shops
            + ") g where g % 3 = 0");
    if (nd > 0) {
      st.execute(
          "insert into delivery_zone_districts (zone_id, district_id)"
              + " select z.id, d.id from delivery_zones z join seed_district d"
              + " on d.k = (z.seller_id - "
              + SHOP_BASE
              + ") % "
              + nd
              + " where "
              + shopRange("z.seller_id"));
    }
    // ten products a shop; p = 0..9 within the shop
    st.execute(
        "insert into products (seller_id, name, description, price, photo_ids, is_active, quantity,"
            + " is_preorder, composition, created_at)"
            + " select "
            + SHOP_BASE
            + " + s, ("
            + nameArray
            + ")[1 + (s + p) % "
            + names.length
            + "] || ' ' || (11 + 2 * p) || ' шт.', 'Букет №' || p || ' магазина ' || s,"
            + " 990 + ((s * 37 + p * 1231) % 120) * 100,"
            + " (select jsonb_agg('/static/uploads/bench/' || s || '_' || p || '_' || k || '.webp')"
            + " from generate_series(1, 1 + (s + p) % 3) k),"
            + " (s + p) % 20 <> 7, case when (s * 3 + p) % 8 = 0 then 0 else 1 + (s * 13 + p * 7) % 40"
            + " end, p = 9 and s % 5 = 0,"
            + " '[{\"name\":\"Роза\",\"qty\":11},{\"name\":\"Эвкалипт\",\"qty\":3}]'::jsonb,"
            + " now() - ((s + p) % 200) * interval '1 day'"
            + " from generate_series(1, "
            + shops
            + ") s cross join generate_series(0, 9) p");
    // orders: spread over statuses and 90 days; ids come from the identity
    st.execute(
        "create temp table seed_orders on commit drop as select o,"
            + " "
            + SHOP_BASE
            + " + 1 + (o * 7919) % "
            + shops
            + " as shop, "
            + BUYER_BASE
            + " + 1 + o % "
            + buyers
            + " as buyer,"
            + " (array['pending','accepted','assembling','in_transit','ready_for_pickup','done',"
            + "'completed','rejected','cancelled','completed','done','completed'])[1 + (o * 31) % 12]"
            + " as status, now() - ((o * 104729) % (90 * 24 * 60)) * interval '1 minute' as at,"
            + " 1 + o % 2 as lines"
            + " from generate_series(1::bigint, "
            + orders
            + ") o");
    st.execute(
        "insert into orders (buyer_id, seller_id, status, delivery_type, total_price,"
            + " original_price, delivery_fee, address, comment, buyer_phone, buyer_fio, created_at,"
            + " completed_at, seller_tg_id, seller_shop_name, seller_username, seller_phone,"
            + " seller_address_name)"
            + " select so.buyer, so.shop, so.status,"
            + " case when so.o % 2 = 0 then 'Доставка' else 'Самовывоз' end,"
            + " x.sum + case when so.o % 2 = 0 then 300 else 0 end, x.sum,"
            + " case when so.o % 2 = 0 then 300 else 0 end,"
            + " case when so.o % 2 = 0 then 'ул. Покупательская, ' || so.o end, null,"
            + " '7926' || lpad(((so.buyer - "
            + BUYER_BASE
            + ")::int)::text, 7, '0'), 'Покупатель ' || (so.buyer - "
            + BUYER_BASE
            + "), so.at,"
            + " case when so.status in ('done', 'completed') then so.at + interval '3 hours' end,"
            + " so.shop, s.shop_name, 'bench_shop_' || (so.shop - "
            + SHOP_BASE
            + "), null, s.address_name"
            + " from seed_orders so join sellers s on s.seller_id = so.shop"
            + " cross join lateral (select sum(p.price) as sum from (select p.price from products p"
            + " where p.seller_id = so.shop order by p.id limit so.lines) p) x"
            + " order by so.o");
    st.execute(
        "insert into order_items (order_id, line_no, product_id, name, price, quantity)"
            + " select o.id, l.n, l.id, l.name, l.price, 1 from orders o"
            + " cross join lateral (select row_number() over (order by p.id) as n, p.id, p.name,"
            + " p.price from products p where p.seller_id = o.seller_tg_id order by p.id"
            + " limit case when o.delivery_type = 'Доставка' then 1 else 2 end) l"
            + " where "
            + shopRange("o.seller_tg_id"));
    st.execute(
        "insert into order_status_history (order_id, from_status, to_status, actor, actor_id, at)"
            + " select o.id, null, 'pending', 'buyer', o.buyer_id, o.created_at from orders o where "
            + shopRange("o.seller_tg_id")
            + " union all select o.id, 'pending', o.status, 'seller', o.seller_tg_id,"
            + " o.created_at + interval '10 minutes' from orders o where "
            + shopRange("o.seller_tg_id")
            + " and o.status <> 'pending'");
  }
}
