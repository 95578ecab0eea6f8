package ru.flurai.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import ru.flurai.identity.User;
import ru.flurai.ordering.OpenOrders;

/**
 * The admin's seller list, search and detail, read from the primary (the admin reads back what it
 * just wrote).
 */
@ApplicationScoped
public class SellerRows {
  private static final String SELECT =
      "select s, u from ManagedSeller s, User u where u.tgId = s.sellerId";
  private static final String ORDER = " order by s.sellerId";

  @PersistenceContext(unitName = "primary")
  EntityManager db;

  @Inject OpenOrders openOrders;

  public List<SellerRow> all(boolean includeDeleted) {
    return rows(
        db.createQuery(
                SELECT + (includeDeleted ? "" : " and s.deletedAt is null") + ORDER, Object[].class)
            .getResultList());
  }

  /**
   * Case-insensitive substring of the owner's name; LIKE wildcards in the query are taken
   * literally.
   */
  public List<SellerRow> search(String fio, boolean includeDeleted) {
    String q = fio == null ? "" : fio.strip().toLowerCase(Locale.ROOT);
    return rows(
        db.createQuery(
                SELECT
                    + " and lower(u.fio) like :q escape '\\'"
                    + (includeDeleted ? "" : " and s.deletedAt is null")
                    + ORDER,
                Object[].class)
            .setParameter("q", "%" + escapeLike(q) + "%")
            .getResultList());
  }

  public Optional<SellerRow> one(long sellerId) {
    ManagedSeller s = db.find(ManagedSeller.class, sellerId);
    return s == null
        ? Optional.empty()
        : Optional.of(
            SellerRow.of(
                s,
                db.find(User.class, sellerId),
                openOrders.of(List.of(sellerId)).getOrDefault(sellerId, OpenOrders.Counts.NONE)));
  }

  /** Two queries whatever the number of sellers: the rows, then their open orders. */
  private List<SellerRow> rows(List<Object[]> pairs) {
    Map<Long, OpenOrders.Counts> open =
        openOrders.of(pairs.stream().map(p -> ((ManagedSeller) p[0]).sellerId).toList());
    return pairs.stream()
        .map(
            p ->
                SellerRow.of(
                    (ManagedSeller) p[0],
                    (User) p[1],
                    open.getOrDefault(((ManagedSeller) p[0]).sellerId, OpenOrders.Counts.NONE)))
        .toList();
  }

  static String escapeLike(String s) {
    return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
