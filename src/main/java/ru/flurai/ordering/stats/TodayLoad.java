package ru.flurai.ordering.stats;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.util.List;
import ru.flurai.catalog.BusinessDay;
import ru.flurai.catalog.shop.LimitSql;
import ru.flurai.platform.db.Rows;

/**
 * How loaded every shop (not deleted) is in one business day: its effective limit for that day (the
 * catalogue's SQL form of DailyLimits, delivery + pickup) against the orders created that day that
 * hold a slot (not rejected or cancelled, as checkout counts them; PRODUCT.md §3.3). Shared by the
 * admin dashboard and {@code /admin/stats/limits}.
 */
@ApplicationScoped
public class TodayLoad {
  @PersistenceContext(unitName = "primary")
  EntityManager db;

  /** One shop's day: {@code closed} = closed for the day by hand (a manual limit of 0). */
  public record Shop(
      long id, String fio, String name, String plan, int limit, long used, boolean closed) {
    /** used / limit in percent with one decimal; 0 without a limit. */
    public double loadPct() {
      return limit == 0 ? 0 : Math.round(1000.0 * used / limit) / 10.0;
    }

    /** Has a limit today and has used all of it. */
    public boolean exhausted() {
      return limit > 0 && used >= limit;
    }
  }

  public List<Shop> of(BusinessDay day) {
    return Rows.list(
            db,
            "select s.seller_id, u.fio, s.shop_name, s.subscription_plan, lim.d + lim.p as day_limit,"
                + " (select count(*) from orders o where o.seller_id = s.seller_id and o.status not in"
                + " ('rejected', 'cancelled') and o.created_at >= ?3 and o.created_at < ?4"
                + " and not o.is_preorder) as used,"
                + " coalesce(s.daily_limit_date = cast(?1 as date) and s.max_orders = 0, false)"
                + " as closed from sellers s left join users u on u.tg_id = s.seller_id"
                + LimitSql.lateral("?1", "?2")
                + " where s.deleted_at is null order by s.seller_id",
            day.date().toString(),
            day.weekdayKey(),
            Timestamp.from(day.start()),
            Timestamp.from(day.end()))
        .stream()
        .map(
            r ->
                new Shop(
                    r.num("seller_id"),
                    r.str("fio"),
                    r.str("shop_name"),
                    r.str("subscription_plan"),
                    r.integer("day_limit"),
                    r.num("used"),
                    r.bool("closed")))
        .toList();
  }
}
