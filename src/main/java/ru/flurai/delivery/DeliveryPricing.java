package ru.flurai.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import ru.flurai.catalog.shop.ShopRecord;
import ru.flurai.catalog.shop.Shops;
import ru.flurai.delivery.address.AddressLookup;
import ru.flurai.platform.db.Rows;
import ru.flurai.platform.domain.Invalid;

/**
 * Prices a delivery for a seller: the public check and the checkout call the same {@link #price}
 * (PRODUCT.md §8.1), which resolves the buyer's district within the seller's city and applies
 * {@link DeliveryRules} to the seller's active zones.
 */
@ApplicationScoped
public class DeliveryPricing {
  static final String SHOP_NOT_FOUND = "Магазин не найден";
  static final String NO_DELIVERY = "Магазин не доставляет по этому адресу";

  @PersistenceContext(unitName = "primary")
  EntityManager db;

  @Inject Shops shops;
  @Inject DeliveryZones zones;
  @Inject AddressLookup addresses;

  /**
   * The public check: always an answer, never an error. {@code subtotal} (goods, optional) applies
   * the minimum order and the "free from" amount exactly as the checkout will.
   */
  public DeliveryCheck check(long sellerId, DeliveryAsk ask, BigDecimal subtotal) {
    Optional<ShopRecord> shop = shops.record(sellerId).filter(s -> s.deletedAt() == null);
    if (shop.isEmpty()) {
      return new DeliveryCheck(false, null, BigDecimal.ZERO, null, SHOP_NOT_FOUND);
    }
    if (!delivers(shop.get().deliveryType())) {
      return new DeliveryCheck(false, null, BigDecimal.ZERO, null, NO_DELIVERY);
    }
    DeliveryRules.Outcome o = price(shop.get(), ask, subtotal);
    if (!o.delivers()) {
      return new DeliveryCheck(false, null, BigDecimal.ZERO, o.districtId(), o.checkText());
    }
    return new DeliveryCheck(
        true, ZoneView.of(o.zone().id(), sellerId, o.zone().terms()), o.fee(), o.districtId(), "");
  }

  /**
   * The checkout's price of a delivery order of {@code subtotal} goods, or a 400 with the Mini
   * App's text (outside every zone, below the minimum, no zone at all, no district).
   */
  public DeliveryQuote quote(long sellerId, DeliveryAsk ask, BigDecimal subtotal) {
    ShopRecord shop = shops.record(sellerId).orElseThrow(() -> new Invalid(SHOP_NOT_FOUND));
    DeliveryRules.Outcome o = price(shop, ask, subtotal);
    if (!o.delivers()) {
      throw new Invalid(o.checkoutText());
    }
    return new DeliveryQuote(o.zone().id(), o.zone().terms().name(), o.fee());
  }

  /** Whether the seller has an active zone: a shop that delivers without one offers no delivery. */
  public boolean hasActiveZone(long sellerId) {
    return !zones.active(sellerId).isEmpty();
  }

  DeliveryRules.Outcome price(ShopRecord shop, DeliveryAsk ask, BigDecimal subtotal) {
    List<DeliveryRules.Zone> active = zones.active(shop.sellerId());
    Long district = active.isEmpty() ? null : district(shop.cityId(), ask);
    return DeliveryRules.price(active, district, subtotal);
  }

  /**
   * The buyer's district within the seller's city: the given id if it is one of the city's, else
   * the given name, else the district of the typed address. Never a district of another city.
   */
  Long district(Long cityId, DeliveryAsk ask) {
    if (cityId == null || ask == null) {
      return null;
    }
    if (ask.districtId() != null) {
      Optional<Long> id =
          Rows.first(
                  db,
                  "select id from districts where id = ?1 and city_id = ?2",
                  ask.districtId(),
                  cityId)
              .map(r -> r.num("id"));
      if (id.isPresent()) {
        return id.get();
      }
    }
    Long byName = named(cityId, ask.districtName());
    if (byName != null) {
      return byName;
    }
    if (ask.address() != null && ask.address().strip().length() >= 5) {
      return addresses.districtOf(ask.address().strip()).map(n -> named(cityId, n)).orElse(null);
    }
    return null;
  }

  private Long named(Long cityId, String name) {
    if (name == null || name.isBlank() || name.length() > 200) {
      return null;
    }
    return Rows.first(
            db,
            "select id from districts where city_id = ?1 and lower(name) = lower(?2)"
                + " order by id limit 1",
            cityId,
            name.strip())
        .map(r -> r.num("id"))
        .orElse(null);
  }

  static boolean delivers(String deliveryType) {
    String t = deliveryType == null ? "" : deliveryType.strip().toLowerCase(Locale.ROOT);
    return t.equals("delivery")
        || t.equals("доставка")
        || t.equals("both")
        || t.equals("доставка и самовывоз");
  }
}
