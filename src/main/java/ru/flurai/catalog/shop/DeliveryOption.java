package ru.flurai.catalog.shop;

import java.util.Locale;
import java.util.Optional;

/**
 * What a shop offers, as the {@code delivery_type} column stores it (API.md §0.7): the seller
 * panel's Russian values, the English ones the admin panel sends, or "" (not chosen). The spelling
 * is kept as stored, because the panels read it back raw; {@link #kind()} is the normalized value
 * the public views show.
 */
public enum DeliveryOption {
  NOT_CHOSEN("", null),
  RU_DELIVERY("доставка", "delivery"),
  RU_PICKUP("самовывоз", "pickup"),
  RU_BOTH("доставка и самовывоз", "both"),
  DELIVERY("delivery", "delivery"),
  PICKUP("pickup", "pickup"),
  BOTH("both", "both");

  private final String stored;
  private final String kind;

  DeliveryOption(String stored, String kind) {
    this.stored = stored;
    this.kind = kind;
  }

  /** The column's spelling. */
  public String stored() {
    return stored;
  }

  /** delivery, pickup or both; null when not chosen (every way is then accepted). */
  public String kind() {
    return kind;
  }

  public boolean delivers() {
    return "delivery".equals(kind) || "both".equals(kind);
  }

  /** The option spelled so, case and surrounding blanks aside; empty for anything else. */
  public static Optional<DeliveryOption> parse(String spelling) {
    if (spelling == null) {
      return Optional.empty();
    }
    String v = spelling.strip().toLowerCase(Locale.ROOT);
    for (DeliveryOption o : values()) {
      if (o.stored.equals(v)) {
        return Optional.of(o);
      }
    }
    return Optional.empty();
  }
}
