package ru.flurai.ordering;

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

/**
 * The admin home page and stats tab (API.md §7). The dashboard dereferences every key, so the full shape is always
 * returned; figures are computed in SQL over the (status, created) index.
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
    StatsPeriod p = requested.allTime() ? new StatsPeriod(null, today.minusDays(29), today) : requested;
    return Map.of("daily_sales", daily(p, zone));
  }

  public Map<String, Object> dashboard() {
    ZoneId zone = config.shopTimezone();
    LocalDate today = LocalDate.now(zone);
    Map<String, Object> out = new LinkedHashMap<>();
    Object[] t = day(today, zone);
    Object[] y = day(today.minusDays(1), zone);
    Map<String, Object> todayMap = new LinkedHashMap<>();
    todayMap.put("orders", t[0]);
    todayMap.put("orders_yesterday", y[0]);
    todayMap.put("revenue", t[1]);
    todayMap.put("revenue_yesterday", y[1]);
    todayMap.put("profit", t[2]);
    todayMap.put("profit_yesterday", y[2]);
    todayMap.put("avg_check", t[3]);
    todayMap.put("avg_check_yesterday", y[3]);
    todayMap.put("new_customers", t[4]);
    todayMap.put("new_customers_yesterday", y[4]);
    out.put("today", todayMap);
    Map<String, Object> pipeline = new LinkedHashMap<>();
    pipeline.put("pending", bucket("status = 'pending'", null, zone));
    pipeline.put("in_progress", bucket("status in ('accepted', 'assembling', 'ready_for_pickup')", null, zone));
    pipeline.put("in_transit", bucket("status = 'in_transit'", null, zone));
    pipeline.put("completed_today", bucket(DONE, today, zone));
    pipeline.put("rejected_today", bucket("status in ('rejected', 'cancelled')", today, zone));
    out.put("pipeline", pipeline);
    Map<String, Object> alerts = new LinkedHashMap<>();
    alerts.put("expiring_placements", rows("select seller_id, shop_name, ceil(extract(epoch from placement_expired_at"
        + " - now()) / 86400) from sellers where deleted_at is null and placement_expired_at between now() and"
        + " now() + interval '7 days' order by placement_expired_at limit 20").stream()
        .map(r -> Map.of("tg_id", r[0], "shop_name", r[1], "expires_in_days", ((Number) r[2]).intValue()))
        .toList());
    alerts.put("exhausted_limits", List.of());
    alerts.put("stuck_orders", rows("select o.id, o.seller_id, s.shop_name, floor(extract(epoch from now() -"
        + " o.created_at) / 60), o.total_price from orders o join sellers s on s.seller_id = o.seller_id"
        + " where o.status = 'pending' and o.created_at < now() - interval '30 minutes'"
        + " order by o.created_at limit 20").stream()
        .map(r -> Map.of("order_id", r[0], "seller_id", r[1], "seller_name", r[2], "minutes_pending",
            ((Number) r[3]).longValue(), "amount", r[4])).toList());
    out.put("alerts", alerts);
    out.put("weekly_revenue", daily(new StatsPeriod("7d", today.minusDays(6), today), zone).stream()
        .map(d -> Map.of("date", d.get("date"), "revenue", d.get("revenue"), "orders", d.get("orders"))).toList());
    out.put("top_sellers_today", rows("select o.seller_id, s.shop_name, count(*), sum(o.total_price) from orders o"
        + " join sellers s on s.seller_id = o.seller_id where o.created_at >= " + since(today, zone)
        + " and o.status not in ('rejected', 'cancelled') group by 1, 2 order by 4 desc limit 5").stream()
        .map(r -> Map.of("tg_id", r[0], "shop_name", r[1], "orders", ((Number) r[2]).longValue(), "revenue", r[3],
            "load_pct", 0)).toList());
    Object[] totals = rows("select (select count(*) from sellers where deleted_at is null),"
        + " (select count(*) from users where role = 'BUYER'), (select count(*) from orders)").get(0);
    out.put("totals", Map.of("sellers", totals[0], "buyers", totals[1], "orders", totals[2]));
    return out;
  }

  /** orders, revenue, profit (commission at 3 %), average check, new customers for one calendar day. */
  private Object[] day(LocalDate d, ZoneId zone) {
    Object[] r = rows("select count(*), coalesce(sum(total_price), 0) from orders where " + DONE
        + " and coalesce(completed_at, created_at) >= " + since(d, zone) + " and coalesce(completed_at, created_at) < "
        + since(d.plusDays(1), zone)).get(0);
    long orders = ((Number) r[0]).longValue();
    BigDecimal revenue = (BigDecimal) r[1];
    Object fresh = rows("select count(*) from users where created_at >= " + since(d, zone) + " and created_at < "
        + since(d.plusDays(1), zone)).get(0)[0];
    return new Object[] {orders, revenue, revenue.multiply(new BigDecimal("0.03")).setScale(2,
        java.math.RoundingMode.HALF_UP), orders == 0 ? BigDecimal.ZERO
        : revenue.divide(BigDecimal.valueOf(orders), 2, java.math.RoundingMode.HALF_UP), fresh};
  }

  private Map<String, Object> bucket(String condition, LocalDate day, ZoneId zone) {
    String when = day == null ? "" : " and created_at >= " + since(day, zone);
    Object[] r = rows("select count(*), coalesce(sum(total_price), 0) from orders where " + condition + when).get(0);
    return Map.of("count", ((Number) r[0]).longValue(), "amount", r[1]);
  }

  private List<Map<String, Object>> daily(StatsPeriod p, ZoneId zone) {
    Map<String, Object[]> found = new LinkedHashMap<>();
    for (Object[] r : rows("select cast((coalesce(completed_at, created_at) at time zone '" + zone.getId()
        + "') as date), count(*), sum(total_price) from orders where " + DONE + " and coalesce(completed_at,"
        + " created_at) >= " + since(p.from(), zone) + " and coalesce(completed_at, created_at) < "
        + since(p.to().plusDays(1), zone) + " group by 1")) {
      found.put(r[0].toString(), r);
    }
    List<Map<String, Object>> out = new ArrayList<>();
    for (LocalDate d = p.from(); !d.isAfter(p.to()); d = d.plusDays(1)) {
      Object[] r = found.get(d.toString());
      out.add(SellerStats.day(d, r == null ? 0 : ((Number) r[1]).longValue(),
          r == null ? BigDecimal.ZERO : (BigDecimal) r[2]));
    }
    return out;
  }

  /** A timestamp literal for the start of a calendar day in the shop zone (values are computed, never user text). */
  private static String since(LocalDate d, ZoneId zone) {
    Instant i = d.atStartOfDay(zone).toInstant();
    return "timestamptz '" + Timestamp.from(i).toInstant() + "'";
  }

  @SuppressWarnings("unchecked")
  private List<Object[]> rows(String sql) {
    List<?> r = db.createNativeQuery(sql).getResultList();
    return r.stream().map(o -> o instanceof Object[] a ? a : new Object[] {o}).toList();
  }
}
