package ru.flurai.catalog.directory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import ru.flurai.catalog.directory.DirectoryViews.CityView;
import ru.flurai.catalog.directory.DirectoryViews.DistrictView;
import ru.flurai.catalog.directory.DirectoryViews.MetroView;
import ru.flurai.platform.cache.PrimaryWindow;

/** Directory queries against the replica data source. */
@ApplicationScoped
public class DirectoryReads {
  static final int SEARCH_LIMIT = 50;

  @PersistenceContext(unitName = "replica")
  EntityManager replicaUnit;

  @PersistenceContext(unitName = "primary")
  EntityManager primaryUnit;

  /** The replica, except in a reload of a key changed a moment ago (see {@link PrimaryWindow}). */
  private EntityManager replica() {
    return PrimaryWindow.readPrimary() ? primaryUnit : replicaUnit;
  }

  public List<CityView> cities() {
    return replica()
        .createQuery(
            "select new ru.flurai.catalog.directory.DirectoryViews$CityView(c.id, c.name) from City c order by c.name, c.id",
            CityView.class)
        .getResultList();
  }

  public List<DistrictView> districts(long cityId) {
    return replica()
        .createQuery(
            "select new ru.flurai.catalog.directory.DirectoryViews$DistrictView(d.id, d.name, d.cityId) from District d"
                + " where d.cityId = :city order by d.name, d.id",
            DistrictView.class)
        .setParameter("city", cityId)
        .getResultList();
  }

  public List<MetroView> metroOfDistrict(long districtId) {
    return replica()
        .createQuery(
            "select new ru.flurai.catalog.directory.DirectoryViews$MetroView(m.id, m.name, m.districtId, m.lineColor)"
                + " from MetroStation m where m.districtId = :district order by m.name, m.id",
            MetroView.class)
        .setParameter("district", districtId)
        .getResultList();
  }

  public List<MetroView> searchMetro(String query) {
    return replica()
        .createQuery(
            "select new ru.flurai.catalog.directory.DirectoryViews$MetroView(m.id, m.name, m.districtId, m.lineColor)"
                + " from MetroStation m where lower(m.name) like :q escape '\\' order by m.name, m.id",
            MetroView.class)
        .setParameter("q", "%" + escapeLike(query.toLowerCase(Locale.ROOT)) + "%")
        .setMaxResults(SEARCH_LIMIT)
        .getResultList();
  }

  public static String escapeLike(String s) {
    return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
