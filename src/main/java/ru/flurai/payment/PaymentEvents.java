package ru.flurai.payment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ru.flurai.platform.db.Rows;

/**
 * The seller dashboard's {@code payment_failed} events (LATER.md §4.6): orders of the last 48 h
 * still accepted or assembling whose online payment was cancelled at YooKassa, at most 10, newest
 * first, with the minutes since the shop accepted them.
 */
@ApplicationScoped
public class PaymentEvents {
  @PersistenceContext(unitName = "primary")
  EntityManager db;

  public List<Map<String, Object>> failed(long sellerId) {
    return Rows.list(
            db,
            "select o.id, o.total_price, o.buyer_fio, o.created_at, o.payment_status,"
                + " (select floor(extract(epoch from now() - max(h.at)) / 60) from"
                + " order_status_history h where h.order_id = o.id and h.to_status = 'accepted')"
                + " as minutes from orders o where o.seller_id = ?1 and o.payment_required"
                + " and o.payment_status is distinct from 'succeeded'"
                + " and o.created_at > now() - interval '48 hours'"
                + " and o.status in ('accepted', 'assembling')"
                + " and o.payment_status in ('canceled', 'expired', 'failed')"
                + " order by o.created_at desc limit 10",
            sellerId)
        .stream()
        .map(
            r -> {
              Map<String, Object> e = new LinkedHashMap<>();
              e.put("type", "payment_failed");
              e.put("order_id", r.num("id"));
              e.put("amount", r.decimal("total_price"));
              e.put("buyer_name", r.str("buyer_fio"));
              e.put("created_at", r.time("created_at"));
              e.put("payment_status", r.str("payment_status"));
              e.put("minutes_since_accepted", r.optNum("minutes"));
              return e;
            })
        .toList();
  }
}
