package ru.flurai.delivery;

import java.math.BigDecimal;
import java.util.List;

/** A zone as the panel and the check-delivery answer show it (LATER.md §3.1). */
public record ZoneView(
    long id,
    long sellerId,
    String name,
    List<Long> districtIds,
    BigDecimal deliveryPrice,
    BigDecimal minOrderAmount,
    BigDecimal freeDeliveryFrom,
    boolean isActive,
    int priority) {

  static ZoneView of(long id, long sellerId, ZoneTerms t) {
    return new ZoneView(
        id,
        sellerId,
        t.name(),
        List.copyOf(t.districtIds()),
        t.deliveryPrice(),
        t.minOrderAmount(),
        t.freeDeliveryFrom(),
        t.active(),
        t.priority());
  }

  static ZoneView of(DeliveryZone z) {
    return of(z.id(), z.sellerId(), z.terms());
  }
}
