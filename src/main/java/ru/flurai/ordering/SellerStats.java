package ru.flurai.ordering;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
    Object[] now = totals(sellerId, p, zone);
    Object[] before =
        p.allTime() ? new Object[] {0L, BigDecimal.ZERO} : totals(sellerId, p.previous(), zone);
    long orders = ((Number) now[0]).longValue();
    BigDecimal revenue = (BigDecimal) now[1];
    List<?> found =
        db.createNativeQuery("select commission_percent from sellers where seller_id = ?1")
            .setParameter(1, sellerId)
            .getResultList();
    Number override = found.isEmpty() ? null : (Number) found.get(0);
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
    out.put("previous_period_orders", ((Number) before[0]).longValue());
    out.put("previous_period_revenue", before[1]);
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

  private Object[] totals(long seller, StatsPeriod p, ZoneId zone) {
    return (Object[])
        range(
                "select count(*), coalesce(sum(o.total_price), 0) from orders o where o.seller_id = ?1"
                    + " and "
                    + COMPLETED
                    + " and "
                    + DAY
                    + " >= ?2 and "
                    + DAY
                    + " < ?3",
                seller,
                p,
                zone)
            .getSingleResult();
  }

  private Map<String, Long> byStatus(long seller, StatsPeriod p, ZoneId zone) {
    Map<String, Long> m = new LinkedHashMap<>();
    for (Object[] r :
        rows(
            "select o.status, count(*) from orders o where o.seller_id = ?1 and o.created_at >= ?2"
                + " and o.created_at < ?3 group by o.status order by o.status",
            seller,
            p,
            zone)) {
      m.put((String) r[0], ((Number) r[1]).longValue());
    }
    return m;
  }

  private List<Map<String, Object>> daily(long seller, StatsPeriod p, ZoneId zone) {
    Map<LocalDate, Object[]> found = new LinkedHashMap<>();
    for (Object[] r :
        rows(
            "select cast(("
                + DAY
                + " at time zone '"
                + zone.getId()
                + "') as date), count(*),"
                + " sum(o.total_price) from orders o where o.seller_id = ?1 and "
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
      found.put(((Date) r[0]).toLocalDate(), r);
    }
    List<Map<String, Object>> out = new ArrayList<>();
    if (p.allTime()) {
      found.forEach((d, r) -> out.add(day(d, ((Number) r[1]).longValue(), (BigDecimal) r[2])));
      return out;
    }
    for (LocalDate d = p.from(); !d.isAfter(p.to()); d = d.plusDays(1)) {
      Object[] r = found.get(d);
      out.add(
          day(
              d,
              r == null ? 0 : ((Number) r[1]).longValue(),
              r == null ? BigDecimal.ZERO : (BigDecimal) r[2]));
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
      m.put(k, Map.of("orders", 0L, "revenue", BigDecimal.ZERO));
    }
    for (Object[] r :
        rows(
            "select o.delivery_type, count(*), sum(o.total_price) from orders o where o.seller_id = ?1"
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
      String key = DeliveryType.isPickup((String) r[0]) ? "pickup" : "delivery";
      m.put(key, Map.of("orders", ((Number) r[1]).longValue(), "revenue", r[2]));
    }
    return m;
  }

  private List<Map<String, Object>> topProducts(long seller, StatsPeriod p, ZoneId zone) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Object[] r :
        rows(
            "select i.product_id, min(i.name), sum(i.quantity), count(distinct o.id) from orders o"
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
      m.put("product_id", r[0] == null ? null : ((Number) r[0]).longValue());
      m.put("product_name", r[1]);
      m.put("quantity_sold", ((Number) r[2]).longValue());
      m.put("order_count", ((Number) r[3]).longValue());
      out.add(m);
    }
    return out;
  }

  @SuppressWarnings("unchecked")
  private List<Object[]> rows(String sql, long seller, StatsPeriod p, ZoneId zone) {
    return range(sql, seller, p, zone).getResultList();
  }

  private Query range(String sql, long seller, StatsPeriod p, ZoneId zone) {
    return db.createNativeQuery(sql)
        .setParameter(1, seller)
        .setParameter(2, Timestamp.from(p.start(zone)))
        .setParameter(3, Timestamp.from(p.end(zone)));
  }
}
