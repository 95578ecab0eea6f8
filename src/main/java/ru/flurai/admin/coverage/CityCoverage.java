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
import ru.flurai.admin.coverage.CoverageViews.CityRef;
import ru.flurai.admin.coverage.CoverageViews.CityRow;
import ru.flurai.catalog.directory.City;
import ru.flurai.catalog.directory.DirectoryService;
import ru.flurai.platform.db.Rows;
import ru.flurai.platform.domain.Conflict;
import ru.flurai.platform.domain.Invalid;
import ru.flurai.platform.domain.NotFound;
import ru.flurai.platform.text.CleanText;

/**
 * Cities: names unique case-insensitively (index ux_cities_name_ci); every change invalidates the
 * directories.
 */
@ApplicationScoped
public class CityCoverage {
  @PersistenceContext(unitName = "primary")
  EntityManager db;

  @Inject References references;
  @Inject DirectoryService directories;

  public List<CityRow> list() {
    List<Rows.Row> rows =
        Rows.list(
            db,
            "select c.id, c.name, c.kladr_id,"
                + " (select count(*) from districts d where d.city_id = c.id) as districts,"
                + " (select count(*) from metro_stations m where m.city_id = c.id"
                + "    or m.district_id in (select d.id from districts d where d.city_id = c.id))"
                + " as metro,"
                + " (select count(*) from sellers s where s.city_id = c.id and s.deleted_at is null)"
                + " as sellers"
                + " from cities c order by c.name, c.id");
    return rows.stream()
        .map(
            r ->
                new CityRow(
                    r.num("id"),
                    r.str("name"),
                    r.str("kladr_id"),
                    r.num("districts"),
                    r.num("metro"),
                    r.num("sellers")))
        .toList();
  }

  public List<CityRef> refs() {
    return db.createQuery("select c from City c order by c.name, c.id", City.class)
        .getResultStream()
        .map(CityCoverage::ref)
        .toList();
  }

  @Transactional
  public CityRow create(String name, String kladrId) {
    String n = name(name);
    requireUnique(n, 0);
    City city = new City(n, CleanText.line(kladrId, 21));
    db.persist(city);
    flush(n);
    directories.invalidate();
    return new CityRow(city.id(), city.name(), city.kladrId(), 0, 0, 0);
  }

  @Transactional
  public CityRef update(long id, String name, String kladrId) {
    City city = find(id);
    if (name != null) {
      String n = name(name);
      requireUnique(n, id);
      city.rename(n);
    }
    if (kladrId != null) {
      city.recode(CleanText.line(kladrId, 21));
    }
    flush(city.name());
    directories.invalidate();
    return ref(city);
  }

  @Transactional
  public void delete(long id) {
    City city = find(id);
    references.requireNoneForCity(id, city.name());
    db.remove(city);
    try {
      db.flush();
    } catch (PersistenceException e) {
      throw Violations.foreignKey(e)
          ? new Conflict("Нельзя удалить город: на него ещё ссылаются")
          : e;
    }
    directories.invalidate();
  }

  /** The city's KLADR id (blank: none); 404 for an unknown city. */
  public String kladrId(long id) {
    String kladr = find(id).kladrId();
    return kladr == null || kladr.isBlank() ? null : kladr;
  }

  public City find(long id) {
    City city = db.find(City.class, id);
    if (city == null) {
      throw new NotFound("Город не найден");
    }
    return city;
  }

  private static String name(String raw) {
    String n = CleanText.line(raw, 101);
    if (n == null) {
      throw new Invalid("Название города обязательно");
    }
    return n;
  }

  /** Compared in Java, so the rule holds for Cyrillic whatever the database's locale. */
  private void requireUnique(String name, long exceptId) {
    String lower = name.toLowerCase(Locale.ROOT);
    boolean taken =
        db.createQuery("select c.name from City c where c.id <> :id", String.class)
            .setParameter("id", exceptId)
            .getResultStream()
            .anyMatch(n -> n.toLowerCase(Locale.ROOT).equals(lower));
    if (taken) {
      throw duplicate(name);
    }
  }

  /** A concurrent twin slips past the check; the unique index still refuses it, as the same 400. */
  private void flush(String name) {
    try {
      db.flush();
    } catch (PersistenceException e) {
      throw Violations.unique(e) ? duplicate(name) : e;
    }
  }

  private static Invalid duplicate(String name) {
    return new Invalid("Город '" + name + "' уже существует");
  }

  private static CityRef ref(City c) {
    return new CityRef(c.id(), c.name(), c.kladrId());
  }
}
