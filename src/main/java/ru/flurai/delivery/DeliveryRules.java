package ru.flurai.delivery;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * How a delivery is priced from a seller's active zones (PRODUCT.md §8.1, LATER.md §3.5), with no
 * I/O: the zone is the one containing the buyer's district (the highest priority when zones
 * overlap, then the oldest); an order below its minimum is refused; the fee is the zone's price, or
 * 0 once the goods reach its "free from" amount. The public check and the checkout both come here
 * through {@link DeliveryPricing}, so they agree to the kopeck.
 */
public final class DeliveryRules {
  private DeliveryRules() {}

  /**
   * Why a delivery is refused, with the public check's text and the checkout's (the Mini App's).
   */
  public enum Refusal {
    NO_ZONES(
        "Доставка недоступна — зоны доставки не настроены",
        "Доставка недоступна — настройте зоны доставки"),
    NO_DISTRICT(
        "Укажите адрес для проверки доставки",
        "Не удалось определить район для доставки. Уточните адрес."),
    OUTSIDE("Магазин не доставляет по этому адресу", "Магазин не доставляет по вашему адресу"),
    BELOW_MINIMUM(
        "Минимальная сумма заказа для доставки в этот район — %s ₽",
        "Минимальная сумма заказа для доставки в этот район — %s ₽");

    final String checkText;
    final String checkoutText;

    Refusal(String checkText, String checkoutText) {
      this.checkText = checkText;
      this.checkoutText = checkoutText;
    }
  }

  /** An active zone as pricing sees it. */
  public record Zone(long id, ZoneTerms terms) {}

  /** The outcome: a zone and a fee, or a refusal (with the minimum, for {@code BELOW_MINIMUM}). */
  public record Outcome(
      Zone zone, Long districtId, BigDecimal fee, Refusal refusal, BigDecimal minimum) {
    public boolean delivers() {
      return refusal == null;
    }

    public String checkText() {
      return text(refusal.checkText);
    }

    public String checkoutText() {
      return text(refusal.checkoutText);
    }

    private String text(String pattern) {
      return minimum == null ? pattern : String.format(pattern, money(minimum));
    }
  }

  /**
   * Prices a delivery to {@code districtId} (null: not known) for goods worth {@code subtotal}
   * (null: not known yet, so no minimum and no free-from apply).
   */
  public static Outcome price(List<Zone> activeZones, Long districtId, BigDecimal subtotal) {
    if (activeZones.isEmpty()) {
      return refused(Refusal.NO_ZONES, districtId, null);
    }
    if (districtId == null) {
      return refused(Refusal.NO_DISTRICT, null, null);
    }
    Optional<Zone> zone = zoneOf(activeZones, districtId);
    if (zone.isEmpty()) {
      return refused(Refusal.OUTSIDE, districtId, null);
    }
    ZoneTerms t = zone.get().terms();
    if (subtotal != null
        && t.minOrderAmount() != null
        && subtotal.compareTo(t.minOrderAmount()) < 0) {
      return refused(Refusal.BELOW_MINIMUM, districtId, t.minOrderAmount());
    }
    return new Outcome(zone.get(), districtId, fee(t, subtotal), null, null);
  }

  /**
   * The zone that prices a district: the highest priority among those containing it, then the
   * oldest.
   */
  static Optional<Zone> zoneOf(List<Zone> zones, long districtId) {
    return zones.stream()
        .filter(z -> z.terms().active() && z.terms().districtIds().contains(districtId))
        .min(
            Comparator.comparingInt((Zone z) -> -z.terms().priority()).thenComparingLong(Zone::id));
  }

  /** The zone's price, or 0 once the goods reach its "free from" amount. */
  static BigDecimal fee(ZoneTerms t, BigDecimal subtotal) {
    if (t.freeDeliveryFrom() != null
        && subtotal != null
        && subtotal.compareTo(t.freeDeliveryFrom()) >= 0) {
      return BigDecimal.ZERO.setScale(2);
    }
    return t.deliveryPrice();
  }

  private static Outcome refused(Refusal why, Long districtId, BigDecimal minimum) {
    return new Outcome(null, districtId, BigDecimal.ZERO.setScale(2), why, minimum);
  }

  static String money(BigDecimal v) {
    return v.stripTrailingZeros().toPlainString();
  }
}
