package ru.flurai.catalog.shop;

import ru.flurai.catalog.listing.ListingSql;
import ru.flurai.catalog.listing.NativeSql;
import ru.flurai.preorder.PreorderCalendar;

/**
 * The shop page's two queries: the shop with its names and subscriber count, and its listable
 * products.
 */
public final class ShopSql {
  private ShopSql() {}

  /** Primary-key lookups plus an index-only count on ix_favorite_seller_id. */
  public static NativeSql shop(long sellerId) {
    NativeSql sql = new NativeSql();
    return sql.append(
        "select s.seller_id, s.shop_name, s.description, s.delivery_type, s.delivery_price,"
            + " s.address_name, s.map_url, s.city_id, ci.name as city_name, di.name as district_name,"
            + " m.name as metro_name, m.line_color, s.metro_walk_minutes,"
            + " s.banner_url, s.working_hours::text as working_hours, s.subscription_plan,"
            + " extract(epoch from s.placement_expired_at)::float8 as placement_expires,"
            + " s.is_blocked, s.deleted_at is not null as deleted,"
            + " u.username, u.fio, s.inn, s.ogrn,"
            + " (select min(z.delivery_price) from delivery_zones z where z.seller_id = s.seller_id and z.is_active) as zone_min_price,"
            + PreorderCalendar.COLUMNS
            + ","
            + " (select count(*) from buyer_favorite_sellers f where f.seller_id = s.seller_id)"
            + " as subscribers"
            + " from sellers s left join users u on u.tg_id = s.seller_id"
            + " left join cities ci on ci.id = s.city_id"
            + " left join districts di on di.id = s.district_id"
            + " left join metro_stations m on m.id = s.metro_id"
            + " where s.seller_id = "
            + sql.param(sellerId));
  }

  /**
   * The settings today's limits are computed from (DailyLimits), for a shop that is not deleted.
   */
  public static NativeSql limitSettings(long sellerId) {
    NativeSql sql = new NativeSql();
    return sql.append(
        "select s.max_delivery_orders, s.max_pickup_orders, s.max_orders,"
            + " s.daily_limit_date::text as daily_limit_date,"
            + " s.weekly_schedule::text as weekly_schedule from sellers s where s.seller_id = "
            + sql.param(sellerId)
            + " and s.deleted_at is null");
  }

  /**
   * A shop's listable products by price (an index range of ix_products_listable), then its active
   * preorder products by price (LATER.md §2.4: not bound to stock, so quantity is not checked; an
   * index scan of ix_products_seller_preorder), in one statement.
   */
  public static NativeSql products(long sellerId) {
    NativeSql sql = new NativeSql();
    String seller = sql.param(sellerId);
    String columns =
        "select p.id, p.name, p.description, p.price, p.photo_ids::text as photo_ids,"
            + " p.quantity - p.reserved_quantity as stock, p.is_preorder,"
            + " p.composition::text as composition from products p where p.seller_id = "
            + seller;
    return sql.append(
        columns
            + " and "
            + ListingSql.LISTABLE
            + " union all "
            + columns
            + " and p.is_preorder and p.is_active order by is_preorder, price, id");
  }
}
