package ru.flurai.payment.finance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ru.flurai.ordering.order.OrderReads;
import ru.flurai.payment.Commission;
import ru.flurai.platform.config.FluraiConfig;
import ru.flurai.platform.db.Rows;
import ru.flurai.platform.domain.Invalid;

/**
 * The admin's finance summary (API.md {@code GET /admin/finance/summary}, LATER.md §4.10 with its
 * flaws fixed): done and completed orders by completion time within whole days of {@code
 * SHOP_TIMEZONE}; the previous period has the same number of days; profit is the sum of each
 * seller's commission at its effective rate; the series is zero-filled for days, weeks (from
 * Monday) and months alike. Two grouped queries per period on {@code ix_orders_completed}.
 */
@ApplicationScoped
public class FinanceSummary {
  static final String BAD_DATE = "Дата должна быть в формате YYYY-MM-DD";
  static final String BAD_GROUP = "group_by: day, week или month";
  static final String BAD_RANGE = "Период: от 1 до 3660 дней, date_from не позже date_to";
  private static final String DONE = " o.status in ('done', 'completed')";

  @PersistenceContext(unitName = "primary")
  EntityManager db;

  @Inject Commission commission;
  @Inject FluraiConfig config;

  public Map<String, Object> of(String from, String to, String groupBy) {
    ZoneId zone = config.shopTimezone();
    LocalDate today = LocalDate.now(zone);
    LocalDate dTo = to == null || to.isBlank() ? today : date(to);
    LocalDate dFrom = from == null || from.isBlank() ? dTo.minusDays(30) : date(from);
    String group = groupBy == null || groupBy.isBlank() ? "day" : groupBy;
    if (!List.of("day", "week", "month").contains(group)) {
      throw new Invalid(BAD_GROUP);
    }
    long days = ChronoUnit.DAYS.between(dFrom, dTo) + 1;
    if (days < 1 || days > 3660) {
      throw new Invalid(BAD_RANGE);
    }
    int global = commission.global();
    List<Map<String, Object>> sellers = bySeller(dFrom, dTo, zone, global);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("period", totals(sellers));
    out.put(
        "previous_period",
        totals(bySeller(dFrom.minusDays(days), dFrom.minusDays(1), zone, global)));
    out.put("series", series(dFrom, dTo, zone, group));
    BigDecimal revenue = sum(sellers, "revenue");
    for (Map<String, Object> s : sellers) {
      BigDecimal r = (BigDecimal) s.get("revenue");
      s.put(
          "share_pct",
          revenue.signum() == 0
              ? BigDecimal.ZERO
              : r.multiply(BigDecimal.valueOf(100)).divide(revenue, 1, RoundingMode.HALF_UP));
    }
    out.put("by_seller", sellers);
    out.put("global_commission_rate", global);
    out.put("date_from", dFrom.toString());
    out.put("date_to", dTo.toString());
    return out;
  }

  private List<Map<String, Object>> bySeller(
      LocalDate from, LocalDate to, ZoneId zone, int global) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Rows.Row r :
        Rows.list(
            db,
            "select coalesce(o.seller_id, o.seller_tg_id) as seller_id,"
                + " max("
                + OrderReads.SHOP_NAME
                + ") as shop_name, max(s.subscription_plan) as plan,"
                + " max(case when s.seller_id is null then ?3 else "
                + Commission.EFFECTIVE_SQL
                + " end) as rate, count(*) as orders, sum(o.total_price) as revenue"
                + OrderReads.FROM
                + " where"
                + DONE
                + " and o.completed_at >= ?1 and o.completed_at < ?2"
                + " group by coalesce(o.seller_id, o.seller_tg_id) order by revenue desc",
            start(from, zone),
            start(to.plusDays(1), zone),
            global)) {
      int rate = r.integer("rate");
      BigDecimal revenue = r.decimal("revenue");
      Map<String, Object> s = new LinkedHashMap<>();
      s.put("seller_id", r.optNum("seller_id"));
      String name = r.str("shop_name");
      s.put("shop_name", name == null ? "#" + r.optNum("seller_id") : name);
      s.put("plan", r.str("plan") == null ? "free" : r.str("plan"));
      s.put("orders", r.num("orders"));
      s.put("revenue", revenue);
      s.put("commission", Commission.fee(revenue, rate));
      s.put("commission_rate", rate);
      out.add(s);
    }
    return out;
  }

  private static Map<String, Object> totals(List<Map<String, Object>> sellers) {
    BigDecimal revenue = sum(sellers, "revenue");
    long orders = sellers.stream().mapToLong(s -> (Long) s.get("orders")).sum();
    Map<String, Object> t = new LinkedHashMap<>();
    t.put("revenue", revenue);
    t.put("profit", sum(sellers, "commission"));
    t.put("orders", orders);
    t.put(
        "avg_check",
        orders == 0
            ? BigDecimal.ZERO
            : revenue.divide(BigDecimal.valueOf(orders), 2, RoundingMode.HALF_UP));
    return t;
  }

  private List<Map<String, Object>> series(
      LocalDate from, LocalDate to, ZoneId zone, String group) {
    Map<LocalDate, Rows.Row> found = new LinkedHashMap<>();
    for (Rows.Row r :
        Rows.list(
            db,
            "select cast(date_trunc(?3, o.completed_at at time zone ?4) as date) as bucket,"
                + " count(*) as orders, sum(o.total_price) as revenue from orders o where"
                + DONE
                + " and o.completed_at >= ?1 and o.completed_at < ?2 group by bucket",
            start(from, zone),
            start(to.plusDays(1), zone),
            group,
            zone.getId())) {
      found.put(r.date("bucket"), r);
    }
    List<Map<String, Object>> out = new ArrayList<>();
    for (LocalDate b = bucket(from, group); !b.isAfter(to); b = next(b, group)) {
      Rows.Row r = found.get(b);
      Map<String, Object> point = new LinkedHashMap<>();
      point.put("period", b.toString());
      point.put("orders", r == null ? 0L : r.num("orders"));
      point.put("revenue", r == null ? BigDecimal.ZERO : r.decimal("revenue"));
      out.add(point);
    }
    return out;
  }

  private static LocalDate bucket(LocalDate d, String group) {
    return switch (group) {
      case "week" -> d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      case "month" -> d.withDayOfMonth(1);
      default -> d;
    };
  }

  private static LocalDate next(LocalDate d, String group) {
    return switch (group) {
      case "week" -> d.plusWeeks(1);
      case "month" -> d.plusMonths(1);
      default -> d.plusDays(1);
    };
  }

  private static BigDecimal sum(List<Map<String, Object>> rows, String key) {
    return rows.stream().map(s -> (BigDecimal) s.get(key)).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  private static Timestamp start(LocalDate d, ZoneId zone) {
    return Timestamp.from(d.atStartOfDay(zone).toInstant());
  }

  private static LocalDate date(String s) {
    try {
      LocalDate d = LocalDate.parse(s.strip());
      if (d.getYear() < 2000 || d.getYear() > 2100) {
        throw new Invalid(BAD_DATE);
      }
      return d;
    } catch (DateTimeParseException e) {
      throw new Invalid(BAD_DATE);
    }
  }
}
