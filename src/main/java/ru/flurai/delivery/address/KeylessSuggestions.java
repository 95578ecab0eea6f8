package ru.flurai.delivery.address;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import ru.flurai.platform.db.Rows;

/**
 * Address suggestions without DaData (PRODUCT.md §8.1): the typed text paired with each district
 * whose name, or one of whose metro stations' names, occurs in it (or contains it), or with every
 * district when none matches; each has {@code city_district} set, so the zone check and the
 * checkout work. The districts are those of the city with the given KLADR id, else of every city.
 */
@ApplicationScoped
public class KeylessSuggestions {
  static final int MAX = 100;

  @PersistenceContext(unitName = "replica")
  EntityManager db;

  public List<AddressSuggestion> suggest(String query, String kladrId) {
    String typed = query.strip();
    String q = typed.toLowerCase(Locale.ROOT);
    List<Rows.Row> rows =
        Rows.list(
            db,
            "select d.id, d.name, c.name as city,"
                + " (position(lower(d.name) in ?1) > 0 or position(?1 in lower(d.name)) > 0"
                + " or exists (select 1 from metro_stations m where m.district_id = d.id"
                + " and (position(lower(m.name) in ?1) > 0 or position(?1 in lower(m.name)) > 0)))"
                + " as hit"
                + " from districts d join cities c on c.id = d.city_id"
                + " where (?2 = '' or c.kladr_id = ?2)"
                + " order by c.id, d.name, d.id limit 2000",
            q,
            kladrId == null ? "" : kladrId);
    List<Rows.Row> hits = rows.stream().filter(r -> r.flag("hit")).toList();
    List<AddressSuggestion> out = new ArrayList<>();
    for (Rows.Row r : hits.isEmpty() ? rows : hits) {
      if (out.size() == MAX) {
        break;
      }
      String district = r.str("name");
      out.add(
          new AddressSuggestion(
              typed + ", " + district, null, null, r.str("city"), district, null, null, null));
    }
    return out;
  }
}
