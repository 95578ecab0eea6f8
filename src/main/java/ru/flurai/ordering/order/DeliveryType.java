package ru.flurai.ordering.order;

import java.util.Locale;
import ru.flurai.catalog.shop.Shop;
import ru.flurai.platform.domain.Invalid;

/**
 * An order's delivery type, stored as the Mini App compares it: "Доставка" or "Самовывоз" (API.md
 * §0.7).
 */
public enum DeliveryType {
  DELIVERY("Доставка"),
  PICKUP("Самовывоз");

  private final String wire;

  DeliveryType(String wire) {
    this.wire = wire;
  }

  public String wire() {
    return wire;
  }

  public static DeliveryType parse(String s) {
    String v = s == null ? "" : s.strip().toLowerCase(Locale.ROOT);
    return switch (v) {
      case "доставка", "delivery" -> DELIVERY;
      case "самовывоз", "pickup" -> PICKUP;
      default -> throw new Invalid("Способ получения должен быть «Доставка» или «Самовывоз»");
    };
  }

  public static boolean isPickup(String stored) {
    return PICKUP.wire.equals(stored);
  }

  public boolean offeredBy(Shop shop) {
    String t = Shop.normalizeDeliveryType(shop.deliveryType());
    if (t == null || t.equals("both")) {
      return true;
    }
    return this == DELIVERY ? t.equals("delivery") : t.equals("pickup");
  }
}
