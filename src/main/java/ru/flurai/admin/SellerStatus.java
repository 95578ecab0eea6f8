package ru.flurai.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.logging.Logger;
import ru.flurai.catalog.ShopChanged;
import ru.flurai.catalog.shop.Shops;
import ru.flurai.identity.PasswordHasher;
import ru.flurai.identity.seller.SellerSessions;
import ru.flurai.ordering.order.OrderLog;
import ru.flurai.platform.domain.Conflict;

/**
 * Block, soft delete, restore, hard delete and credential resets of a seller. Blocking, deleting
 * and resetting the credentials end every session of the seller at once (PRODUCT.md §2), in the
 * same transaction as the change.
 */
@ApplicationScoped
public class SellerStatus {
  private static final Logger LOG = Logger.getLogger(SellerStatus.class.getName());

  @PersistenceContext(unitName = "primary")
  EntityManager db;

  @Inject Shops shops;
  @Inject SellerSessions sessions;
  @Inject SellerLogins logins;
  @Inject Event<ShopChanged> shopChanged;
  @Inject OrderLog orders;

  @Transactional
  public void block(long sellerId, boolean blocked) {
    found(shops.block(sellerId, blocked), sellerId);
    if (blocked) {
      sessions.endAll(sellerId, null, null);
    }
    changed(sellerId, blocked ? "blocked" : "unblocked");
  }

  @Transactional
  public void softDelete(long sellerId) {
    found(shops.softDelete(sellerId), sellerId);
    sessions.endAll(sellerId, null, null);
    changed(sellerId, "soft-deleted");
  }

  @Transactional
  public void restore(long sellerId) {
    found(shops.restore(sellerId), sellerId);
    changed(sellerId, "restored");
  }

  /**
   * The seller row goes; its products, favourites and cart lines go with it (foreign keys cascade);
   * its orders stay (API.md §7), with the shop's name and contacts snapshotted on them and {@code
   * seller_id} set to null; the owner's users row stays and is a buyer again. Anything else still
   * pointing at the seller refuses the delete with a 409.
   */
  @Transactional
  public void hardDelete(long sellerId) {
    found(shops.exists(sellerId), sellerId);
    sessions.endAll(sellerId, null, null);
    try {
      db.flush();
      int kept = orders.snapshotSeller(sellerId);
      if (kept > 0) {
        LOG.info("Seller " + sellerId + ": " + kept + " orders kept with a snapshot of the shop");
      }
      shops.delete(sellerId);
    } catch (PersistenceException e) {
      if (Violations.foreignKey(e)) {
        throw new Conflict("Нельзя удалить продавца: на него ещё ссылаются другие данные");
      }
      throw e;
    }
    db.createQuery(
            "update User u set u.role = 'BUYER', u.updatedAt = :now"
                + " where u.tgId = :id and u.role = 'SELLER'")
        .setParameter("now", OffsetDateTime.now())
        .setParameter("id", sellerId)
        .executeUpdate();
    changed(sellerId, "deleted");
  }

  /** A new random password (and the standard login); returned once, never readable afterwards. */
  @Transactional
  public Results.Credentials resetCredentials(long sellerId) {
    found(shops.exists(sellerId), sellerId);
    String login = WebPasswords.standardLogin(sellerId);
    logins.requireFree(login, sellerId);
    String password = WebPasswords.generate();
    shops.setCredentials(sellerId, login, PasswordHasher.hash(password));
    sessions.endAll(sellerId, null, null);
    changed(sellerId, "credentials reset");
    return new Results.Credentials("ok", login, password);
  }

  /** The login only: stored passwords are hashes and are never revealed. */
  public Results.Credentials credentials(long sellerId) {
    return shops
        .record(sellerId)
        .map(s -> new Results.Credentials("ok", s.webLogin(), null))
        .orElse(new Results.Credentials("not_found", null, null));
  }

  /**
   * Order counters are derived from orders (PRODUCT.md §3.3), so there is nothing to reset; kept
   * for the bot.
   */
  public void resetCounters(long sellerId) {
    found(shops.exists(sellerId), sellerId);
  }

  private static void found(boolean found, long sellerId) {
    if (!found) {
      throw new SellerMissing(sellerId);
    }
  }

  private void changed(long sellerId, String what) {
    shopChanged.fire(new ShopChanged(sellerId));
    LOG.info("Seller " + sellerId + " " + what + " by the admin");
  }
}
