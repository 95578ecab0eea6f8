package ru.flurai.catalog.listing;

import ru.flurai.catalog.BusinessDay;
import ru.flurai.catalog.shop.LimitSql;

/**
 * The catalogue list (PRODUCT.md §3.1) as one query over every listed shop, plus the shop-card
 * columns it shares with the favourite sellers. Each shop costs a probe of {@code
 * ix_products_listable} (it has a listable product), its listable products' count and prices, and
 * its subscriber count.
 */
public final class ListingSql {
  private ListingSql() {}

  /**
   * Must match the predicate of the partial index ix_products_listable, so that the planner can use
   * it.
   */
  public static final String LISTABLE =
      "p.is_active and not p.is_preorder and p.quantity > p.reserved_quantity";

  static final String DELIVERS =
      "lower(btrim(s.delivery_type)) in ('delivery', 'доставка', 'both',"
          + " 'доставка и самовывоз')";
  static final String PICKS_UP =
      "lower(btrim(s.delivery_type)) in ('pickup', 'самовывоз', 'both',"
          + " 'доставка и самовывоз')";
  static final String BOTH = "lower(btrim(s.delivery_type)) in ('both', 'доставка и самовывоз')";

  /** The shop has an active delivery zone (V13's ix_delivery_zones_seller). */
  static final String ANY_ZONE =
      "exists (select 1 from delivery_zones z where z.seller_id = s.seller_id and z.is_active)";

  /** The shop has an active zone that is free, or free from some amount. */
  static final String FREE_ZONE =
      "exists (select 1 from delivery_zones z where z.seller_id = s.seller_id and z.is_active"
          + " and (z.delivery_price = 0 or z.free_delivery_from is not null))";

  /**
   * Every listed shop with its card and what the filters and orders of {@link Listable} need: one
   * statement for the whole catalogue, cached and then paged in memory, so that a page, a filter or
   * a search costs the same at any number of shops.
   */
  public static NativeSql listable(BusinessDay day) {
    NativeSql sql = new NativeSql();
    String date = sql.param(day.date().toString());
    String weekday = sql.param(day.weekdayKey());
    sql.append(
        "with page as (select "
            + PAGE_COLUMNS
            + ", 0 as total, s.seller_id as pos,"
            + " lower(s.shop_name) as name_lc, lower(coalesce(s.hashtags, '')) as tags_lc, "
            + DELIVERS
            + " as delivers, "
            + PICKS_UP
            + " as picks_up, "
            + BOTH
            + " as both_ways, "
            + ANY_ZONE
            + " as any_zone, "
            + FREE_ZONE
            + " as free_zone,"
            // the original shuffled; a shuffle that is stable for the business day keeps "load
            // more" pages consistent
            + " md5(s.seller_id::text || "
            + date
            + ") as shuffle, pr.stock, pr.touched"
            + " from sellers s"
            + LimitSql.lateral(date, weekday)
            + " cross join lateral ("
            + STOCK
            + ") pr"
            + " where not s.is_blocked and s.deleted_at is null"
            + " and (s.placement_expired_at is null or s.placement_expired_at > now())"
            + " and lower(s.subscription_plan) <> 'none' and lim.d + lim.p > 0"
            + " and exists (select 1 from products p where p.seller_id = s.seller_id and "
            + LISTABLE
            + "))");
    return cards(
        sql,
        " pc.city_id, pc.district_id, pc.metro_id, pc.name_lc, pc.tags_lc, pc.delivers,"
            + " pc.picks_up, pc.both_ways, pc.any_zone, pc.free_zone, pc.shuffle, pc.stock,"
            + " pc.touched,");
  }

  /**
   * What the shop page shows of each product that can change without an event: "id:available:price"
   * of every product the page lists (listable or preorder), by id ({@link ListedShop#stock}); and
   * when a product was last edited.
   */
  static final String STOCK =
      "select coalesce(string_agg(p.id || ':' || (p.quantity - p.reserved_quantity) || ':' ||"
          + " p.price, ',' order by p.id), '') as stock, max(p.updated_at)::text as touched"
          + " from products p where p.seller_id = s.seller_id and p.is_active"
          + " and (p.is_preorder or p.quantity > p.reserved_quantity)";

  /**
   * A buyer's favourite shops, newest first: soft-deleted shops are left out, blocked or empty ones
   * are not.
   */
  public static NativeSql favourites(long buyerId, BusinessDay day, int max) {
    NativeSql sql = new NativeSql();
    String date = sql.param(day.date().toString());
    String weekday = sql.param(day.weekdayKey());
    sql.append(
        "with page as (select "
            + PAGE_COLUMNS
            + ", 0 as total,"
            + " row_number() over (order by f.subscribed_at desc, s.seller_id) as pos"
            + " from buyer_favorite_sellers f join sellers s on s.seller_id = f.seller_id"
            + LimitSql.lateral(date, weekday)
            + " where f.buyer_id = "
            + sql.param(buyerId)
            + " and s.deleted_at is null"
            + " order by f.subscribed_at desc, s.seller_id limit "
            + sql.param(max)
            + ")");
    return cards(sql, "");
  }

  /**
   * The seller columns a card needs travel with the page, so the shops need not be looked up again.
   */
  private static final String PAGE_COLUMNS =
      "s.seller_id, s.shop_name, s.delivery_type, s.delivery_price,"
          + " s.city_id, s.district_id, s.metro_id, s.metro_walk_minutes, s.subscription_plan, s.is_blocked,"
          + " s.placement_expired_at is not null and s.placement_expired_at <= now() as expired, s.working_hours,"
          + " lim.d as lim_d, lim.p as lim_p";

  /**
   * The shop-card columns (read by name in {@link CardRows}) for the shops of a CTE named {@code
   * page}.
   */
  private static NativeSql cards(NativeSql sql, String extraColumns) {
    return sql.append(
        " select"
            + extraColumns
            + " pc.pos, pc.total, pc.seller_id, pc.shop_name, u.fio, pc.delivery_type,"
            + " pc.delivery_price, (select min(z.delivery_price) from delivery_zones z where z.seller_id = pc.seller_id and z.is_active) as zone_min_price, ci.name as city_name, di.name as district_name, m.name as metro_name,"
            + " pc.metro_walk_minutes, m.line_color, pc.lim_d, pc.lim_p,"
            + " pc.subscription_plan, pc.is_blocked, pc.expired, st.n as products_count,"
            + " st.lo as min_price, st.hi as max_price,"
            + " (select count(*) from buyer_favorite_sellers f where f.seller_id = pc.seller_id)"
            + " as subscribers,"
            + " pc.working_hours::text as working_hours"
            + " from page pc left join users u on u.tg_id = pc.seller_id"
            + " left join cities ci on ci.id = pc.city_id"
            + " left join districts di on di.id = pc.district_id"
            + " left join metro_stations m on m.id = pc.metro_id"
            + " cross join lateral (select count(*) as n, min(p.price) as lo, max(p.price) as hi from products p"
            + " where p.seller_id = pc.seller_id and "
            + LISTABLE
            + ") st"
            + " order by pc.pos");
  }
}
