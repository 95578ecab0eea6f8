package ru.flurai.admin.coverage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import ru.flurai.admin.Violations;
import ru.flurai.admin.coverage.CoverageViews.ImportDetail;
import ru.flurai.admin.coverage.CoverageViews.MetroBody;
import ru.flurai.admin.coverage.CoverageViews.MetroImport;
import ru.flurai.admin.coverage.CoverageViews.MetroRemap;
import ru.flurai.admin.coverage.CoverageViews.MetroRow;
import ru.flurai.catalog.directory.DirectoryService;
import ru.flurai.catalog.directory.District;
import ru.flurai.catalog.directory.MetroStation;
import ru.flurai.delivery.address.MetroDirectory;
import ru.flurai.platform.db.Rows;
import ru.flurai.platform.domain.Conflict;
import ru.flurai.platform.domain.Invalid;
import ru.flurai.platform.domain.NotFound;
import ru.flurai.platform.text.CleanText;

/**
 * Metro stations: line colour {@code #RRGGBB}; a station belongs to a district (optional) and a
 * city.
 */
@ApplicationScoped
public class MetroCoverage {
  private static final String COLUMNS =
      "select m.id, m.name, m.district_id, m.city_id, m.line_color, m.line_name, m.geo_lat, m.geo_lon"
          + " from metro_stations m where ";

  @PersistenceContext(unitName = "primary")
  EntityManager db;

  @Inject CityCoverage cities;
  @Inject DistrictCoverage districts;
  @Inject References references;
  @Inject DirectoryService directories;

  public List<MetroRow> ofCity(long cityId) {
    cities.find(cityId);
    return rows(
        COLUMNS
            + "m.city_id = ?1 or m.district_id in (select d.id from districts d where d.city_id = ?1)"
            + " order by m.name, m.id",
        cityId);
  }

  public List<MetroRow> ofDistrict(long districtId) {
    districts.find(districtId);
    return rows(COLUMNS + "m.district_id = ?1 order by m.name, m.id", districtId);
  }

  /** Stations of the city without a district: what a DaData re-map would try to place. */
  public long unmapped(long cityId) {
    cities.find(cityId);
    return CoverageViews.count(
        db.createNativeQuery(
                "select count(*) from metro_stations where city_id = ?1 and district_id is null")
            .setParameter(1, cityId)
            .getSingleResult());
  }

  /** A station of the city without a district, with the point DaData can place it by. */
  public record Unmapped(long id, Double lat, Double lon) {}

  /**
   * Writes an import's stations (LATER.md §8.5): a name the city already has is skipped; a new one
   * is placed in the city's district of DaData's name (case-insensitive), or stays unmapped.
   */
  @Transactional
  public MetroImport addImported(long cityId, List<MetroImports.Found> found) {
    Map<String, Long> districtIds = districtIds(cityId);
    Set<String> taken = new HashSet<>();
    Rows.list(
            db,
            "select lower(m.name) as name from metro_stations m where m.city_id = ?1"
                + " or m.district_id in (select d.id from districts d where d.city_id = ?1)",
            cityId)
        .forEach(r -> taken.add(r.str("name")));
    int imported = 0;
    int skipped = 0;
    int unmapped = 0;
    List<ImportDetail> details = new ArrayList<>();
    for (MetroImports.Found f : found) {
      MetroDirectory.Station s = f.station();
      String name = CleanText.line(s.name(), 100);
      if (name == null || !taken.add(name.toLowerCase(Locale.ROOT))) {
        skipped++;
        details.add(new ImportDetail(s.name(), "skipped", s.lineName(), s.lineColor(), null));
        continue;
      }
      Long district =
          f.districtName() == null
              ? null
              : districtIds.get(f.districtName().strip().toLowerCase(Locale.ROOT));
      MetroStation station =
          new MetroStation(
              name, district, cityId, s.lineColor(), CleanText.line(s.lineName(), 100));
      station.locate(s.lat(), s.lon());
      db.persist(station);
      if (district == null) {
        unmapped++;
      } else {
        imported++;
      }
      details.add(
          new ImportDetail(
              name,
              district == null ? "unmapped" : "imported",
              s.lineName(),
              s.lineColor(),
              district));
    }
    db.flush();
    directories.invalidate();
    return new MetroImport(imported, skipped, unmapped, details, null);
  }

  /** The city's stations without a district that have coordinates. */
  public List<Unmapped> unmappedWithPoints(long cityId) {
    cities.find(cityId);
    return Rows.list(
            db,
            "select id, geo_lat, geo_lon from metro_stations where city_id = ?1"
                + " and district_id is null and geo_lat is not null and geo_lon is not null"
                + " order by id",
            cityId)
        .stream()
        .map(
            r ->
                new Unmapped(
                    r.num("id"),
                    CoverageViews.real(r.get("geo_lat")),
                    CoverageViews.real(r.get("geo_lon"))))
        .toList();
  }

  /** Places unmapped stations in the districts DaData named, if the city has them. */
  @Transactional
  public MetroRemap remap(long cityId, Map<Long, String> districtNames) {
    Map<String, Long> districtIds = districtIds(cityId);
    int remapped = 0;
    for (var e : districtNames.entrySet()) {
      Long district = districtIds.get(e.getValue().strip().toLowerCase(Locale.ROOT));
      MetroStation station = db.find(MetroStation.class, e.getKey());
      if (district != null && station != null && station.districtId() == null) {
        station.assign(district, cityId);
        remapped++;
      }
    }
    db.flush();
    if (remapped > 0) {
      directories.invalidate();
    }
    return new MetroRemap(remapped, unmapped(cityId));
  }

  private Map<String, Long> districtIds(long cityId) {
    Map<String, Long> ids = new HashMap<>();
    Rows.list(db, "select id, name from districts where city_id = ?1 order by id", cityId)
        .forEach(r -> ids.putIfAbsent(r.str("name").toLowerCase(Locale.ROOT), r.num("id")));
    return ids;
  }

  @Transactional
  public MetroRow create(long districtId, MetroBody body) {
    District district = districts.find(districtId);
    MetroBody b = body == null ? new MetroBody(null, null, null, null, null) : body;
    MetroStation station =
        new MetroStation(
            name(b.name()),
            districtId,
            district.cityId(),
            color(b.lineColor()),
            CleanText.line(b.lineName(), 100));
    station.locate(b.geoLat(), b.geoLon());
    db.persist(station);
    db.flush();
    directories.invalidate();
    return row(station);
  }

  /**
   * Partial: only the fields present change; {@code "district_id": null} takes the station out of
   * its district.
   */
  @Transactional
  public MetroRow update(long id, JsonObject body) {
    MetroStation station = find(id);
    JsonObject b = body == null ? JsonValue.EMPTY_JSON_OBJECT : body;
    if (b.containsKey("name")) {
      station.rename(name(text(b, "name")));
    }
    if (b.containsKey("district_id")) {
      Long districtId = b.isNull("district_id") ? null : districtId(b.get("district_id"));
      District district = districtId == null ? null : db.find(District.class, districtId);
      if (districtId != null && district == null) {
        throw new Invalid("Район не найден");
      }
      station.assign(districtId, district == null ? null : district.cityId());
    }
    if (b.containsKey("line_color") || b.containsKey("line_name")) {
      station.recolor(
          b.containsKey("line_color") ? color(text(b, "line_color")) : station.lineColor(),
          b.containsKey("line_name")
              ? CleanText.line(text(b, "line_name"), 100)
              : station.lineName());
    }
    db.flush();
    directories.invalidate();
    return row(station);
  }

  @Transactional
  public void delete(long id) {
    MetroStation station = find(id);
    references.requireNoneForMetro(id, station.name());
    db.remove(station);
    try {
      db.flush();
    } catch (PersistenceException e) {
      throw Violations.foreignKey(e)
          ? new Conflict("Нельзя удалить станцию: на неё ещё ссылаются")
          : e;
    }
    directories.invalidate();
  }

  private MetroStation find(long id) {
    MetroStation station = db.find(MetroStation.class, id);
    if (station == null) {
      throw new NotFound("Станция метро не найдена");
    }
    return station;
  }

  private List<MetroRow> rows(String sql, long id) {
    List<Rows.Row> rows = Rows.list(db, sql, id);
    return rows.stream()
        .map(
            r ->
                new MetroRow(
                    r.num("id"),
                    r.str("name"),
                    r.optNum("district_id"),
                    r.optNum("city_id"),
                    r.str("line_color"),
                    r.str("line_name"),
                    CoverageViews.real(r.get("geo_lat")),
                    CoverageViews.real(r.get("geo_lon"))))
        .toList();
  }

  private static MetroRow row(MetroStation m) {
    return new MetroRow(
        m.id(),
        m.name(),
        m.districtId(),
        m.cityId(),
        m.lineColor(),
        m.lineName(),
        m.geoLat(),
        m.geoLon());
  }

  private static String name(String raw) {
    String n = CleanText.line(raw, 101);
    if (n == null) {
      throw new Invalid("Название станции обязательно");
    }
    return n;
  }

  /** Blank means no colour; the entity refuses anything but #RRGGBB. */
  private static String color(String raw) {
    return raw == null || raw.isBlank() ? null : raw.strip();
  }

  private static String text(JsonObject b, String key) {
    JsonValue v = b.get(key);
    if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
      return null;
    }
    if (v instanceof JsonString s) {
      return s.getString();
    }
    throw new Invalid("Поле " + key + " должно быть строкой");
  }

  /** A number, or digits in a string (the panel's selects give strings); 0 or "" means none. */
  private static Long districtId(JsonValue v) {
    String text = v instanceof JsonString str ? str.getString().strip() : v.toString();
    if (text.isEmpty() || text.equals("0")) {
      return null;
    }
    if (!text.matches("\\d{1,18}")) {
      throw new Invalid("Некорректный ID района: " + CleanText.line(text, 30));
    }
    return Long.valueOf(text);
  }
}
