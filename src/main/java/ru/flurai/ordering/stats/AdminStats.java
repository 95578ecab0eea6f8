package ru.flurai.ordering.stats;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ru.flurai.platform.config.FluraiConfig;
import ru.flurai.platform.db.Rows;
import ru.flurai.platform.db.Rows.Row;

/**
 * The admin stats tab's daily sales (API.md §7), computed in SQL over the (status, created) index.
 */
@ApplicationScoped
public class AdminStats {
  private static final String DONE = "status in ('done', 'completed')";

  @PersistenceContext(unitName = "primary")
  EntityManager db;

  @Inject FluraiConfig config;

  public Map<String, Object> overview(StatsPeriod requested) {
    ZoneId zone = config.shopTimezone();
    LocalDate today = LocalDate.now(zone);
    StatsPeriod p =
        requested.allTime() ? new StatsPeriod(null, today.minusDays(29), today) : requested;
    return Map.of("daily_sales", daily(p, zone));
  }

  /**
   * Completed orders per calendar day of the shop zone, zero-filled (also the dashboard's weekly
   * revenue).
   */
  List<Map<String, Object>> daily(StatsPeriod p, ZoneId zone) {
    Map<LocalDate, Row> found = new LinkedHashMap<>();
    for (Row r :
        Rows.list(
            db,
            "select cast((coalesce(completed_at, created_at) at time zone '"
                + zone.getId()
                + "') as date) as day, count(*) as orders, sum(total_price) as revenue"
                + " from orders where "
                + DONE
                + " and coalesce(completed_at,"
                + " created_at) >= "
                + since(p.from(), zone)
                + " and coalesce(completed_at, created_at) < "
                + since(p.to().plusDays(1), zone)
                + " group by 1")) {
      found.put(r.date("day"), r);
    }
    List<Map<String, Object>> out = new ArrayList<>();
    for (LocalDate d = p.from(); !d.isAfter(p.to()); d = d.plusDays(1)) {
      Row r = found.get(d);
      out.add(
          SellerStats.day(
              d,
              r == null ? 0 : r.num("orders"),
              r == null ? BigDecimal.ZERO : r.decimal("revenue")));
    }
    return out;
  }

  /**
   * A timestamp literal for the start of a calendar day in the shop zone (values are computed,
   * never user text).
   */
  private static String since(LocalDate d, ZoneId zone) {
    Instant i = d.atStartOfDay(zone).toInstant();
    return "timestamptz '" + Timestamp.from(i).toInstant() + "'";
  }
}
