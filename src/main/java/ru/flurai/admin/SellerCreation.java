package ru.flurai.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.logging.Logger;
import ru.flurai.catalog.ShopChanged;
import ru.flurai.catalog.shop.DeliveryOption;
import ru.flurai.catalog.shop.NewShop;
import ru.flurai.catalog.shop.Shops;
import ru.flurai.delivery.DeliveryZones;
import ru.flurai.identity.PasswordHasher;
import ru.flurai.identity.PhoneNumbers;
import ru.flurai.identity.User;
import ru.flurai.platform.config.FluraiConfig;
import ru.flurai.platform.domain.Conflict;
import ru.flurai.platform.domain.Invalid;

/**
 * {@code POST /admin/create_seller} (DOMAIN.md §1.4): the owner's user row becomes a SELLER, the
 * seller row starts listed ('active') with the base limits of the schema, and web credentials are
 * generated; the password is returned once and only its hash is kept.
 */
@ApplicationScoped
public class SellerCreation {
  private static final Logger LOG = Logger.getLogger(SellerCreation.class.getName());

  @PersistenceContext(unitName = "primary")
  EntityManager db;

  @Inject Shops shops;
  @Inject DeliveryZones zones;
  @Inject Locations locations;
  @Inject SellerLogins logins;
  @Inject FluraiConfig config;
  @Inject Event<ShopChanged> shopChanged;

  @Transactional
  public CreatedSeller create(NewSeller in) {
    if (in == null || in.tgId() == null || in.tgId() <= 0) {
      throw new Invalid("tg_id обязателен и должен быть положительным числом");
    }
    long id = in.tgId();
    if (shops.exists(id)) {
      return CreatedSeller.EXISTS;
    }
    String fio = SellerFields.fio(in.fio());
    String phone = PhoneNumbers.normalize(in.phone());
    String shopName = SellerFields.shopName(in.shopName());
    String inn = SellerFields.inn(in.inn());
    String ogrn = SellerFields.ogrn(in.ogrn());
    String description = SellerFields.description(in.description());
    String addressName = SellerFields.addressName(in.addressName());
    String mapUrl = SellerFields.mapUrl(in.mapUrl());
    DeliveryOption delivery = SellerFields.deliveryType(in.deliveryType());
    OffsetDateTime placement =
        PanelValues.placement(in.placementExpiredAt(), config.shopTimezone());
    Integer commission = SellerFields.commission(in.commissionPercent());
    Long metro = in.metroId() == null || in.metroId() == 0 ? null : in.metroId();
    Integer walk = null;
    if (metro != null) {
      if (in.metroWalkMinutes() == null) {
        throw new Invalid("Время до метро должно быть больше 0 минут");
      }
      walk = SellerFields.walkMinutes(in.metroWalkMinutes());
    }
    Locations.Place place =
        locations.check(zeroless(in.cityId()), zeroless(in.districtId()), metro);
    String login = WebPasswords.standardLogin(id);
    logins.requireFree(login, id);
    String password = WebPasswords.generate();
    NewShop shop =
        new NewShop(
            id,
            shopName,
            inn,
            ogrn,
            description,
            addressName,
            mapUrl,
            delivery,
            placement,
            commission,
            walk,
            place.cityId(),
            place.districtId(),
            place.metroId(),
            login,
            PasswordHasher.hash(password));
    try {
      becomeSeller(id, fio, phone);
      shops.create(shop);
    } catch (PersistenceException e) {
      throw Violations.unique(e) ? new Conflict("Продавец уже существует") : e;
    }
    Boolean zone = null;
    if (Boolean.TRUE.equals(in.autoCreateDeliveryZone())) {
      zone = place.districtId() != null;
      if (zone) {
        zones.createFor(id, place.districtId(), BigDecimal.ZERO);
        shops.put(id, "use_delivery_zones", true);
      }
    }
    shopChanged.fire(new ShopChanged(id));
    LOG.info("Seller " + id + " created by the admin");
    return CreatedSeller.ok(id, login, password, zone);
  }

  /**
   * The users row is written first: the seller row references it, and the two entities are not
   * related.
   */
  private void becomeSeller(long id, String fio, String phone) {
    User user = db.find(User.class, id);
    if (user == null) {
      user = new User(id, null, fio);
      db.persist(user);
    }
    user.rename(fio);
    user.changePhone(phone);
    user.becomeSeller();
    db.flush();
  }

  private static Long zeroless(Long id) {
    return id == null || id == 0 ? null : id;
  }
}
