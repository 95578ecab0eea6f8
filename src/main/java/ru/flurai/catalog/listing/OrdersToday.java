package ru.flurai.catalog.listing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ru.flurai.catalog.BusinessDay;
import ru.flurai.platform.db.Rows;

/**
 * Orders of the current business day that count against the daily limits (not rejected or
 * cancelled), per seller and delivery type: one grouped query over {@code orders (seller_id,
 * created_at)} for all the sellers of a page. (The list's default order still sorts by today's
 * limits, not by the free slots left.)
 */
@ApplicationScoped
public class OrdersToday {

  public record Used(int delivery, int pickup) {
    public static final Used NONE = new Used(0, 0);
  }

  /**
   * The primary: slot counts are stock-sensitive, and callers may be inside a primary transaction.
   */
  @PersistenceContext(unitName = "primary")
  EntityManager primary;

  /** One call per page, never per seller; a seller missing from the answer has used nothing. */
  public Map<Long, Used> of(Collection<Long> sellerIds, BusinessDay day) {
    if (sellerIds.isEmpty()) {
      return Map.of();
    }
    List<Rows.Row> rows =
        Rows.list(
            primary,
            "select seller_id, count(*) filter (where delivery_type = 'Доставка') as delivery,"
                + " count(*) filter (where delivery_type = 'Самовывоз') as pickup from orders"
                + " where seller_id = any (?1) and status not in ('rejected', 'cancelled') and created_at >= ?2"
                + " and created_at < ?3 and not is_preorder group by seller_id",
            sellerIds.toArray(Long[]::new),
            Timestamp.from(day.start()),
            Timestamp.from(day.end()));
    Map<Long, Used> used = new HashMap<>();
    for (Rows.Row r : rows) {
      used.put(r.num("seller_id"), new Used(r.integer("delivery"), r.integer("pickup")));
    }
    return used;
  }

  public Used of(long sellerId, BusinessDay day) {
    return of(List.of(sellerId), day).getOrDefault(sellerId, Used.NONE);
  }
}
