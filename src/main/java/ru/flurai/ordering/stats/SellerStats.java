package ru.flurai.ordering.stats;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import ru.flurai.ordering.order.DeliveryType;
import ru.flurai.platform.db.Rows;
import ru.flurai.platform.db.Rows.Row;

/**
 * GET /seller-web/stats (API.md §6), computed in SQL over the (seller, status) and (seller,
 * created) indexes. "Completed" = done or completed; revenue is dated by coalesce(completed_at,
 * created_at).
 */
@ApplicationScoped
public class SellerStats {
  static final int DEFAULT_COMMISSION = 3;
  private static final String COMPLETED = "o.status in ('done', 'completed')";
  private static final String DAY = "coalesce(o.completed_at, o.created_at)";

  @PersistenceContext(unitName = "primary")
  EntityManager db;

  public Map<String, Object> of(long sellerId, StatsPeriod p, ZoneId zone) {
    Totals now = totals(sellerId, p, zone);
    Totals before =
        p.allTime() ? new Totals(0, BigDecimal.ZERO) : totals(sellerId, p.previous(), zone);
    long orders = now.orders();
    BigDecimal revenue = now.revenue();
    Long override =
        Rows.first(
                db,
                "select coalesce(s.commission_percent, (select p.commission_percent from"
                    + " platform_settings p where p.id = 1)) as rate from sellers s"
                    + " where s.seller_id = ?1",
                sellerId)
            .map(r -> r.optNum("rate"))
            .orElse(null);
    int rate = override == null ? DEFAULT_COMMISSION : override.intValue();
    BigDecimal commission =
        revenue
            .multiply(BigDecimal.valueOf(rate))
            .divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("total_completed_orders", orders);
    out.put("total_revenue", revenue);
    out.put("commission_rate", rate);
    out.put("commission_amount", commission);
    out.put("net_revenue", revenue.subtract(commission));
    out.put(
        "average_check",
        orders == 0
            ? BigDecimal.ZERO
            : revenue.divide(BigDecimal.valueOf(orders), 2, RoundingMode.HALF_UP));
    out.put("previous_period_orders", before.orders());
    out.put("previous_period_revenue", before.revenue());
    out.put("orders_by_status", byStatus(sellerId, p, zone));
    out.put("daily_sales", daily(sellerId, p, zone));
    out.put("delivery_breakdown", breakdown(sellerId, p, zone));
    out.put("top_products", topProducts(sellerId, p, zone));
    out.put("top_bouquets", List.of());
    Map<String, Object> filters = new LinkedHashMap<>();
    filters.put("period", p.period());
    filters.put("date_from", p.from() == null ? null : p.from().toString());
    filters.put("date_to", p.to() == null ? null : p.to().toString());
    out.put("filters", filters);
    return out;
  }

  private record Totals(long orders, BigDecimal revenue) {}

  private Totals totals(long seller, StatsPeriod p, ZoneId zone) {
    Row r =
        rows(
                "select count(*) as orders, coalesce(sum(o.total_price), 0) as revenue from orders o"
                    + " where o.seller_id = ?1 and "
                    + COMPLETED
                    + " and "
                    + DAY
                    + " >= ?2 and "
                    + DAY
                    + " < ?3",
                seller,
                p,
                zone)
            .get(0);
    return new Totals(r.num("orders"), r.decimal("revenue"));
  }

  private Map<String, Long> byStatus(long seller, StatsPeriod p, ZoneId zone) {
    Map<String, Long> m = new LinkedHashMap<>();
    for (Row r :
        rows(
            "select o.status, count(*) as n from orders o where o.seller_id = ?1"
                + " and o.created_at >= ?2 and o.created_at < ?3 group by o.status order by o.status",
            seller,
            p,
            zone)) {
      m.put(r.str("status"), r.num("n"));
    }
    return m;
  }

  private List<Map<String, Object>> daily(long seller, StatsPeriod p, ZoneId zone) {
    Map<LocalDate, Row> found = new LinkedHashMap<>();
    for (Row r :
        rows(
            "select cast(("
                + DAY
                + " at time zone '"
                + zone.getId()
                + "') as date) as day, count(*) as orders,"
                + " sum(o.total_price) as revenue from orders o where o.seller_id = ?1 and "
                + COMPLETED
                + " and "
                + DAY
                + " >= ?2"
                + " and "
                + DAY
                + " < ?3 group by 1 order by 1",
            seller,
            p,
            zone)) {
      found.put(r.date("day"), r);
    }
    List<Map<String, Object>> out = new ArrayList<>();
    if (p.allTime()) {
      found.forEach((d, r) -> out.add(day(d, r.num("orders"), r.decimal("revenue"))));
      return out;
    }
    for (LocalDate d = p.from(); !d.isAfter(p.to()); d = d.plusDays(1)) {
      Row r = found.get(d);
      out.add(
          day(
              d,
              r == null ? 0 : r.num("orders"),
              r == null ? BigDecimal.ZERO : r.decimal("revenue")));
    }
    return out;
  }

  static Map<String, Object> day(LocalDate d, long orders, BigDecimal revenue) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("date", d.toString());
    m.put("orders", orders);
    m.put("revenue", revenue);
    return m;
  }

  private Map<String, Object> breakdown(long seller, StatsPeriod p, ZoneId zone) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (String k : List.of("delivery", "pickup", "other", "unknown")) {
      m.put(k, new TreeMap<>(Map.of("orders", 0L, "revenue", BigDecimal.ZERO)));
    }
    for (Row r :
        rows(
            "select o.delivery_type, count(*) as orders, sum(o.total_price) as revenue from orders o"
                + " where o.seller_id = ?1"
                + " and "
                + COMPLETED
                + " and "
                + DAY
                + " >= ?2 and "
                + DAY
                + " < ?3 group by 1",
            seller,
            p,
            zone)) {
      String key = DeliveryType.isPickup(r.str("delivery_type")) ? "pickup" : "delivery";
      m.put(key, new TreeMap<>(Map.of("orders", r.num("orders"), "revenue", r.decimal("revenue"))));
    }
    return m;
  }

  private List<Map<String, Object>> topProducts(long seller, StatsPeriod p, ZoneId zone) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Row r :
        rows(
            "select i.product_id, min(i.name) as name, sum(i.quantity) as sold,"
                + " count(distinct o.id) as orders from orders o"
                + " join order_items i on i.order_id = o.id where o.seller_id = ?1 and "
                + COMPLETED
                + " and "
                + DAY
                + " >= ?2 and "
                + DAY
                + " < ?3 group by i.product_id order by 3 desc, 1 limit 10",
            seller,
            p,
            zone)) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("product_id", r.optNum("product_id"));
      m.put("product_name", r.get("name"));
      m.put("quantity_sold", r.num("sold"));
      m.put("order_count", r.num("orders"));
      out.add(m);
    }
    return out;
  }

  private List<Row> rows(String sql, long seller, StatsPeriod p, ZoneId zone) {
    return Rows.list(db, sql, seller, Timestamp.from(p.start(zone)), Timestamp.from(p.end(zone)));
  }
}
