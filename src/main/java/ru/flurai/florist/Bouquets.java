package ru.flurai.florist;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import ru.flurai.florist.FloristBodies.BouquetBody;
import ru.flurai.florist.FloristBodies.RecipeItem;
import ru.flurai.florist.FloristViews.BouquetDetail;
import ru.flurai.florist.FloristViews.BouquetFigures;
import ru.flurai.florist.FloristViews.RecipeLine;
import ru.flurai.florist.FloristViews.Shortage;
import ru.flurai.platform.db.Rows;
import ru.flurai.platform.domain.Conflict;
import ru.flurai.platform.domain.Invalid;
import ru.flurai.platform.domain.NotFound;

/**
 * Bouquet recipes (flowers and stems, packaging cost) and their figures: cost at the average
 * purchase price of the stems on hand, and how many can be assembled from the free stems. A recipe
 * may name flowers that are out of stock (LATER.md §7.6); every flower must be the seller's own.
 */
@ApplicationScoped
public class Bouquets {
  public static final String NOT_FOUND = "Букет не найден";
  static final int MAX_STEMS = 10_000;

  @PersistenceContext(unitName = "primary")
  EntityManager db;

  @Inject Flowers flowers;
  @Inject FlowerStock stock;
  @Inject DerivedStock derived;

  @Transactional
  public List<BouquetDetail> list(long sellerId) {
    Figures f = figures(sellerId);
    return db
        .createQuery(
            "select b from Bouquet b where b.sellerId = :seller order by b.id desc", Bouquet.class)
        .setParameter("seller", sellerId)
        .getResultList()
        .stream()
        .map(f::detail)
        .toList();
  }

  @Transactional
  public BouquetDetail create(long sellerId, BouquetBody body) {
    Bouquet b = new Bouquet(sellerId);
    return save(sellerId, b, body, true);
  }

  /** Replaces name, packaging and every line; the products it backs are derived again. */
  @Transactional
  public BouquetDetail update(long sellerId, long bouquetId, BouquetBody body) {
    derived.lock(sellerId);
    return save(sellerId, owned(sellerId, bouquetId), body, false);
  }

  /** A bouquet that backs a product stays (409) until the product is unlinked or deleted. */
  @Transactional
  public void delete(long sellerId, long bouquetId) {
    Bouquet b = owned(sellerId, bouquetId);
    boolean linked =
        Rows.one(
                db,
                "select exists (select 1 from products where bouquet_id = ?1) as linked",
                bouquetId)
            .flag("linked");
    if (linked) {
      throw new Conflict("Букет привязан к товару: сначала отвяжите его от товара");
    }
    db.remove(b);
  }

  /** Refuses a bouquet that is not the seller's (404 {@code Букет не найден}). */
  @Transactional
  public void requireOwned(long sellerId, long bouquetId) {
    owned(sellerId, bouquetId);
  }

  /** Cost price (flowers + packaging) and assemblable count of one of the seller's bouquets. */
  @Transactional
  public BouquetFigures figuresOf(long sellerId, long bouquetId) {
    BouquetDetail d = figures(sellerId).detail(owned(sellerId, bouquetId));
    return new BouquetFigures(d.id(), d.totalPrice(), d.canAssembleCount());
  }

  /**
   * Per bouquet id, the recipe flowers the stems on hand lack for one bouquet (the product editor's
   * {@code stock_shortage}); bouquets lacking nothing are absent.
   */
  @Transactional
  public Map<Long, List<Shortage>> shortages(long sellerId) {
    Map<Long, Integer> usable = stock.usable(sellerId);
    Map<Long, String> names = names(sellerId);
    Map<Long, List<Shortage>> out = new HashMap<>();
    stock
        .recipes(sellerId)
        .forEach(
            (bouquet, recipe) ->
                recipe.forEach(
                    (flower, need) -> {
                      int have = usable.getOrDefault(flower, 0);
                      if (have < need) {
                        out.computeIfAbsent(bouquet, k -> new ArrayList<>())
                            .add(new Shortage(names.get(flower), need, have, need - have));
                      }
                    }));
    return out;
  }

  private BouquetDetail save(long sellerId, Bouquet b, BouquetBody body, boolean fresh) {
    BouquetBody in = FloristBodies.required(body);
    b.describe(in.name(), in.packagingCost());
    Map<Long, Integer> recipe = recipe(sellerId, in.items());
    if (fresh) {
      db.persist(b);
    }
    db.flush();
    db.createNativeQuery("delete from bouquet_items where bouquet_id = ?1")
        .setParameter(1, b.id())
        .executeUpdate();
    recipe.forEach(
        (flower, stems) ->
            db.createNativeQuery(
                    "insert into bouquet_items (bouquet_id, flower_id, quantity) values (?1, ?2, ?3)")
                .setParameter(1, b.id())
                .setParameter(2, flower)
                .setParameter(3, stems)
                .executeUpdate());
    if (!fresh) {
      derived.sync(sellerId);
    }
    return figures(sellerId).detail(b);
  }

  /** The recipe as flower id → stems (a flower named twice adds up), every flower the seller's. */
  private Map<Long, Integer> recipe(long sellerId, List<RecipeItem> items) {
    if (items == null || items.isEmpty()) {
      throw new Invalid("Добавьте в букет хотя бы один цветок");
    }
    Map<Long, Integer> recipe = new TreeMap<>();
    for (RecipeItem i : items) {
      if (i == null || i.flowerId() == null) {
        throw new Invalid("Укажите цветок для каждой позиции букета");
      }
      if (i.quantity() == null || i.quantity() < 1 || i.quantity() > MAX_STEMS) {
        throw new Invalid("Количество цветка в букете должно быть от 1 до " + MAX_STEMS);
      }
      flowers.owned(sellerId, i.flowerId());
      recipe.merge(i.flowerId(), i.quantity(), Integer::sum);
      if (recipe.get(i.flowerId()) > MAX_STEMS) {
        throw new Invalid("Количество цветка в букете должно быть от 1 до " + MAX_STEMS);
      }
    }
    return recipe;
  }

  private Bouquet owned(long sellerId, long bouquetId) {
    Bouquet b = db.find(Bouquet.class, bouquetId);
    if (b == null || b.sellerId != sellerId) {
      throw new NotFound(NOT_FOUND);
    }
    return b;
  }

  private Map<Long, String> names(long sellerId) {
    Map<Long, String> names = new HashMap<>();
    for (Rows.Row r :
        Rows.list(db, "select id, name from flowers where seller_id = ?1", sellerId)) {
      names.put(r.num("id"), r.str("name"));
    }
    return names;
  }

  /** Everything a bouquet's figures need, read once per request. */
  Figures figures(long sellerId) {
    Map<Long, Map<Long, Integer>> recipes = stock.recipes(sellerId);
    Map<Long, Long> bouquetOf = new HashMap<>();
    for (Rows.Row r :
        Rows.list(
            db,
            "select id, bouquet_id from products where seller_id = ?1 and bouquet_id is not null"
                + " and not is_preorder",
            sellerId)) {
      bouquetOf.put(r.num("id"), r.num("bouquet_id"));
    }
    Map<Long, Long> free =
        stock.free(stock.usable(sellerId), stock.promised(sellerId), bouquetOf, recipes);
    return new Figures(recipes, free, stock.averagePrices(sellerId), names(sellerId));
  }

  record Figures(
      Map<Long, Map<Long, Integer>> recipes,
      Map<Long, Long> free,
      Map<Long, BigDecimal> prices,
      Map<Long, String> names) {
    BouquetDetail detail(Bouquet b) {
      Map<Long, Integer> recipe = recipes.getOrDefault(b.id(), Map.of());
      BigDecimal cost = BigDecimal.ZERO;
      List<RecipeLine> lines = new ArrayList<>();
      for (Map.Entry<Long, Integer> e : recipe.entrySet()) {
        cost =
            cost.add(
                prices
                    .getOrDefault(e.getKey(), BigDecimal.ZERO)
                    .multiply(BigDecimal.valueOf(e.getValue())));
        lines.add(new RecipeLine(e.getKey(), names.get(e.getKey()), e.getValue()));
      }
      cost = cost.setScale(2, RoundingMode.HALF_UP);
      int can = Allocation.assemblable(free, recipe);
      return new BouquetDetail(
          b.id(),
          b.name(),
          b.packagingCost(),
          cost,
          cost.add(b.packagingCost()),
          lines,
          can,
          can >= 1);
    }
  }
}
