package ru.flurai.florist;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import ru.flurai.platform.config.FluraiConfig;
import ru.flurai.platform.db.Rows;

/**
 * What the seller's flowers amount to: stems on hand per flower (unexpired batches only, LATER.md
 * §7.6), stems promised to orders that were sold but have not taken their flowers yet, average
 * purchase prices, and the recipes. Reads only, in the caller's transaction when there is one.
 */
@ApplicationScoped
public class FlowerStock {
  @PersistenceContext(unitName = "primary")
  EntityManager db;

  @Inject FluraiConfig config;

  /** Today's date in SHOP_TIMEZONE: the calendar that shelf lives count in. */
  public LocalDate today() {
    return LocalDate.now(config.shopTimezone());
  }

  /** Stems on hand per flower id, in batches that have not expired. */
  Map<Long, Integer> usable(long sellerId) {
    Map<Long, Integer> out = new HashMap<>();
    for (Rows.Row r :
        Rows.list(
            db,
            "select flower_id, sum(remaining_quantity) as stems from reception_items"
                + " where seller_id = ?1 and remaining_quantity > 0"
                + " and (arrival_date is null or arrival_date + shelf_life_days >= ?2)"
                + " group by flower_id",
            sellerId,
            Date.valueOf(today()))) {
      out.put(r.num("flower_id"), (int) Math.min(Integer.MAX_VALUE, r.num("stems")));
    }
    return out;
  }

  /**
   * Units per product id of the seller's orders that are sold (their product stock is gone) but
   * have not taken their flowers: pending orders without consumption rows.
   */
  Map<Long, Integer> promised(long sellerId) {
    Map<Long, Integer> out = new HashMap<>();
    for (Rows.Row r :
        Rows.list(
            db,
            "select oi.product_id, sum(oi.quantity) as units from orders o"
                + " join order_items oi on oi.order_id = o.id"
                + " where o.seller_id = ?1 and o.status = 'pending' and oi.product_id is not null"
                + " and not exists (select 1 from flower_consumptions c where c.order_id = o.id"
                + " and c.returned_at is null)"
                + " group by oi.product_id",
            sellerId)) {
      out.put(r.num("product_id"), (int) Math.min(Integer.MAX_VALUE, r.num("units")));
    }
    return out;
  }

  /** Recipes of the seller's bouquets: bouquet id → (flower id → stems), flowers in id order. */
  Map<Long, Map<Long, Integer>> recipes(long sellerId) {
    Map<Long, Map<Long, Integer>> out = new LinkedHashMap<>();
    for (Rows.Row r :
        Rows.list(
            db,
            "select b.id as bouquet_id, bi.flower_id, bi.quantity from bouquets b"
                + " left join bouquet_items bi on bi.bouquet_id = b.id"
                + " where b.seller_id = ?1 order by b.id, bi.flower_id",
            sellerId)) {
      Map<Long, Integer> recipe =
          out.computeIfAbsent(r.num("bouquet_id"), k -> new LinkedHashMap<>());
      if (r.optNum("flower_id") != null) {
        recipe.put(r.num("flower_id"), r.integer("quantity"));
      }
    }
    return out;
  }

  /**
   * Free stems per flower: on hand minus what sold orders will take (per their product's current
   * recipe); may be negative when a write-off took stems already promised.
   */
  Map<Long, Long> free(
      Map<Long, Integer> usable,
      Map<Long, Integer> promised,
      Map<Long, Long> bouquetOfProduct,
      Map<Long, Map<Long, Integer>> recipes) {
    Map<Long, Long> free = new HashMap<>();
    usable.forEach((f, n) -> free.put(f, (long) n));
    promised.forEach(
        (product, units) -> {
          Long bouquet = bouquetOfProduct.get(product);
          if (bouquet != null) {
            recipes
                .getOrDefault(bouquet, Map.of())
                .forEach((f, q) -> free.merge(f, -(long) q * units, Long::sum));
          }
        });
    return free;
  }

  /**
   * Average purchase price per flower over the stems on hand; a flower with none on hand is priced
   * at its latest batch (so a recipe of out-of-stock flowers still has a cost), else absent.
   */
  Map<Long, BigDecimal> averagePrices(long sellerId) {
    Map<Long, BigDecimal> out = new HashMap<>();
    for (Rows.Row r :
        Rows.list(
            db,
            "select flower_id,"
                + " sum(remaining_quantity * price_per_unit) filter (where remaining_quantity > 0)"
                + " / nullif(sum(remaining_quantity) filter (where remaining_quantity > 0), 0)"
                + " as avg_price,"
                + " (array_agg(price_per_unit order by coalesce(arrival_date, date '2000-01-01') desc,"
                + " id desc))[1] as last_price"
                + " from reception_items where seller_id = ?1 group by flower_id",
            sellerId)) {
      BigDecimal avg = r.decimal("avg_price");
      out.put(
          r.num("flower_id"),
          (avg != null ? avg : r.decimal("last_price")).setScale(2, RoundingMode.HALF_UP));
    }
    return out;
  }
}
