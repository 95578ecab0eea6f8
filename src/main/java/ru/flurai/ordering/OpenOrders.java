package ru.flurai.ordering;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A shop's open orders now, whatever day they were placed, derived from the orders as DOMAIN.md
 * §3.3's reconcile defines the counters: pending requests = status pending; active orders =
 * accepted, assembling, in_transit or ready_for_pickup. The admin's seller rows show them (the
 * block warning).
 */
@ApplicationScoped
public class OpenOrders {
  public record Counts(int active, int pending) {
    public static final Counts NONE = new Counts(0, 0);
  }

  @PersistenceContext(unitName = "primary")
  EntityManager db;

  /**
   * One grouped query over {@code (seller_id, status)} for all the given sellers; absent = no open
   * orders.
   */
  public Map<Long, Counts> of(Collection<Long> sellerIds) {
    if (sellerIds.isEmpty()) {
      return Map.of();
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        db.createNativeQuery(
                "select seller_id, count(*) filter (where status <> 'pending'),"
                    + " count(*) filter (where status = 'pending') from orders where seller_id = any (?1) and status in"
                    + " ('pending', 'accepted', 'assembling', 'in_transit', 'ready_for_pickup') group by seller_id")
            .setParameter(1, sellerIds.toArray(Long[]::new))
            .getResultList();
    Map<Long, Counts> out = new HashMap<>();
    for (Object[] r : rows) {
      out.put(
          ((Number) r[0]).longValue(),
          new Counts(((Number) r[1]).intValue(), ((Number) r[2]).intValue()));
    }
    return out;
  }
}
