package ru.flurai.ordering;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.util.List;
import ru.flurai.catalog.BusinessDay;
import ru.flurai.catalog.LimitSql;

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
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        db.createNativeQuery(
                "select s.seller_id, u.fio, s.shop_name, s.subscription_plan,"
                    + " lim.d + lim.p, (select count(*) from orders o where o.seller_id = s.seller_id and o.status not in"
                    + " ('rejected', 'cancelled') and o.created_at >= ?3 and o.created_at < ?4),"
                    + " coalesce(s.daily_limit_date = cast(?1 as date) and s.max_orders = 0, false)"
                    + " from sellers s left join users u on u.tg_id = s.seller_id"
                    + LimitSql.lateral("?1", "?2")
                    + " where s.deleted_at is null order by s.seller_id")
            .setParameter(1, day.date().toString())
            .setParameter(2, day.weekdayKey())
            .setParameter(3, Timestamp.from(day.start()))
            .setParameter(4, Timestamp.from(day.end()))
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new Shop(
                    ((Number) r[0]).longValue(),
                    (String) r[1],
                    (String) r[2],
                    (String) r[3],
                    ((Number) r[4]).intValue(),
                    ((Number) r[5]).longValue(),
                    (Boolean) r[6]))
        .toList();
  }
}
