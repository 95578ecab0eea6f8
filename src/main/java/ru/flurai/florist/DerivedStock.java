package ru.flurai.florist;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import ru.flurai.catalog.ShopChanged;
import ru.flurai.catalog.product.Stock;
import ru.flurai.catalog.product.Stock.BouquetBacked;

/**
 * The stock of bouquet-backed products, derived from the flowers (LATER.md §7.4, PRODUCT.md §8.7):
 * free stems (on hand in unexpired batches, minus what sold orders will take) shared among the
 * shop's bouquet products by {@link Allocation}, never below what carts hold, written through
 * {@link Stock}, the one writer of product stock.
 *
 * <p>Lock order: the shop's product rows first (all of them, in id order, as checkout sells them),
 * then any reception line. Every stock move of this feature that re-derives in its own transaction
 * takes {@link #lock} before touching a line; an order's consumption touches lines only, and its
 * re-derivation runs after its commit.
 */
@ApplicationScoped
public class DerivedStock {
  private static final Logger LOG = Logger.getLogger(DerivedStock.class.getName());

  @Inject Stock stock;
  @Inject FlowerStock flowers;
  @Inject Event<ShopChanged> changed;
  @Inject DerivedStock self;

  /** Locks the shop's products for a derivation later in the caller's transaction. */
  @Transactional(TxType.MANDATORY)
  public void lock(long sellerId) {
    stock.lockBouquetBacked(sellerId);
  }

  /**
   * Re-derives the stock of every bouquet-backed product of the seller, in the caller's
   * transaction; returns the units set per product id.
   */
  @Transactional(TxType.MANDATORY)
  public Map<Long, Integer> sync(long sellerId) {
    List<BouquetBacked> products = stock.lockBouquetBacked(sellerId);
    if (products.isEmpty()) {
      return Map.of();
    }
    // products (locked) first, then the promised orders, then the flowers: a move committed in
    // between is then counted twice (too little offered), never missed
    Map<Long, Integer> promised = flowers.promised(sellerId);
    Map<Long, Map<Long, Integer>> recipes = flowers.recipes(sellerId);
    Map<Long, Integer> usable = flowers.usable(sellerId);
    Map<Long, Long> bouquetOf = new HashMap<>();
    products.forEach(p -> bouquetOf.put(p.productId(), p.bouquetId()));
    Map<Long, Long> free = flowers.free(usable, promised, bouquetOf, recipes);
    Map<Long, Integer> units =
        Allocation.derive(
            free,
            products.stream()
                .map(
                    p ->
                        new Allocation.Wanted(
                            p.productId(),
                            recipes.getOrDefault(p.bouquetId(), Map.of()),
                            p.reserved()))
                .toList());
    Map<Long, Integer> set = new HashMap<>();
    boolean moved = false;
    for (BouquetBacked p : products) {
      int now = stock.derive(p.productId(), units.get(p.productId()));
      set.put(p.productId(), now);
      moved |= now != p.quantity();
    }
    if (moved) {
      changed.fire(new ShopChanged(sellerId));
    }
    return set;
  }

  /** {@link #sync} in a transaction of its own. */
  @Transactional(TxType.REQUIRES_NEW)
  public Map<Long, Integer> syncAlone(long sellerId) {
    return sync(sellerId);
  }

  /**
   * After an order took or gave back flowers (committed), the shop's bouquet products are derived
   * again; a failure is logged and left to the next move or the periodic sync.
   */
  void afterMove(@Observes(during = TransactionPhase.AFTER_SUCCESS) FlowersMoved moved) {
    try {
      self.syncAlone(moved.sellerId());
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "bouquet stock sync failed for seller " + moved.sellerId(), e);
    }
  }
}
