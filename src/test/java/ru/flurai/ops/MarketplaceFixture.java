package ru.flurai.ops;

import java.util.Map;

/**
 * A small marketplace-shaped database for the restore drill: directories, sellers, products and
 * orders linked by foreign keys, with Cyrillic text, NULLs, numerics, timestamps with time zone and
 * JSON. Every row is a pure function of generate_series, so two loads are identical.
 */
final class MarketplaceFixture {
  static final Map<String, Integer> EXPECTED_COUNTS =
      Map.of("cities", 8, "districts", 40, "sellers", 60, "products", 600, "orders", 1500);

  static final String SQL =
      """
      CREATE TABLE cities (
        id serial PRIMARY KEY,
        name text NOT NULL UNIQUE
      );
      CREATE TABLE districts (
        id serial PRIMARY KEY,
        city_id int NOT NULL REFERENCES cities (id),
        name text NOT NULL
      );
      CREATE TABLE sellers (
        id bigserial PRIMARY KEY,
        tg_id bigint NOT NULL UNIQUE,
        city_id int NOT NULL REFERENCES cities (id),
        district_id int REFERENCES districts (id),
        shop_name text NOT NULL,
        commission_percent smallint CHECK (commission_percent BETWEEN 0 AND 100),
        blocked boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL
      );
      CREATE TABLE products (
        id bigserial PRIMARY KEY,
        seller_id bigint NOT NULL REFERENCES sellers (id),
        name text NOT NULL,
        price numeric(12, 2) NOT NULL CHECK (price >= 0),
        quantity int NOT NULL CHECK (quantity >= 0),
        photo_ids jsonb NOT NULL DEFAULT '[]'
      );
      CREATE TABLE orders (
        id bigserial PRIMARY KEY,
        buyer_tg_id bigint NOT NULL,
        seller_id bigint NOT NULL REFERENCES sellers (id),
        product_id bigint NOT NULL REFERENCES products (id),
        quantity int NOT NULL,
        total numeric(12, 2) NOT NULL,
        status text NOT NULL CHECK (status IN ('pending', 'accepted', 'done', 'rejected', 'cancelled')),
        comment text,
        created_at timestamptz NOT NULL
      );
      CREATE INDEX orders_seller_status_created ON orders (seller_id, status, created_at DESC);
      CREATE INDEX products_seller ON products (seller_id);

      INSERT INTO cities (name)
        SELECT 'Город №' || g FROM generate_series(1, 8) g;
      INSERT INTO districts (city_id, name)
        SELECT 1 + (g - 1) / 5, 'Район ' || g FROM generate_series(1, 40) g;
      INSERT INTO sellers (tg_id, city_id, district_id, shop_name, commission_percent, blocked, created_at)
        SELECT 100000 + g, 1 + (g - 1) % 8, CASE WHEN g % 7 = 0 THEN NULL ELSE 1 + (g - 1) % 40 END,
               'Цветочная лавка «' || g || '»', (g * 3) % 101, g % 13 = 0,
               timestamptz '2025-03-01 09:00:00+03' + g * interval '1 day 2 hours'
        FROM generate_series(1, 60) g;
      INSERT INTO products (seller_id, name, price, quantity, photo_ids)
        SELECT 1 + (g - 1) % 60, 'Букет ' || g || CASE WHEN g % 2 = 0 THEN ' (розы)' ELSE ' (тюльпаны)' END,
               round((990 + g * 17.5) :: numeric, 2), g % 25,
               jsonb_build_array('/static/uploads/products/' || md5(g::text) || '.webp')
        FROM generate_series(1, 600) g;
      INSERT INTO orders (buyer_tg_id, seller_id, product_id, quantity, total, status, comment, created_at)
        SELECT 500000 + g % 321, 1 + (g - 1) % 60, 1 + (g - 1) % 600, 1 + g % 3,
               round(((990 + (1 + (g - 1) % 600) * 17.5) * (1 + g % 3)) :: numeric, 2),
               (ARRAY['pending', 'accepted', 'done', 'rejected', 'cancelled'])[1 + g % 5],
               CASE WHEN g % 4 = 0 THEN NULL ELSE 'Позвонить за час; код домофона ' || g END,
               timestamptz '2025-06-01 10:00:00+03' + g * interval '17 minutes'
        FROM generate_series(1, 1500) g;
      """;

  private MarketplaceFixture() {}
}
