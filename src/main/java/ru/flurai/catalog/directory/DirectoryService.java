package ru.flurai.catalog.directory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import ru.flurai.catalog.directory.DirectoryViews.CityView;
import ru.flurai.catalog.directory.DirectoryViews.DistrictView;
import ru.flurai.catalog.directory.DirectoryViews.MetroView;
import ru.flurai.platform.cache.CacheRegion;
import ru.flurai.platform.cache.TwoLevelCache;
import ru.flurai.platform.cache.Types;
import ru.flurai.platform.domain.Invalid;

/**
 * The public directories, served from the cache; every admin change invalidates the region on all
 * instances.
 */
@ApplicationScoped
public class DirectoryService {
  static final int MAX_QUERY = 100;
  private static final Duration TTL = Duration.ofHours(1);
  private static final Duration NEAR_TTL = Duration.ofMinutes(1);
  public static final CacheRegion<List<CityView>> CITIES =
      new CacheRegion<>("cities", Types.listOf(CityView.class), TTL, NEAR_TTL);
  public static final CacheRegion<List<DistrictView>> DISTRICTS =
      new CacheRegion<>("districts", Types.listOf(DistrictView.class), TTL, NEAR_TTL);
  public static final CacheRegion<List<MetroView>> METRO =
      new CacheRegion<>("metro", Types.listOf(MetroView.class), TTL, NEAR_TTL);

  @Inject TwoLevelCache cache;
  @Inject DirectoryReads reads;

  public List<CityView> cities() {
    return cache.get(CITIES, "all", reads::cities);
  }

  public List<DistrictView> districts(long cityId) {
    return cache.get(DISTRICTS, Long.toString(cityId), () -> reads.districts(cityId));
  }

  public List<MetroView> metroOfDistrict(long districtId) {
    return cache.get(METRO, "district-" + districtId, () -> reads.metroOfDistrict(districtId));
  }

  public List<MetroView> searchMetro(String query) {
    String q = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
    if (q.isEmpty()) {
      throw new Invalid("Параметр q обязателен");
    }
    if (q.length() > MAX_QUERY) {
      throw new Invalid("Параметр q длиннее " + MAX_QUERY + " символов");
    }
    return cache.get(METRO, "search-" + q, () -> reads.searchMetro(q));
  }

  /**
   * After any directory change: cities, districts and metro are small, so whole regions are
   * dropped.
   */
  public void invalidate() {
    cache.invalidateAll(CITIES);
    cache.invalidateAll(DISTRICTS);
    cache.invalidateAll(METRO);
  }
}
