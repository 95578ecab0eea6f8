package ru.flurai.catalog.listing;

import ru.flurai.catalog.BusinessDay;
import ru.flurai.catalog.directory.DirectoryReads;
import ru.flurai.catalog.shop.LimitSql;

/**
 * The catalogue list (PRODUCT.md §3.1) as one paged query with a window count, plus the shop-card
 * columns it shares with the favourite sellers. Cost is bounded by the number of candidate shops:
 * each candidate costs one probe of {@code ix_products_listable} (its cheapest listable product,
 * which also proves it has one), and only the shops on the page have their products counted and
 * their subscribers looked up.
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

  /** One page of listed shops, ordered, with {@code total} over every listed shop that matches. */
  public static NativeSql page(ListingQuery q, BusinessDay day) {
    NativeSql sql = new NativeSql();
    String order = order(q, day, sql);
    sql.append(
        "with page as (select "
            + PAGE_COLUMNS
            + ", count(*) over () as total,"
            + " row_number() over (order by "
            + order
            + ") as pos");
    fromWhere(q, day, sql);
    sql.append(
        " order by "
            + order
            + " limit "
            + sql.param(q.perPage())
            + " offset "
            + sql.param(q.offset())
            + ")");
    return cards(sql);
  }

  /**
   * The number of listed shops that match, for a page past the end (where the window count has no
   * row).
   */
  public static NativeSql count(ListingQuery q, BusinessDay day) {
    NativeSql sql = new NativeSql().append("select count(*) as total");
    fromWhere(q, day, sql);
    return sql;
  }

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
    return cards(sql);
  }

  private static String order(ListingQuery q, BusinessDay day, NativeSql sql) {
    if ("asc".equals(q.sortPrice())) {
      return "cheapest.price, s.seller_id";
    }
    if ("desc".equals(q.sortPrice())) {
      return "dearest.price desc, s.seller_id";
    }
    if (q.sortMode() != null) {
      // the original shuffled; a shuffle that is stable for the business day keeps "load more"
      // pages consistent
      return "md5(s.seller_id::text || " + sql.param(day.date().toString()) + "), s.seller_id";
    }
    // free slots first, most free slots first: no orders are counted yet, so free slots = today's
    // limits
    return "lim.d + lim.p desc, s.seller_id";
  }

  private static void fromWhere(ListingQuery q, BusinessDay day, NativeSql sql) {
    String date = sql.param(day.date().toString());
    String weekday = sql.param(day.weekdayKey());
    sql.append(
        " from sellers s"
            + LimitSql.lateral(date, weekday)
            + " cross join lateral (select p.price from products p where p.seller_id = s.seller_id and "
            + LISTABLE
            + " order by p.price limit 1) cheapest");
    if ("desc".equals(q.sortPrice())) {
      sql.append(
          " cross join lateral (select p.price from products p where p.seller_id = s.seller_id and "
              + LISTABLE
              + " order by p.price desc limit 1) dearest");
    }
    sql.append(
        " where not s.is_blocked and s.deleted_at is null"
            + " and (s.placement_expired_at is null or s.placement_expired_at > now())"
            + " and lower(s.subscription_plan) <> 'none' and lim.d + lim.p > 0");
    if (q.cityId() != null) {
      sql.append(" and s.city_id = " + sql.param(q.cityId()));
    }
    if (q.districtId() != null) {
      sql.append(" and s.district_id = " + sql.param(q.districtId()));
    }
    if (q.metroId() != null) {
      sql.append(" and s.metro_id = " + sql.param(q.metroId()));
    }
    if (q.search() != null) {
      String like = "%" + DirectoryReads.escapeLike(q.search()) + "%";
      sql.append(
          " and (lower(s.shop_name) like "
              + sql.param(like)
              + " escape '\\'"
              + " or lower(s.hashtags) like "
              + sql.param(like)
              + " escape '\\')");
    }
    if (q.deliveryType() != null) {
      sql.append(
          " and "
              + switch (q.deliveryType()) {
                case "delivery" -> DELIVERS;
                case "pickup" -> PICKS_UP;
                default -> BOTH;
              });
    }
    if (q.freeDelivery() != null) {
      // PRODUCT.md §8.1: free = an active zone priced 0 or with a "free from" amount; paid = a
      // delivering shop with active zones, none of them free
      sql.append(" and " + DELIVERS + " and ")
          .append(q.freeDelivery() ? FREE_ZONE : "not " + FREE_ZONE + " and " + ANY_ZONE);
    }
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
  private static NativeSql cards(NativeSql sql) {
    return sql.append(
        " select pc.pos, pc.total, pc.seller_id, pc.shop_name, u.fio, pc.delivery_type,"
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
