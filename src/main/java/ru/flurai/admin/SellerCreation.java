package ru.flurai.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.util.logging.Logger;
import ru.flurai.catalog.ShopChanged;
import ru.flurai.identity.PasswordHasher;
import ru.flurai.identity.PhoneNumbers;
import ru.flurai.identity.User;
import ru.flurai.platform.config.FluraiConfig;
import ru.flurai.platform.http.ApiException;

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

  @Inject Locations locations;
  @Inject SellerLogins logins;
  @Inject FluraiConfig config;
  @Inject Event<ShopChanged> shopChanged;

  @Transactional
  public CreatedSeller create(NewSeller in) {
    if (in == null || in.tgId() == null || in.tgId() <= 0) {
      throw ApiException.badRequest("tg_id обязателен и должен быть положительным числом");
    }
    long id = in.tgId();
    if (db.find(ManagedSeller.class, id) != null) {
      return CreatedSeller.EXISTS;
    }
    String fio = SellerFields.fio(in.fio());
    String phone = PhoneNumbers.normalize(in.phone());
    ManagedSeller seller = new ManagedSeller(id, SellerFields.shopName(in.shopName()));
    seller.inn = SellerFields.inn(in.inn());
    seller.ogrn = SellerFields.ogrn(in.ogrn());
    seller.description = SellerFields.description(in.description());
    seller.addressName = SellerFields.addressName(in.addressName());
    seller.mapUrl = SellerFields.mapUrl(in.mapUrl());
    seller.deliveryType = SellerFields.deliveryType(in.deliveryType());
    seller.placementExpiredAt =
        PanelValues.placement(in.placementExpiredAt(), config.shopTimezone());
    seller.commissionPercent = SellerFields.commission(in.commissionPercent());
    Long metro = in.metroId() == null || in.metroId() == 0 ? null : in.metroId();
    if (metro != null) {
      if (in.metroWalkMinutes() == null) {
        throw ApiException.badRequest("Время до метро должно быть больше 0 минут");
      }
      seller.metroWalkMinutes = SellerFields.walkMinutes(in.metroWalkMinutes());
    }
    Locations.Place place =
        locations.check(zeroless(in.cityId()), zeroless(in.districtId()), metro);
    seller.cityId = place.cityId();
    seller.districtId = place.districtId();
    seller.metroId = place.metroId();
    String login = WebPasswords.standardLogin(id);
    logins.requireFree(login, id);
    String password = WebPasswords.generate();
    seller.credentials(login, PasswordHasher.hash(password));
    try {
      becomeSeller(id, fio, phone);
      db.persist(seller);
      db.flush();
    } catch (PersistenceException e) {
      throw Violations.unique(e) ? ApiException.conflict("Продавец уже существует") : e;
    }
    shopChanged.fire(new ShopChanged(id));
    LOG.info("Seller " + id + " created by the admin");
    return CreatedSeller.ok(id, login, password, Boolean.TRUE.equals(in.autoCreateDeliveryZone()));
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
