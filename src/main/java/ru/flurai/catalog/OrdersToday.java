package ru.flurai.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.Map;

/**
 * Orders of the current business day that count against the daily limits (not rejected or cancelled), per seller and
 * delivery type. There are no orders yet: the ordering feature replaces {@link #of} with one grouped query over
 * {@code orders (seller_id, created_at)} for all the given sellers, and then also moves the catalogue's default
 * sort key (free slots) into the listing SQL.
 */
@ApplicationScoped
public class OrdersToday {

  public record Used(int delivery, int pickup) {
    public static final Used NONE = new Used(0, 0);
  }

  /** One call per page, never per seller; a seller missing from the answer has used nothing. */
  public Map<Long, Used> of(Collection<Long> sellerIds, BusinessDay day) {
    return Map.of();
  }

  public Used of(long sellerId, BusinessDay day) {
    return of(java.util.List.of(sellerId), day).getOrDefault(sellerId, Used.NONE);
  }
}
