package ru.flurai.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Locale;
import ru.flurai.catalog.ShopChanged;
import ru.flurai.catalog.shop.ShopRecord;
import ru.flurai.catalog.shop.Shops;
import ru.flurai.identity.PhoneNumbers;
import ru.flurai.identity.User;
import ru.flurai.platform.config.FluraiConfig;
import ru.flurai.platform.domain.Invalid;
import ru.flurai.platform.text.CleanText;

/**
 * {@code PUT /admin/sellers/{id}/update {field, value}}: one field at a time, the value always a
 * string (API.md §7; the fields of DOMAIN.md §4.10). The owner's name and phone live on the users
 * row.
 */
@ApplicationScoped
public class SellerUpdate {
  @PersistenceContext(unitName = "primary")
  EntityManager db;

  @Inject Shops shops;
  @Inject Locations locations;
  @Inject FluraiConfig config;
  @Inject Event<ShopChanged> shopChanged;

  @Transactional
  public void update(long sellerId, String field, String value) {
    String name = field == null ? "" : field.strip().toLowerCase(Locale.ROOT);
    ShopRecord shop = shops.record(sellerId).orElseThrow(() -> new SellerMissing(sellerId));
    switch (name) {
      case "fio" -> db.find(User.class, sellerId).rename(SellerFields.fio(value));
      case "phone" -> db.find(User.class, sellerId).changePhone(PhoneNumbers.normalize(value));
      case "district_id" -> moveToDistrict(sellerId, PanelValues.id(value, "района"));
      case "city_id" -> moveToCity(sellerId, shop.districtId(), PanelValues.id(value, "города"));
      case "delivery_type" ->
          shops.offer(sellerId, SellerFields.deliveryType(value == null ? "" : value));
      default -> shops.put(sellerId, name, shopValue(name, value));
    }
    shopChanged.fire(new ShopChanged(sellerId));
  }

  private Object shopValue(String field, String value) {
    return switch (field) {
      case "shop_name" -> SellerFields.shopName(value);
      case "description" -> SellerFields.description(value);
      case "hashtags" -> SellerFields.hashtags(value);
      case "address_name" -> SellerFields.addressName(value);
      case "map_url" -> SellerFields.mapUrl(value);
      case "banner_url" -> SellerFields.bannerUrl(value);
      case "ogrn" -> SellerFields.ogrn(value);
      case "yookassa_account_id" -> PanelValues.optionalLine(value, 255);
      case "use_delivery_zones" -> PanelValues.bool(value);
      case "placement_expired_at" -> PanelValues.placement(value, config.shopTimezone());
      case "commission_percent" ->
          SellerFields.commission(PanelValues.integer(value, "Комиссия должна быть целым числом"));
      case "metro_walk_minutes" ->
          SellerFields.walkMinutes(
              PanelValues.integer(value, "Время до метро должно быть целым числом минут"));
      case "metro_id" -> locations.check(null, null, PanelValues.id(value, "станции")).metroId();
      default -> throw new Invalid("Неизвестное поле: " + CleanText.line(field, 50));
    };
  }

  /** A district also sets its city. */
  private void moveToDistrict(long sellerId, Long districtId) {
    Locations.Place place = locations.check(null, districtId, null);
    shops.put(sellerId, "district_id", place.districtId());
    if (place.cityId() != null) {
      shops.put(sellerId, "city_id", place.cityId());
    }
  }

  /** A new city drops a district of another city. */
  private void moveToCity(long sellerId, Long districtId, Long cityId) {
    locations.check(cityId, null, null);
    if (districtId != null && (cityId == null || !cityId.equals(locations.cityOf(districtId)))) {
      shops.put(sellerId, "district_id", null);
    }
    shops.put(sellerId, "city_id", cityId);
  }
}
