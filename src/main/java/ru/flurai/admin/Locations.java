package ru.flurai.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import ru.flurai.catalog.directory.City;
import ru.flurai.catalog.directory.District;
import ru.flurai.catalog.directory.MetroStation;
import ru.flurai.platform.domain.Invalid;

/**
 * Checks a seller's city, district and metro station against the directories (joins the caller's
 * transaction).
 */
@ApplicationScoped
public class Locations {
  @PersistenceContext(unitName = "primary")
  EntityManager db;

  /** Where a shop is; the city follows from the district when only the district is given. */
  public record Place(Long cityId, Long districtId, Long metroId) {}

  public Place check(Long cityId, Long districtId, Long metroId) {
    Long city = cityId;
    if (city != null && db.find(City.class, city) == null) {
      throw new Invalid("Город с ID " + city + " не найден");
    }
    if (districtId != null) {
      District district = db.find(District.class, districtId);
      if (district == null) {
        throw new Invalid("Район с ID " + districtId + " не найден");
      }
      if (city != null && !city.equals(district.cityId())) {
        throw new Invalid("Район с ID " + districtId + " не относится к городу с ID " + city);
      }
      city = district.cityId();
    }
    if (metroId != null && db.find(MetroStation.class, metroId) == null) {
      throw new Invalid("Станция метро с ID " + metroId + " не найдена");
    }
    return new Place(city, districtId, metroId);
  }

  /** The district's city, for a district that {@link #check} accepted. */
  public Long cityOf(Long districtId) {
    return districtId == null ? null : db.find(District.class, districtId).cityId();
  }
}
