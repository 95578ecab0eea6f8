package ru.flurai.admin.coverage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;
import ru.flurai.admin.Violations;
import ru.flurai.admin.coverage.CoverageViews.DistrictName;
import ru.flurai.admin.coverage.CoverageViews.DistrictRef;
import ru.flurai.admin.coverage.CoverageViews.DistrictRow;
import ru.flurai.catalog.directory.DirectoryService;
import ru.flurai.catalog.directory.District;
import ru.flurai.platform.db.Rows;
import ru.flurai.platform.domain.Conflict;
import ru.flurai.platform.domain.Invalid;
import ru.flurai.platform.domain.NotFound;
import ru.flurai.platform.text.CleanText;

/**
 * Districts: names unique within their city (index ux_districts_city_name_ci); changes invalidate
 * the directories.
 */
@ApplicationScoped
public class DistrictCoverage {
  @PersistenceContext(unitName = "primary")
  EntityManager db;

  @Inject CityCoverage cities;
  @Inject References references;
  @Inject DirectoryService directories;

  public List<DistrictRow> list(long cityId) {
    cities.find(cityId);
    List<Rows.Row> rows =
        Rows.list(
            db,
            "select d.id, d.name, d.city_id,"
                + " (select count(*) from metro_stations m where m.district_id = d.id) as metro,"
                + " (select count(*) from sellers s where s.district_id = d.id and s.deleted_at is null)"
                + " as sellers"
                + " from districts d where d.city_id = ?1 order by d.name, d.id",
            cityId);
    return rows.stream()
        .map(
            r ->
                new DistrictRow(
                    r.num("id"), r.str("name"), r.num("city_id"), r.num("metro"), r.num("sellers")))
        .toList();
  }

  /** The creation wizard's district select; an unknown city simply has none. */
  public List<DistrictName> names(long cityId) {
    return db.createQuery(
            "select d from District d where d.cityId = :c order by d.name, d.id", District.class)
        .setParameter("c", cityId)
        .getResultStream()
        .map(d -> new DistrictName(d.id(), d.name()))
        .toList();
  }

  @Transactional
  public DistrictRow create(long cityId, String name) {
    cities.find(cityId);
    String n = name(name);
    requireUnique(cityId, n, 0);
    District district = new District(cityId, n);
    db.persist(district);
    flush(n);
    directories.invalidate();
    return new DistrictRow(district.id(), district.name(), cityId, 0, 0);
  }

  @Transactional
  public DistrictRef rename(long id, String name) {
    District district = find(id);
    String n = name(name);
    requireUnique(district.cityId(), n, id);
    district.rename(n);
    flush(n);
    directories.invalidate();
    return new DistrictRef(district.id(), district.name(), district.cityId());
  }

  @Transactional
  public void delete(long id) {
    District district = find(id);
    references.requireNoneForDistrict(id, district.name());
    db.remove(district);
    try {
      db.flush();
    } catch (PersistenceException e) {
      throw Violations.foreignKey(e)
          ? new Conflict("Нельзя удалить район: на него ещё ссылаются")
          : e;
    }
    directories.invalidate();
  }

  public District find(long id) {
    District district = db.find(District.class, id);
    if (district == null) {
      throw new NotFound("Район не найден");
    }
    return district;
  }

  private static String name(String raw) {
    String n = CleanText.line(raw, 101);
    if (n == null) {
      throw new Invalid("Название района обязательно");
    }
    return n;
  }

  private void requireUnique(long cityId, String name, long exceptId) {
    String lower = name.toLowerCase(Locale.ROOT);
    boolean taken =
        db.createQuery(
                "select d.name from District d where d.cityId = :c and d.id <> :id", String.class)
            .setParameter("c", cityId)
            .setParameter("id", exceptId)
            .getResultStream()
            .anyMatch(n -> n.toLowerCase(Locale.ROOT).equals(lower));
    if (taken) {
      throw duplicate(name);
    }
  }

  private void flush(String name) {
    try {
      db.flush();
    } catch (PersistenceException e) {
      throw Violations.unique(e) ? duplicate(name) : e;
    }
  }

  private static Invalid duplicate(String name) {
    return new Invalid("Район '" + name + "' уже существует в этом городе");
  }
}
