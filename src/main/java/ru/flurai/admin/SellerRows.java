package ru.flurai.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import ru.flurai.catalog.shop.ShopRecord;
import ru.flurai.catalog.shop.Shops;
import ru.flurai.identity.User;
import ru.flurai.ordering.order.OpenOrders;

/**
 * The admin's seller list, search and detail, read from the primary (the admin reads back what it
 * just wrote): the shops from the Shop aggregate ({@link Shops}), their owners' users rows, and
 * their open orders; three queries whatever the number of sellers.
 */
@ApplicationScoped
public class SellerRows {
  @PersistenceContext(unitName = "primary")
  EntityManager db;

  @Inject Shops shops;
  @Inject OpenOrders openOrders;

  public List<SellerRow> all(boolean includeDeleted) {
    return rows(shops.records(includeDeleted));
  }

  /**
   * Case-insensitive substring of the owner's name; LIKE wildcards in the query are taken
   * literally.
   */
  public List<SellerRow> search(String fio, boolean includeDeleted) {
    String q = fio == null ? "" : fio.strip().toLowerCase(Locale.ROOT);
    Set<Long> named =
        new HashSet<>(
            db.createQuery(
                    "select u.tgId from User u where lower(u.fio) like :q escape '\\'", Long.class)
                .setParameter("q", "%" + escapeLike(q) + "%")
                .getResultList());
    return rows(
        shops.records(includeDeleted).stream().filter(s -> named.contains(s.sellerId())).toList());
  }

  public Optional<SellerRow> one(long sellerId) {
    return shops
        .record(sellerId)
        .map(
            s ->
                SellerRow.of(
                    s,
                    db.find(User.class, sellerId),
                    openOrders
                        .of(List.of(sellerId))
                        .getOrDefault(sellerId, OpenOrders.Counts.NONE)));
  }

  private List<SellerRow> rows(List<ShopRecord> shopRows) {
    if (shopRows.isEmpty()) {
      return List.of();
    }
    List<Long> ids = shopRows.stream().map(ShopRecord::sellerId).toList();
    Map<Long, User> owners =
        db.createQuery("select u from User u where u.tgId in :ids", User.class)
            .setParameter("ids", ids)
            .getResultStream()
            .collect(Collectors.toMap(User::tgId, Function.identity()));
    Map<Long, OpenOrders.Counts> open = openOrders.of(ids);
    return shopRows.stream()
        .filter(s -> owners.containsKey(s.sellerId()))
        .map(
            s ->
                SellerRow.of(
                    s,
                    owners.get(s.sellerId()),
                    open.getOrDefault(s.sellerId(), OpenOrders.Counts.NONE)))
        .toList();
  }

  static String escapeLike(String s) {
    return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
