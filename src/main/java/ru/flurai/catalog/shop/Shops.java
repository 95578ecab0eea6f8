package ru.flurai.catalog.shop;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The Shop aggregate's public service: how the admin and identity read and change a shop without
 * mapping the {@code sellers} table themselves. Reads and writes go to the primary. Methods that
 * change a shop join the caller's transaction; those that name a shop that does not exist answer
 * {@code false} or empty, and the caller says what that means for its API. Refusals are the
 * aggregate's domain exceptions.
 */
@ApplicationScoped
public class Shops {
  @PersistenceContext(unitName = "primary")
  EntityManager db;

  // Identity: one indexed query per check

  public Optional<ShopAccount> account(long sellerId) {
    return db.createNamedQuery(Shop.ACCOUNT, ShopAccount.class)
        .setParameter("id", sellerId)
        .getResultStream()
        .findFirst();
  }

  /** By web login, case-insensitively (unique index {@code ux_sellers_web_login_ci}). */
  public Optional<ShopAccount> accountByLogin(String login) {
    return db.createNamedQuery(Shop.ACCOUNT_BY_LOGIN, ShopAccount.class)
        .setParameter("login", login.toLowerCase(Locale.ROOT))
        .getResultStream()
        .findFirst();
  }

  /** Access tokens issued before now stop working, except {@code keepJti} (may be null). */
  @Transactional
  public void endSessions(long sellerId, String keepJti) {
    change(sellerId, s -> s.endSessions(keepJti));
  }

  /** The seller's own new credentials; the session {@code keepJti} stays, every other ends. */
  @Transactional
  public void changeCredentials(long sellerId, String login, String passwordHash, String keepJti) {
    change(sellerId, s -> s.changeCredentials(login, passwordHash, keepJti));
  }

  // Admin

  public boolean exists(long sellerId) {
    return db.find(Shop.class, sellerId) != null;
  }

  public Optional<ShopRecord> record(long sellerId) {
    return Optional.ofNullable(db.find(Shop.class, sellerId)).map(Shop::record);
  }

  /** Every shop by id, deleted ones only when asked. */
  public List<ShopRecord> records(boolean includeDeleted) {
    return db.createQuery(
            "select s from Shop s"
                + (includeDeleted ? "" : " where s.deletedAt is null")
                + " order by s.sellerId",
            Shop.class)
        .getResultStream()
        .map(Shop::record)
        .toList();
  }

  /** Whether another shop already uses this web login, case-insensitively. */
  public boolean loginTaken(String login, long exceptSellerId) {
    return accountByLogin(login).filter(a -> a.sellerId() != exceptSellerId).isPresent();
  }

  /** Inserts the shop at once, so that a clash surfaces here as a persistence exception. */
  @Transactional
  public void create(NewShop shop) {
    db.persist(Shop.create(shop));
    db.flush();
  }

  /** The admin's one-field edit by column name; the value's type is the column's. */
  @Transactional
  public boolean put(long sellerId, String field, Object value) {
    return change(sellerId, s -> s.put(field, value));
  }

  @Transactional
  public boolean offer(long sellerId, DeliveryOption option) {
    return change(sellerId, s -> s.changeDeliveryOption(option));
  }

  @Transactional
  public boolean block(long sellerId, boolean blocked) {
    return change(sellerId, s -> s.block(blocked));
  }

  @Transactional
  public boolean softDelete(long sellerId) {
    return change(sellerId, Shop::softDelete);
  }

  @Transactional
  public boolean restore(long sellerId) {
    return change(sellerId, Shop::restore);
  }

  /**
   * Removes the row at once (its products, favourites and cart lines cascade), so that a reference
   * that refuses it surfaces here as a persistence exception.
   */
  @Transactional
  public boolean delete(long sellerId) {
    Shop s = db.find(Shop.class, sellerId);
    if (s == null) {
      return false;
    }
    db.remove(s);
    db.flush();
    return true;
  }

  @Transactional
  public boolean setCredentials(long sellerId, String login, String passwordHash) {
    return change(sellerId, s -> s.setCredentials(login, passwordHash));
  }

  /**
   * The admin's manual limit of today, checked before the shop is looked up; empty when there is no
   * such shop.
   */
  @Transactional
  public Optional<Integer> setManualLimit(long sellerId, Integer orders, LocalDate today) {
    LimitRules.requireAdminLimit(orders);
    return change(sellerId, s -> s.adminLimit(orders, today))
        ? Optional.of(orders)
        : Optional.empty();
  }

  /**
   * The admin's base limits, checked before the shop is looked up; the stored values, or empty when
   * there is no such shop.
   */
  @Transactional
  public Optional<ShopRecord> setDefaultLimit(
      long sellerId, Integer total, Integer delivery, Integer pickup) {
    LimitRules.requireAdminDefault(total, delivery, pickup);
    Shop s = db.find(Shop.class, sellerId);
    if (s == null) {
      return Optional.empty();
    }
    s.adminDefaultLimit(total, delivery, pickup);
    return Optional.of(s.record());
  }

  @Transactional
  public boolean setPlan(long sellerId, Plan plan) {
    return change(sellerId, s -> s.changePlan(plan));
  }

  private boolean change(long sellerId, Consumer<Shop> change) {
    Shop s = db.find(Shop.class, sellerId);
    if (s == null) {
      return false;
    }
    change.accept(s);
    return true;
  }
}
