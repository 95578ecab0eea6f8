package ru.flurai.seller;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import ru.flurai.catalog.BusinessDay;
import ru.flurai.catalog.ShopChanged;
import ru.flurai.catalog.directory.District;
import ru.flurai.catalog.shop.Shop;
import ru.flurai.identity.User;
import ru.flurai.media.MediaStore;
import ru.flurai.platform.config.FluraiConfig;
import ru.flurai.platform.domain.NotFound;

/**
 * The seller's own shop settings: /seller-web/me. Reads and writes go to the primary
 * (read-your-writes).
 */
@ApplicationScoped
public class ProfileService {
  @PersistenceContext(unitName = "primary")
  EntityManager db;

  @Inject OrderUsage orders;
  @Inject ShopClock clock;
  @Inject FluraiConfig config;
  @Inject MediaStore media;
  @Inject Event<ShopChanged> changed;

  @Transactional
  public ProfileView me(long sellerId) {
    return view(shop(sellerId, false));
  }

  @Transactional
  public ProfileView update(long sellerId, JsonObject body) {
    Shop shop = shop(sellerId, true);
    if (ProfileEdit.apply(body, shop) == ProfileEdit.Banner.REMOVED) {
      media.unmapBanners(sellerId);
    }
    changed.fire(new ShopChanged(sellerId));
    return view(shop);
  }

  /** After an upload: the banner's versioned URL goes on the shop. */
  @Transactional
  public void showBanner(long sellerId, String url) {
    shop(sellerId, true).changeBanner(url);
    changed.fire(new ShopChanged(sellerId));
  }

  /**
   * The caller's shop; {@code forUpdate} locks the seller row, as everything that changes limits
   * must.
   */
  Shop shop(long sellerId, boolean forUpdate) {
    Shop shop =
        forUpdate
            ? db.find(Shop.class, sellerId, LockModeType.PESSIMISTIC_WRITE)
            : db.find(Shop.class, sellerId);
    if (shop == null) {
      throw new NotFound("Продавец не найден");
    }
    return shop;
  }

  ProfileView view(Shop shop) {
    long id = shop.sellerId();
    BusinessDay today = clock.today();
    District district =
        shop.districtId() == null ? null : db.find(District.class, shop.districtId());
    return ProfileViews.of(
        shop,
        new ProfileViews.Context(
            db.find(User.class, id),
            district == null ? null : district.name(),
            orders.today(id, today),
            today,
            shopLink(id)));
  }

  /** The bot deep link that opens the shop; null when BOT_USERNAME is not configured. */
  private String shopLink(long sellerId) {
    return config
        .botUsername()
        .map(bot -> "https://t.me/" + bot.replaceFirst("^@", "") + "?start=seller_" + sellerId)
        .orElse(null);
  }
}
