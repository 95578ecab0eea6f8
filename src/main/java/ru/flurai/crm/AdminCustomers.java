package ru.flurai.crm;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import ru.flurai.platform.config.FluraiConfig;
import ru.flurai.platform.db.Rows;
import ru.flurai.platform.domain.Invalid;

/**
 * GET /admin/customers (API.md §7, LATER.md §6.11): the platform's buyers with their completed
 * orders, paged, filtered by city and a minimum of orders, with the summary and the top cities.
 */
@ApplicationScoped
public class AdminCustomers {
  static final int MAX_PER_PAGE = 200;
  static final String PAGING = "page ≥ 1, per_page 1.." + MAX_PER_PAGE;

  @PersistenceContext(unitName = "primary")
  EntityManager db;

  @Inject FluraiConfig config;

  public record Customer(
      long tgId,
      String fio,
      String username,
      String phone,
      String city,
      long ordersCount,
      BigDecimal totalSpent,
      OffsetDateTime lastOrderAt,
      OffsetDateTime registeredAt) {}

  public record Summary(long totalBuyers, long activeBuyers, long newToday, BigDecimal avgLtv) {}

  public record CityCount(String city, long count) {}

  public record Page(
      List<Customer> customers,
      long total,
      long pages,
      int page,
      int perPage,
      Summary summary,
      List<CityCount> cityDistribution) {}

  /** Completed orders per buyer. */
  static final String DONE =
      "select buyer_id, count(*) as n, sum(total_price) as spent, max(coalesce(completed_at,"
          + " created_at)) as last_at from orders where buyer_id is not null"
          + " and status in ('done', 'completed') group by buyer_id";

  @Transactional
  public Page page(Long cityId, Integer minOrders, int page, int perPage) {
    if (page < 1 || perPage < 1 || perPage > MAX_PER_PAGE) {
      throw new Invalid(PAGING);
    }
    if (minOrders != null && minOrders < 0) {
      throw new Invalid("min_orders ≥ 0");
    }
    String where =
        " from users u left join ("
            + DONE
            + ") d on d.buyer_id = u.tg_id"
            + " left join cities c on c.id = u.city_id where u.role = 'BUYER'"
            + " and (?1 = -1 or u.city_id = ?1)"
            + " and coalesce(d.n, 0) >= ?2";
    long city = cityId == null ? -1 : cityId;
    int min = minOrders == null ? 0 : minOrders;
    long total = Rows.one(db, "select count(*) as n" + where, city, min).num("n");
    List<Customer> rows = new ArrayList<>();
    for (Rows.Row r :
        Rows.list(
            db,
            "select u.tg_id, u.fio, u.username, u.phone, c.name as city, coalesce(d.n, 0) as n,"
                + " coalesce(d.spent, 0) as spent, d.last_at, u.created_at"
                + where
                + " order by coalesce(d.n, 0) desc, u.tg_id limit ?3 offset ?4",
            city,
            min,
            perPage,
            (long) (page - 1) * perPage)) {
      rows.add(
          new Customer(
              r.num("tg_id"),
              r.str("fio"),
              r.str("username"),
              r.str("phone"),
              r.str("city"),
              r.num("n"),
              r.decimal("spent").setScale(0, RoundingMode.HALF_UP),
              r.time("last_at"),
              r.time("created_at")));
    }
    return new Page(
        rows,
        total,
        Math.max(1, (total + perPage - 1) / perPage),
        page,
        perPage,
        summary(),
        cities());
  }

  private Summary summary() {
    ZoneId zone = config.shopTimezone();
    LocalDate today = LocalDate.now(zone);
    Rows.Row r =
        Rows.one(
            db,
            "select (select count(*) from users where role = 'BUYER') as total,"
                + " (select count(*) from ("
                + DONE
                + ") d) as active,"
                + " (select count(*) from users where role = 'BUYER' and created_at >= ?1"
                + " and created_at < ?2) as fresh,"
                + " (select coalesce(avg(spent), 0) from ("
                + DONE
                + ") d) as ltv",
            Timestamp.from(today.atStartOfDay(zone).toInstant()),
            Timestamp.from(today.plusDays(1).atStartOfDay(zone).toInstant()));
    return new Summary(
        r.num("total"),
        r.num("active"),
        r.num("fresh"),
        r.decimal("ltv").setScale(0, RoundingMode.HALF_UP));
  }

  private List<CityCount> cities() {
    return Rows.list(
            db,
            "select c.name as city, count(*) as n from users u join cities c on c.id = u.city_id"
                + " where u.role = 'BUYER' group by c.name order by n desc, c.name limit 10")
        .stream()
        .map(r -> new CityCount(r.str("city"), r.num("n")))
        .toList();
  }
}
