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
import java.util.List;
import ru.flurai.admin.Violations;
import ru.flurai.admin.coverage.CoverageViews.MetroBody;
import ru.flurai.admin.coverage.CoverageViews.MetroRow;
import ru.flurai.catalog.directory.DirectoryService;
import ru.flurai.catalog.directory.District;
import ru.flurai.catalog.directory.MetroStation;
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
