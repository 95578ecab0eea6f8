package ru.flurai.admin.coverage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import ru.flurai.admin.coverage.CoverageViews.MetroImport;
import ru.flurai.admin.coverage.CoverageViews.MetroRemap;
import ru.flurai.delivery.address.AddressLookup;
import ru.flurai.delivery.address.MetroDirectory;
import ru.flurai.platform.domain.Invalid;

/**
 * {@code import-metro} and {@code remap-metro} (LATER.md §8.5): the only way stations reach a
 * production database, whose panel has no form for one. DaData is asked outside any transaction
 * (each station's district by its coordinates, asked once per point rounded to 3 decimals); the
 * stations are then written in one transaction by {@link MetroCoverage}.
 */
@ApplicationScoped
public class MetroImports {
  static final String NO_STATIONS = "DaData не вернул станций для этого города";

  @Inject CityCoverage cities;
  @Inject MetroCoverage metro;
  @Inject MetroDirectory directory;
  @Inject AddressLookup addresses;

  /** A station to add: its district's name by DaData, if DaData knew one. */
  public record Found(MetroDirectory.Station station, String districtName) {}

  public MetroImport importMetro(long cityId) {
    String kladr = cities.kladrId(cityId);
    if (kladr == null) {
      throw new Invalid("У города не указан КЛАДР-код. Обновите город перед импортом метро.");
    }
    List<MetroDirectory.Station> stations = directory.stations(kladr);
    if (stations.isEmpty()) {
      return new MetroImport(0, 0, 0, List.of(), NO_STATIONS);
    }
    Map<String, Optional<String>> byPoint = new HashMap<>();
    List<Found> found = new ArrayList<>();
    for (MetroDirectory.Station s : stations) {
      found.add(new Found(s, districtAt(s.lat(), s.lon(), byPoint).orElse(null)));
    }
    return metro.addImported(cityId, found);
  }

  public MetroRemap remap(long cityId) {
    Map<String, Optional<String>> byPoint = new HashMap<>();
    Map<Long, String> districts = new HashMap<>();
    for (MetroCoverage.Unmapped u : metro.unmappedWithPoints(cityId)) {
      districtAt(u.lat(), u.lon(), byPoint).ifPresent(d -> districts.put(u.id(), d));
    }
    return metro.remap(cityId, districts);
  }

  private Optional<String> districtAt(Double lat, Double lon, Map<String, Optional<String>> cache) {
    if (lat == null || lon == null) {
      return Optional.empty();
    }
    String key = String.format(Locale.ROOT, "%.3f,%.3f", lat, lon);
    return cache.computeIfAbsent(key, k -> addresses.districtAt(lat, lon));
  }
}
