package ru.flurai.preorder;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import ru.flurai.platform.config.FluraiConfig;
import ru.flurai.platform.db.Rows;
import ru.flurai.platform.db.Rows.Row;

/**
 * The seller's preorder figures, read from the primary: the procurement list of a date (LATER.md
 * §2.8, the panel's shape) and the analytics (§2.9). Rejected and cancelled preorders are not
 * procured.
 */
@ApplicationScoped
public class PreorderReports {
  static final int TOP = 5;
  private static final String HELD = " and o.status not in ('rejected', 'cancelled')";

  @PersistenceContext(unitName = "primary")
  EntityManager db;

  @Inject FluraiConfig config;
  @Inject PreorderCalendar calendar;

  /** The date's procurement list; a missing date is today's business date. */
  public PreorderViews.Summary summary(long sellerId, String date) {
    LocalDate day =
        date == null || date.isBlank() ? calendar.businessToday() : PreorderPeriod.date(date);
    return summary(sellerId, day);
  }

  public PreorderViews.Summary summary(long sellerId, LocalDate day) {
    Row totals =
        Rows.one(
            db,
            "select count(*) as n, coalesce(sum(o.total_price), 0) as amount from orders o"
                + " where o.seller_id = ?1 and o.is_preorder and o.preorder_delivery_date = ?2"
                + HELD,
            sellerId,
            day);
    return new PreorderViews.Summary(
        day, totals.integer("n"), totals.decimal("amount"), items(sellerId, day));
  }

  /** The date's products, most units first. */
  public List<PreorderViews.SummaryItem> items(long sellerId, LocalDate day) {
    return Rows.list(
            db,
            "select max(i.product_id) as product_id, min(i.name) as product_name,"
                + " sum(i.quantity) as total_quantity, count(distinct o.id) as orders_count,"
                + " sum(i.price * i.quantity) as total_amount"
                + " from orders o join order_items i on i.order_id = o.id"
                + " where o.seller_id = ?1 and o.is_preorder and o.preorder_delivery_date = ?2"
                + HELD
                + " group by coalesce(i.product_id::text, 'name:' || i.name)"
                + " order by total_quantity desc, product_name",
            sellerId,
            day)
        .stream()
        .map(
            r ->
                new PreorderViews.SummaryItem(
                    r.optNum("product_id"),
                    r.str("product_name"),
                    r.integer("total_quantity"),
                    r.integer("orders_count"),
                    r.decimal("total_amount")))
        .toList();
  }

  public PreorderViews.Analytics analytics(
      long sellerId, String period, String dateFrom, String dateTo) {
    PreorderPeriod p = PreorderPeriod.of(period, dateFrom, dateTo, config.shopTimezone());
    String zone = config.shopTimezone().getId();
    String range =
        " where o.seller_id = ?1 and o.is_preorder"
            + " and (cast(?2 as timestamptz) is null or o.created_at >= cast(?2 as timestamptz))"
            + " and (cast(?3 as timestamptz) is null or o.created_at < cast(?3 as timestamptz))";
    Timestamp from = p.from() == null ? null : Timestamp.from(p.from());
    Timestamp to = p.to() == null ? null : Timestamp.from(p.to());
    Row r =
        Rows.one(
            db,
            "select count(*) as total,"
                + " count(*) filter (where o.status in ('done', 'completed')) as completed,"
                + " count(*) filter (where o.status = 'cancelled') as cancelled,"
                + " coalesce(sum(o.total_price) filter (where o.status in ('done', 'completed')),"
                + " 0) as revenue,"
                + " avg(o.preorder_delivery_date - (o.created_at at time zone ?4)::date)"
                + " filter (where o.preorder_delivery_date >= (o.created_at at time zone ?4)::date)"
                + " as lead from orders o"
                + range,
            sellerId,
            from,
            to,
            zone);
    List<PreorderViews.TopProduct> top =
        Rows.list(
                db,
                "select min(i.name) as product_name, sum(i.quantity) as units"
                    + " from orders o join order_items i on i.order_id = o.id"
                    + range
                    + HELD
                    + " group by coalesce(i.product_id::text, 'name:' || i.name)"
                    + " order by units desc, product_name limit "
                    + TOP,
                sellerId,
                from,
                to)
            .stream()
            .map(x -> new PreorderViews.TopProduct(x.str("product_name"), x.integer("units")))
            .toList();
    int total = r.integer("total");
    int completed = r.integer("completed");
    int cancelled = r.integer("cancelled");
    BigDecimal lead = r.decimal("lead");
    return new PreorderViews.Analytics(
        total,
        completed,
        cancelled,
        percent(completed, total),
        percent(cancelled, total),
        r.decimal("revenue").setScale(2, RoundingMode.HALF_UP),
        lead == null ? BigDecimal.ZERO.setScale(1) : lead.setScale(1, RoundingMode.HALF_UP),
        top);
  }

  /** part / total as a percent with one decimal; 0 when there is nothing. */
  static BigDecimal percent(int part, int total) {
    if (total == 0) {
      return BigDecimal.ZERO.setScale(1);
    }
    return BigDecimal.valueOf(part * 100L)
        .divide(BigDecimal.valueOf(total), 1, RoundingMode.HALF_UP);
  }
}
