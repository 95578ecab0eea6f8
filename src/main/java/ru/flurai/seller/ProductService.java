package ru.flurai.seller;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import ru.flurai.catalog.ShopChanged;
import ru.flurai.catalog.product.Product;
import ru.flurai.platform.domain.Forbidden;
import ru.flurai.platform.domain.NotFound;

/**
 * The seller's products. Every query is scoped to the caller's seller id, so another seller's
 * product is simply "not found" (its existence never leaks).
 */
@ApplicationScoped
public class ProductService {
  static final String NOT_FOUND = "Товар не найден";

  @PersistenceContext(unitName = "primary")
  EntityManager db;

  @Inject Event<ShopChanged> changed;

  @Transactional
  public List<ProductView> list(long sellerId, Boolean preorder) {
    String jpql =
        "select p from Product p where p.sellerId = :seller"
            + (preorder == null ? "" : " and p.preorder = :preorder")
            + " order by p.id";
    var query = db.createQuery(jpql, Product.class).setParameter("seller", sellerId);
    if (preorder != null) {
      query.setParameter("preorder", preorder);
    }
    return query.getResultList().stream().map(ProductView::of).toList();
  }

  @Transactional
  public ProductView create(long sellerId, JsonObject body) {
    JsonFields f = new JsonFields(body);
    Long claimed = f.longInteger("seller_id").orElse(sellerId);
    if (claimed != sellerId) {
      throw new Forbidden("Нельзя создавать товары другого магазина");
    }
    Product p = ProductEdit.create(sellerId, f);
    db.persist(p);
    db.flush();
    changed.fire(new ShopChanged(sellerId));
    return ProductView.of(p);
  }

  @Transactional
  public ProductView update(long sellerId, long productId, JsonObject body) {
    Product p = owned(sellerId, productId);
    ProductEdit.apply(new JsonFields(body), p);
    db.flush();
    changed.fire(new ShopChanged(sellerId));
    return ProductView.of(p);
  }

  /** Carts and favourites holding the product go with it (their foreign keys cascade). */
  @Transactional
  public void delete(long sellerId, long productId) {
    int deleted =
        db.createQuery("delete from Product p where p.id = :id and p.sellerId = :seller")
            .setParameter("id", productId)
            .setParameter("seller", sellerId)
            .executeUpdate();
    if (deleted == 0) {
      throw new NotFound(NOT_FOUND);
    }
    changed.fire(new ShopChanged(sellerId));
  }

  /** Locked, so stock edits and concurrent cart reservations cannot interleave. */
  private Product owned(long sellerId, long productId) {
    List<Product> found =
        db.createQuery(
                "select p from Product p where p.id = :id and p.sellerId = :seller", Product.class)
            .setParameter("id", productId)
            .setParameter("seller", sellerId)
            .setLockMode(LockModeType.PESSIMISTIC_WRITE)
            .getResultList();
    if (found.isEmpty()) {
      throw new NotFound(NOT_FOUND);
    }
    return found.get(0);
  }
}
