package ru.flurai.identity.buyer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import ru.flurai.catalog.directory.City;
import ru.flurai.catalog.directory.District;
import ru.flurai.identity.Caller;
import ru.flurai.identity.PhoneNumbers;
import ru.flurai.identity.User;
import ru.flurai.platform.domain.Invalid;
import ru.flurai.platform.text.CleanText;

/** Buyer profiles: created on first use, edited by the buyer. */
@ApplicationScoped
public class Buyers {
  @PersistenceContext(unitName = "primary")
  EntityManager db;

  /**
   * The caller's row, created on first use from what Telegram told us (or bare, for a JWT caller).
   */
  @Transactional
  public User ensure(Caller caller) {
    long id = caller.buyerId();
    User user = db.find(User.class, id);
    if (user == null) {
      TelegramUser tg = caller.telegramUser().orElse(null);
      db.createNativeQuery(
              "insert into users (tg_id, username, fio) values (?1, ?2, ?3) on conflict do nothing")
          .setParameter(1, id)
          .setParameter(2, tg == null ? null : CleanText.line(tg.username(), 64))
          .setParameter(3, tg == null ? null : CleanText.line(tg.firstName(), 200))
          .executeUpdate();
      user = db.find(User.class, id);
    }
    return user;
  }

  /** Upsert from a Telegram login (Mini App or widget): keeps username and name current. */
  @Transactional
  public User loggedIn(TelegramUser tg) {
    User user = db.find(User.class, tg.id());
    if (user == null) {
      db.createNativeQuery("insert into users (tg_id) values (?1) on conflict do nothing")
          .setParameter(1, tg.id())
          .executeUpdate();
      user = db.find(User.class, tg.id());
    }
    user.seenAs(tg.username(), tg.firstName());
    return user;
  }

  @Transactional
  public BuyerProfile me(Caller caller) {
    return BuyerProfile.of(ensure(caller));
  }

  @Transactional
  public BuyerProfile update(Caller caller, String phone, String fio) {
    User user = ensure(caller);
    if (phone != null) {
      user.changePhone(PhoneNumbers.normalize(phone));
    }
    if (fio != null) {
      user.rename(fio);
    }
    return BuyerProfile.of(user);
  }

  @Transactional
  public BuyerProfile acceptPrivacy(Caller caller) {
    User user = ensure(caller);
    user.acceptPrivacy();
    return BuyerProfile.of(user);
  }

  @Transactional
  public BuyerProfile moveTo(Caller caller, Long cityId, Long districtId) {
    User user = ensure(caller);
    if (cityId != null && db.find(City.class, cityId) == null) {
      throw new Invalid("Город не найден");
    }
    if (districtId != null) {
      District d = db.find(District.class, districtId);
      if (d == null || (cityId != null && !d.cityId().equals(cityId))) {
        throw new Invalid("Район не найден");
      }
    }
    user.moveTo(cityId, districtId);
    return BuyerProfile.of(user);
  }
}
