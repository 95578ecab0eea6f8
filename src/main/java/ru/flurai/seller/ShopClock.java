package ru.flurai.seller;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZoneId;
import ru.flurai.catalog.BusinessDay;
import ru.flurai.platform.config.FluraiConfig;

/** Today's business day in SHOP_TIMEZONE (it starts at 06:00). */
@ApplicationScoped
public class ShopClock {
  @Inject FluraiConfig config;

  public BusinessDay today() {
    return BusinessDay.at(Instant.now(), zone());
  }

  public ZoneId zone() {
    return config.shopTimezone();
  }
}
