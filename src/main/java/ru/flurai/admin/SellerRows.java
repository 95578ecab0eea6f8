package ru.flurai.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import ru.flurai.identity.User;

/** The admin's seller list, search and detail, read from the primary (the admin reads back what it just wrote). */
@ApplicationScoped
public class SellerRows {
  private static final String SELECT = "select s, u from ManagedSeller s, User u where u.tgId = s.sellerId";
  private static final String ORDER = " order by s.sellerId";

  @PersistenceContext(unitName = "primary")
  EntityManager db;

  public List<SellerRow> all(boolean includeDeleted) {
    return rows(db.createQuery(SELECT + (includeDeleted ? "" : " and s.deletedAt is null") + ORDER,
        Object[].class).getResultList());
  }

  /** Case-insensitive substring of the owner's name; LIKE wildcards in the query are taken literally. */
  public List<SellerRow> search(String fio, boolean includeDeleted) {
    String q = fio == null ? "" : fio.strip().toLowerCase(Locale.ROOT);
    return rows(db.createQuery(SELECT + " and lower(u.fio) like :q escape '\\'"
            + (includeDeleted ? "" : " and s.deletedAt is null") + ORDER, Object[].class)
        .setParameter("q", "%" + escapeLike(q) + "%")
        .getResultList());
  }

  public Optional<SellerRow> one(long sellerId) {
    ManagedSeller s = db.find(ManagedSeller.class, sellerId);
    return s == null ? Optional.empty() : Optional.of(SellerRow.of(s, db.find(User.class, sellerId)));
  }

  private static List<SellerRow> rows(List<Object[]> pairs) {
    return pairs.stream().map(p -> SellerRow.of((ManagedSeller) p[0], (User) p[1])).toList();
  }

  static String escapeLike(String s) {
    return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
