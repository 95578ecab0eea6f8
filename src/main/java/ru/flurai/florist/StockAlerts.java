package ru.flurai.florist;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.util.List;
import ru.flurai.florist.FloristViews.Alerts;
import ru.flurai.florist.FloristViews.ExpiringItem;
import ru.flurai.florist.FloristViews.LowStockBouquet;
import ru.flurai.platform.db.Rows;

/**
 * The dashboard's stock alerts (API.md §6 {@code dashboard/alerts}): bouquets that can be assembled
 * at most twice (none included), and batches with stems on hand that expire within two days (or
 * have expired), soonest first.
 */
@ApplicationScoped
public class StockAlerts {
  static final int LOW = 2;
  static final int SOON_DAYS = 2;

  @PersistenceContext(unitName = "primary")
  EntityManager db;

  @Inject Bouquets bouquets;
  @Inject FlowerStock stock;

  @Transactional
  public Alerts of(long sellerId) {
    List<LowStockBouquet> low =
        bouquets.list(sellerId).stream()
            .filter(b -> b.canAssembleCount() <= LOW)
            .map(b -> new LowStockBouquet(b.id(), b.name(), b.canAssembleCount()))
            .toList();
    List<ExpiringItem> expiring =
        Rows.list(
                db,
                "select r.id as reception_id, r.name as reception_name, f.name as flower_name,"
                    + " (i.arrival_date + i.shelf_life_days) - ?2 as days_left,"
                    + " i.remaining_quantity from reception_items i"
                    + " join receptions r on r.id = i.reception_id"
                    + " join flowers f on f.id = i.flower_id"
                    + " where i.seller_id = ?1 and i.remaining_quantity > 0"
                    + " and i.arrival_date is not null"
                    + " and (i.arrival_date + i.shelf_life_days) - ?2 <= ?3"
                    + " order by days_left, i.id",
                sellerId,
                Date.valueOf(stock.today()),
                SOON_DAYS)
            .stream()
            .map(
                r ->
                    new ExpiringItem(
                        r.num("reception_id"),
                        r.str("reception_name"),
                        r.str("flower_name"),
                        r.integer("days_left"),
                        r.integer("remaining_quantity")))
            .toList();
    return new Alerts(low, expiring);
  }
}
