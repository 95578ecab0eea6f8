package ru.flurai.ordering.order;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.HashMap;
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

  @Inject Orders orders;

  /**
   * One grouped query over {@code (seller_id, status)} for all the given sellers; absent = no open
   * orders.
   */
  public Map<Long, Counts> of(Collection<Long> sellerIds) {
    if (sellerIds.isEmpty()) {
      return Map.of();
    }
    Map<Long, Counts> out = new HashMap<>();
    for (OpenOrderCount c : orders.openBySeller(sellerIds)) {
      Counts was = out.getOrDefault(c.sellerId(), Counts.NONE);
      int n = c.count().intValue();
      out.put(
          c.sellerId(),
          c.status() == OrderStatus.PENDING
              ? new Counts(was.active(), was.pending() + n)
              : new Counts(was.active() + n, was.pending()));
    }
    return out;
  }
}
