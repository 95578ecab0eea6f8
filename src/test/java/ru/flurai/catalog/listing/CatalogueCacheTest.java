package ru.flurai.catalog.listing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import ru.flurai.catalog.BusinessDay;
import ru.flurai.catalog.ShopChanged;
import ru.flurai.catalog.listing.CatalogueCache.Eviction;

class CatalogueCacheTest {

  @Test
  void aShopChangeEvictsThatShopsEntriesAndTheList() {
    BusinessDay day =
        BusinessDay.at(Instant.parse("2026-03-02T10:00:00Z"), ZoneId.of("Europe/Moscow"));
    List<Eviction> evictions = CatalogueCache.evictionsFor(new ShopChanged(42), day);
    assertEquals(
        List.of(
            new Eviction(CatalogueCache.SHOP, "42"),
            new Eviction(CatalogueCache.PAGE, "42"),
            new Eviction(CatalogueCache.AVAILABILITY, "42:2026-03-02"),
            new Eviction(CatalogueCache.LIST, null)),
        evictions);
  }

  @Test
  void keysMatchTheKeysTheCatalogueReadsWith() {
    BusinessDay day =
        BusinessDay.at(Instant.parse("2026-03-02T02:00:00Z"), ZoneId.of("Europe/Moscow"));
    // 05:00 in Moscow still belongs to the previous business day
    assertEquals("7:2026-03-01", CatalogueCache.availabilityKey(7, day));
  }

  @Test
  void stockSensitiveRegionsAreShortLived() {
    for (var region :
        List.of(CatalogueCache.LIST, CatalogueCache.PAGE, CatalogueCache.AVAILABILITY)) {
      assertEquals(true, region.ttl().plus(region.nearTtl()).getSeconds() <= 5, region.name());
    }
  }
}
