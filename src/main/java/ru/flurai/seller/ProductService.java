package ru.flurai.seller;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import ru.flurai.catalog.ShopChanged;
import ru.flurai.catalog.product.Product;
import ru.flurai.florist.Bouquets;
import ru.flurai.florist.DerivedStock;
import ru.flurai.florist.FloristViews.BouquetFigures;
import ru.flurai.florist.FloristViews.Shortage;
import ru.flurai.platform.domain.Forbidden;
import ru.flurai.platform.domain.Invalid;
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
  @Inject Bouquets bouquets;
  @Inject DerivedStock derivedStock;

  /** The answer of {@code POST /seller-web/products/{id}/recalculate} (LATER.md §7.2). */
  public record Recalculated(
      long id,
      String name,
      BigDecimal price,
      BigDecimal costPrice,
      BigDecimal markupPercent,
      int quantity) {}

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
    List<Product> found = query.getResultList();
    Map<Long, List<Shortage>> shortages =
        found.stream().anyMatch(p -> p.bouquetId() != null)
            ? bouquets.shortages(sellerId)
            : Map.of();
    return found.stream()
        .map(
            p ->
                ProductView.of(
                    p,
                    p.bouquetId() == null
                        ? List.of()
                        : new ArrayList<>(shortages.getOrDefault(p.bouquetId(), List.of()))))
        .toList();
  }

  @Transactional
  public ProductView create(long sellerId, JsonObject body) {
    JsonFields f = new JsonFields(body);
    Long claimed = f.longInteger("seller_id").orElse(sellerId);
    if (claimed != sellerId) {
      throw new Forbidden("Нельзя создавать товары другого магазина");
    }
    Product p = ProductEdit.create(sellerId, f);
    p.backBy(bouquetOf(sellerId, f));
    db.persist(p);
    db.flush();
    derive(sellerId, p);
    changed.fire(new ShopChanged(sellerId));
    return ProductView.of(p);
  }

  @Transactional
  public ProductView update(long sellerId, long productId, JsonObject body) {
    JsonFields f = new JsonFields(body);
    boolean stockFields =
        f.present("bouquet_id") || f.present("quantity") || f.present("is_preorder");
    if (stockFields) {
      derivedStock.lock(sellerId); // the shop's products in id order before this one alone
    }
    Product p = owned(sellerId, productId);
    ProductEdit.apply(f, p);
    if (f.present("bouquet_id")) {
      p.backBy(bouquetOf(sellerId, f));
    }
    db.flush();
    if (stockFields) {
      derive(sellerId, p);
    }
    changed.fire(new ShopChanged(sellerId));
    return ProductView.of(p);
  }

  /**
   * A bouquet-backed product's cost price from its bouquet (flowers at their average purchase price
   * plus packaging), its price from the markup when one is set, and its stock from the flowers.
   */
  @Transactional
  public Recalculated recalculate(long sellerId, long productId) {
    derivedStock.lock(sellerId);
    Product p = owned(sellerId, productId);
    if (p.bouquetId() == null) {
      throw new Invalid("Товар не привязан к букету");
    }
    BouquetFigures figures = bouquets.figuresOf(sellerId, p.bouquetId());
    BigDecimal cost = figures.totalPrice();
    p.cost(cost, p.markupPercent());
    if (p.markupPercent() != null && cost.signum() > 0) {
      p.reprice(
          cost.multiply(BigDecimal.ONE.add(p.markupPercent().movePointLeft(2)))
              .setScale(2, RoundingMode.HALF_UP));
    }
    db.flush();
    derive(sellerId, p);
    changed.fire(new ShopChanged(sellerId));
    return new Recalculated(
        p.id(), p.name(), p.price(), p.costPrice(), p.markupPercent(), p.quantity());
  }

  /** {@code bouquet_id} of the body: absent or null is none; another shop's bouquet is a 404. */
  private Long bouquetOf(long sellerId, JsonFields f) {
    Long bouquet = f.longInteger("bouquet_id").orElse(null);
    if (bouquet != null) {
      bouquets.requireOwned(sellerId, bouquet);
    }
    return bouquet;
  }

  /** A bouquet-backed product's stock comes from the flowers, not from the body. */
  private void derive(long sellerId, Product p) {
    if (p.bouquetId() != null) {
      derivedStock.sync(sellerId);
      db.refresh(p);
    }
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
