package ru.flurai.ordering.stats;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import ru.flurai.catalog.BusinessDay;
import ru.flurai.ordering.order.OrderReads;
import ru.flurai.platform.config.FluraiConfig;
import ru.flurai.platform.db.Rows;
import ru.flurai.platform.db.Rows.Row;

/**
 * GET /admin/dashboard (API.md §7, DOMAIN.md §4.10). The page dereferences every key, so the full
 * shape is always returned. "Today" and "yesterday" are business days (06:00 to 06:00 in
 * SHOP_TIMEZONE, PRODUCT.md §3.3): orders = every order created in the day whatever its status;
 * revenue, profit and the average check = orders completed (done/completed) in the day; new
 * customers = buyers (never sellers) registered in the day. Load and exhausted limits are {@link
 * TodayLoad}'s, as {@code /admin/stats/limits} shows them.
 */
@ApplicationScoped
public class AdminDashboard {
  static final String DONE = "o.status in ('done', 'completed')";
  private static final BigDecimal COMMISSION = new BigDecimal("0.03");

  @PersistenceContext(unitName = "primary")
  EntityManager db;

  @Inject FluraiConfig config;
  @Inject TodayLoad load;
  @Inject AdminStats stats;

  private record Day(
      long orders, BigDecimal revenue, BigDecimal profit, BigDecimal avgCheck, long newCustomers) {}

  public Map<String, Object> now() {
    ZoneId zone = config.shopTimezone();
    BusinessDay today = BusinessDay.at(Instant.now(), zone);
    BusinessDay yesterday = BusinessDay.at(today.start().minus(1, ChronoUnit.HOURS), zone);
    List<TodayLoad.Shop> shops = load.of(today);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("today", today(day(today), day(yesterday)));
    Map<String, Object> pipeline = new LinkedHashMap<>();
    pipeline.put("pending", bucket("o.status = 'pending'"));
    pipeline.put("in_progress", bucket("o.status in ('accepted', 'assembling')"));
    pipeline.put("in_transit", bucket("o.status in ('in_transit', 'ready_for_pickup')"));
    pipeline.put(
        "completed_today",
        bucket(
            DONE
                + " and coalesce(o.completed_at, o.created_at) >= ?1"
                + " and coalesce(o.completed_at, o.created_at) < ?2",
            today));
    pipeline.put(
        "rejected_today",
        bucket(
            "o.status in ('rejected', 'cancelled') and o.created_at >= ?1"
                + " and o.created_at < ?2",
            today));
    out.put("pipeline", pipeline);
    out.put("alerts", alerts(shops));
    LocalDate date = LocalDate.now(zone);
    out.put(
        "weekly_revenue",
        stats.daily(new StatsPeriod("7d", date.minusDays(6), date), zone).stream()
            .map(
                d ->
                    new TreeMap<>(
                        Map.of(
                            "date",
                            d.get("date"),
                            "revenue",
                            d.get("revenue"),
                            "orders",
                            d.get("orders"))))
            .toList());
    out.put("top_sellers_today", topSellers(today, shops));
    Row totals =
        Rows.one(
            db,
            "select (select count(*) from sellers where deleted_at is null) as sellers,"
                + " (select count(*) from users where role = 'BUYER') as buyers,"
                + " (select count(*) from orders) as orders");
    out.put(
        "totals",
        new TreeMap<>(
            Map.of(
                "sellers", totals.num("sellers"),
                "buyers", totals.num("buyers"),
                "orders", totals.num("orders"))));
    return out;
  }

  private static Map<String, Object> today(Day t, Day y) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("orders", t.orders());
    m.put("orders_yesterday", y.orders());
    m.put("revenue", t.revenue());
    m.put("revenue_yesterday", y.revenue());
    m.put("profit", t.profit());
    m.put("profit_yesterday", y.profit());
    m.put("avg_check", t.avgCheck());
    m.put("avg_check_yesterday", y.avgCheck());
    m.put("new_customers", t.newCustomers());
    m.put("new_customers_yesterday", y.newCustomers());
    return m;
  }

  private Day day(BusinessDay d) {
    Row r =
        Rows.one(
            db,
            "select (select count(*) from orders o where o.created_at >= ?1 and o.created_at < ?2)"
                + " as orders, (select count(*) from orders o where "
                + DONE
                + " and coalesce(o.completed_at, o.created_at) >= ?1"
                + " and coalesce(o.completed_at, o.created_at) < ?2) as completed,"
                + " (select coalesce(sum(o.total_price), 0) from orders o where "
                + DONE
                + " and coalesce(o.completed_at, o.created_at) >= ?1"
                + " and coalesce(o.completed_at, o.created_at) < ?2) as revenue,"
                + " (select count(*) from users u where u.created_at >= ?1 and u.created_at < ?2"
                + " and u.role = 'BUYER' and not exists (select 1 from sellers s"
                + " where s.seller_id = u.tg_id)) as new_customers",
            Timestamp.from(d.start()),
            Timestamp.from(d.end()));
    long completed = r.num("completed");
    BigDecimal revenue = r.decimal("revenue");
    return new Day(
        r.num("orders"),
        revenue,
        revenue.multiply(COMMISSION).setScale(2, RoundingMode.HALF_UP),
        completed == 0
            ? BigDecimal.ZERO
            : revenue.divide(BigDecimal.valueOf(completed), 2, RoundingMode.HALF_UP),
        r.num("new_customers"));
  }

  private Map<String, Object> alerts(List<TodayLoad.Shop> shops) {
    Map<String, Object> alerts = new LinkedHashMap<>();
    alerts.put(
        "expiring_placements",
        Rows.list(
                db,
                "select seller_id, shop_name, ceil(extract(epoch from placement_expired_at - now())"
                    + " / 86400) as days from sellers where deleted_at is null and placement_expired_at"
                    + " between now() and now() + interval '7 days' order by placement_expired_at limit 20")
            .stream()
            .map(
                r ->
                    new TreeMap<>(
                        Map.of(
                            "tg_id",
                            r.get("seller_id"),
                            "shop_name",
                            r.get("shop_name"),
                            "expires_in_days",
                            r.integer("days"))))
            .toList());
    alerts.put(
        "exhausted_limits",
        shops.stream()
            .filter(TodayLoad.Shop::exhausted)
            .map(
                s ->
                    new TreeMap<>(
                        Map.of(
                            "tg_id",
                            s.id(),
                            "shop_name",
                            s.name(),
                            "used",
                            s.used(),
                            "limit",
                            s.limit())))
            .toList());
    alerts.put(
        "stuck_orders",
        Rows.list(
                db,
                "select o.id, coalesce(o.seller_id, o.seller_tg_id) as seller_id, "
                    + OrderReads.SHOP_NAME
                    + " as seller_name, floor(extract(epoch from now() - o.created_at) / 60)"
                    + " as minutes, o.total_price"
                    + OrderReads.FROM
                    + " where o.status = 'pending' and o.created_at < now() - interval '30 minutes'"
                    + " order by o.created_at limit 20")
            .stream()
            .map(
                r -> {
                  Map<String, Object> m = new LinkedHashMap<>();
                  m.put("order_id", r.get("id"));
                  m.put("seller_id", r.get("seller_id"));
                  m.put("seller_name", r.get("seller_name"));
                  m.put("minutes_pending", r.num("minutes"));
                  m.put("amount", r.get("total_price"));
                  return m;
                })
            .toList());
    return alerts;
  }

  /** The five shops with the most revenue from today's orders that hold a slot, with their load. */
  private List<Map<String, Object>> topSellers(BusinessDay today, List<TodayLoad.Shop> shops) {
    Map<Long, TodayLoad.Shop> byId =
        shops.stream().collect(Collectors.toMap(TodayLoad.Shop::id, Function.identity()));
    return Rows.list(
            db,
            "select o.seller_id, s.shop_name, count(*) as orders, sum(o.total_price) as revenue"
                + " from orders o join sellers s on s.seller_id = o.seller_id"
                + " where o.created_at >= ?1 and o.created_at < ?2"
                + " and o.status not in ('rejected', 'cancelled') group by 1, 2 order by 4 desc, 1"
                + " limit 5",
            Timestamp.from(today.start()),
            Timestamp.from(today.end()))
        .stream()
        .map(
            r -> {
              TodayLoad.Shop s = byId.get(r.num("seller_id"));
              return Map.<String, Object>of(
                  "tg_id",
                  r.get("seller_id"),
                  "shop_name",
                  r.get("shop_name"),
                  "orders",
                  r.num("orders"),
                  "revenue",
                  r.get("revenue"),
                  "load_pct",
                  s == null ? 0.0 : s.loadPct());
            })
        .toList();
  }

  private Map<String, Object> bucket(String condition, BusinessDay... day) {
    String sql =
        "select count(*) as n, coalesce(sum(o.total_price), 0) as amount from orders o where "
            + condition;
    Row r =
        day.length == 0
            ? Rows.one(db, sql)
            : Rows.one(db, sql, Timestamp.from(day[0].start()), Timestamp.from(day[0].end()));
    return new TreeMap<>(Map.of("count", r.num("n"), "amount", r.get("amount")));
  }
}
