package ru.flurai.dev.demo;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import ru.flurai.dev.demo.DemoShops.DemoProduct;
import ru.flurai.dev.demo.DemoShops.DemoShop;
import ru.flurai.media.StoredImage;
import ru.flurai.platform.config.FluraiConfig;
import ru.flurai.platform.db.SchemaReady;

/**
 * "A live demo on first run": outside production, a database without sellers gets a few demo shops
 * in Moscow with products and photos, so the Mini App and the panels show something at once. It
 * runs after the directory seed (a later observer priority) because it needs Moscow's districts and
 * metro. {@code DEMO_DATA=false} turns it off (the integration tests do, so their shop counts are
 * their own).
 */
@ApplicationScoped
public class DemoSeed {
  private static final Logger LOG = Logger.getLogger(DemoSeed.class.getName());

  /** After DevDirectorySeed, which observes with the default priority (APPLICATION + 500). */
  static final int AFTER_DIRECTORIES = Interceptor.Priority.APPLICATION + 900;

  @Inject FluraiConfig config;
  @Inject DemoWriter writer;

  void seed(@Observes @Priority(AFTER_DIRECTORIES) SchemaReady ready) {
    if (config.isProduction()) {
      return;
    }
    if (!config.demoData()) {
      LOG.info("Demo data disabled (DEMO_DATA=false)");
      return;
    }
    List<DemoShop> shops = DemoShops.all();
    try {
      if (writer.wanted() && writer.write(shops, photos(shops))) {
        LOG.info(
            "Demo data: "
                + shops.size()
                + " shops in Moscow; seller panel logins "
                + shops.stream().map(DemoShop::login).collect(Collectors.joining(", "))
                + " (password in README, section \"Demo data\")");
      }
    } catch (Exception e) {
      LOG.warning("Demo data skipped: " + e.getMessage());
    }
  }

  /** Photos per "login/product name", drawn before the transaction starts. */
  static Map<String, List<StoredImage>> photos(List<DemoShop> shops) {
    Map<String, List<StoredImage>> photos = new LinkedHashMap<>();
    for (DemoShop shop : shops) {
      int variant = 0;
      for (DemoProduct product : shop.products()) {
        List<StoredImage> images = new ArrayList<>();
        for (int i = 0; i < product.photos(); i++) {
          images.add(DemoPhotos.photo(shop.colorFrom(), shop.colorTo(), shop.initial(), variant++));
        }
        photos.put(shop.login() + "/" + product.name(), images);
      }
    }
    return photos;
  }
}
