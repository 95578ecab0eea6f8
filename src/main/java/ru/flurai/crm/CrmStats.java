package ru.flurai.crm;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import ru.flurai.ordering.stats.StatsPeriod;
import ru.flurai.platform.config.FluraiConfig;
import ru.flurai.platform.db.Rows;

/**
 * The analytics page's customer figures (LATER.md §6.10) and its sales CSV: completed orders (done
 * or completed) of the seller, dated by their completion.
 */
@ApplicationScoped
public class CrmStats {
  /** Completed orders of seller ?1 with a buyer, dated by completion. */
  static final String DONE =
      "select buyer_id, total_price, coalesce(completed_at, created_at) as at from orders"
          + " where seller_id = ?1 and buyer_id is not null and status in ('done', 'completed')";

  @PersistenceContext(unitName = "primary")
  EntityManager db;

  @Inject FluraiConfig config;

  public record TopCustomer(
      long buyerId, String name, String phone, long ordersCount, BigDecimal totalSpent) {}

  public record CustomerStats(
      long totalCustomers,
      long newCustomers,
      long returningCustomers,
      long repeatOrders,
      BigDecimal retentionRate,
      BigDecimal avgLtv,
      List<TopCustomer> topCustomers) {}

  @Transactional
  public CustomerStats customers(long sellerId, StatsPeriod period) {
    ZoneId zone = config.shopTimezone();
    Timestamp from = Timestamp.from(period.start(zone));
    Timestamp to = Timestamp.from(period.end(zone));
    Rows.Row r =
        Rows.one(
            db,
            "with done as ("
                + DONE
                + "), firsts as (select buyer_id, min(at) as first_at from done group by buyer_id),"
                + " inside as (select * from done where at >= ?2 and at < ?3)"
                + " select (select count(distinct buyer_id) from inside) as total,"
                + " (select count(*) from firsts where first_at >= ?2 and first_at < ?3) as fresh,"
                + " (select count(*) from inside i join firsts f using (buyer_id)"
                + " where f.first_at < ?2) as repeat_orders,"
                + " (select coalesce(avg(s), 0) from (select sum(total_price) as s from done"
                + " group by buyer_id) t) as ltv",
            sellerId,
            from,
            to);
    long total = r.num("total");
    long fresh = r.num("fresh");
    BigDecimal retention = BigDecimal.ZERO;
    if ("custom".equals(period.period())) {
      StatsPeriod before = period.previous();
      Rows.Row k =
          Rows.one(
              db,
              "with done as ("
                  + DONE
                  + "), prev as (select distinct buyer_id from done where at >= ?2 and at < ?3)"
                  + " select (select count(*) from prev) as prev, (select count(*) from prev p"
                  + " where exists (select 1 from done d where d.buyer_id = p.buyer_id"
                  + " and d.at >= ?3 and d.at < ?4)) as kept",
              sellerId,
              Timestamp.from(before.start(zone)),
              from,
              to);
      if (k.num("prev") > 0) {
        retention =
            BigDecimal.valueOf(k.num("kept") * 100)
                .divide(BigDecimal.valueOf(k.num("prev")), 1, RoundingMode.HALF_UP);
      }
    }
    List<TopCustomer> top = new ArrayList<>();
    for (Rows.Row t :
        Rows.list(
            db,
            "with done as ("
                + DONE
                + ") select d.buyer_id, u.fio, u.phone, count(*) as n, sum(d.total_price) as spent"
                + " from done d left join users u on u.tg_id = d.buyer_id"
                + " where d.at >= ?2 and d.at < ?3 group by d.buyer_id, u.fio, u.phone"
                + " order by spent desc, d.buyer_id limit 5",
            sellerId,
            from,
            to)) {
      long buyer = t.num("buyer_id");
      String fio = t.str("fio");
      top.add(
          new TopCustomer(
              buyer,
              fio == null || fio.isBlank() ? "Покупатель #" + buyer : fio,
              t.str("phone") == null ? "" : t.str("phone"),
              t.num("n"),
              t.decimal("spent")));
    }
    return new CustomerStats(
        total,
        fresh,
        Math.max(0, total - fresh),
        r.num("repeat_orders"),
        retention,
        r.decimal("ltv").setScale(2, RoundingMode.HALF_UP),
        top);
  }

  /** The sales of the period as CSV (GET /seller-web/stats/export). */
  @Transactional
  public byte[] salesCsv(long sellerId, StatsPeriod period) {
    ZoneId zone = config.shopTimezone();
    Csv csv =
        new Csv()
            .row(
                List.of(
                    "Дата",
                    "Заказ",
                    "Статус",
                    "Покупатель",
                    "Телефон",
                    "Способ получения",
                    "Товары",
                    "Доставка",
                    "Оплачено баллами",
                    "Сумма"));
    BigDecimal sum = BigDecimal.ZERO;
    for (Rows.Row o :
        Rows.list(
            db,
            "select o.id, o.status, o.buyer_fio, o.buyer_phone, o.delivery_type, o.delivery_fee,"
                + " o.points_discount, o.total_price, coalesce(o.completed_at, o.created_at) as at,"
                + " (select string_agg(i.name || ' × ' || i.quantity, ', ' order by i.line_no)"
                + " from order_items i where i.order_id = o.id) as items"
                + " from orders o where o.seller_id = ?1 and o.status in ('done', 'completed')"
                + " and coalesce(o.completed_at, o.created_at) >= ?2"
                + " and coalesce(o.completed_at, o.created_at) < ?3 order by at, o.id limit 100000",
            sellerId,
            Timestamp.from(period.start(zone)),
            Timestamp.from(period.end(zone)))) {
      sum = sum.add(o.decimal("total_price"));
      csv.row(
          List.of(
              o.time("at")
                  .atZoneSameInstant(zone)
                  .toLocalDateTime()
                  .withNano(0)
                  .toString()
                  .replace('T', ' '),
              o.num("id"),
              o.str("status"),
              nz(o.str("buyer_fio")),
              nz(o.str("buyer_phone")),
              o.str("delivery_type"),
              nz(o.str("items")),
              o.decimal("delivery_fee"),
              o.decimal("points_discount"),
              o.decimal("total_price")));
    }
    csv.row(List.of("Итого", "", "", "", "", "", "", "", "", sum));
    return csv.bytes();
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
