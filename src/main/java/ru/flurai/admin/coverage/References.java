package ru.flurai.admin.coverage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import ru.flurai.platform.domain.Conflict;

/**
 * What still points at a directory entry. A delete that is still referenced is refused with 409 and
 * a detail that says what is in the way, so the admin knows what to move or delete first;
 * soft-deleted sellers count too, because restoring them would otherwise lose their location.
 */
@ApplicationScoped
public class References {
  @PersistenceContext(unitName = "primary")
  EntityManager db;

  public void requireNoneForCity(long cityId, String name) {
    refuseIf(
        "город «" + name + "»",
        part("районы", count("select count(*) from districts where city_id = ?1", cityId)),
        part(
            "станции метро",
            count("select count(*) from metro_stations where city_id = ?1", cityId)),
        part("продавцы", count("select count(*) from sellers where city_id = ?1", cityId)),
        part("покупатели", count("select count(*) from users where city_id = ?1", cityId)));
  }

  public void requireNoneForDistrict(long districtId, String name) {
    refuseIf(
        "район «" + name + "»",
        part(
            "станции метро",
            count("select count(*) from metro_stations where district_id = ?1", districtId)),
        part("продавцы", count("select count(*) from sellers where district_id = ?1", districtId)),
        part("покупатели", count("select count(*) from users where district_id = ?1", districtId)));
  }

  public void requireNoneForMetro(long metroId, String name) {
    refuseIf(
        "станцию «" + name + "»",
        part("продавцы", count("select count(*) from sellers where metro_id = ?1", metroId)));
  }

  private long count(String sql, long id) {
    return CoverageViews.count(db.createNativeQuery(sql).setParameter(1, id).getSingleResult());
  }

  private static String part(String what, long n) {
    return n == 0 ? null : what + " (" + n + ")";
  }

  private static void refuseIf(String what, String... parts) {
    List<String> present = new ArrayList<>();
    for (String p : parts) {
      if (p != null) {
        present.add(p);
      }
    }
    if (!present.isEmpty()) {
      throw new Conflict(
          "Нельзя удалить "
              + what
              + ": остались связанные записи — "
              + String.join(", ", present)
              + ". Сначала удалите или перенесите их");
    }
  }
}
