package ru.flurai.florist;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.sql.Date;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import ru.flurai.platform.db.Rows;

/**
 * Orders take the flowers of their bouquet products, first in first out by batch, and give them
 * back to the same batches (PRODUCT.md §8.7). Every stem moved is a ledger row ({@code
 * flower_consumptions}), so a cancel or reject returns exactly what the order took, once.
 *
 * <p>Ordering calls this in its own transaction: {@link #consumeFor} when the seller accepts (and,
 * for preorders, when one becomes active), {@link #giveBackFor} when an order is rejected or
 * cancelled. Batches are locked in one order everywhere (flower id, arrival, id), so two orders
 * racing for the last stems wait for each other: the first takes them, the second finds too few and
 * is refused with {@link FlowersShort} (409) before it writes anything, so the caller's transaction
 * is left as it was.
 */
@ApplicationScoped
@Transactional(TxType.MANDATORY)
public class Consumption {
  @PersistenceContext(unitName = "primary")
  EntityManager db;

  @Inject FlowerStock stock;
  @Inject Event<FlowersMoved> moved;

  private record Need(long flowerId, String flower, String bouquet, long stems) {}

  /**
   * Takes the flowers of the order's bouquet-backed lines (per the bouquets' current recipes).
   * Idempotent: an order that holds flowers already takes none again; an order without bouquet
   * products takes nothing. Refused with {@link FlowersShort} (nothing written) when a flower is
   * short.
   */
  public void consumeFor(long orderId) {
    lockOrder(orderId);
    if (holds(orderId)) {
      return;
    }
    List<Rows.Row> lines =
        Rows.list(
            db,
            "select o.seller_id, bi.flower_id, f.name as flower, b.name as bouquet,"
                + " sum(oi.quantity * bi.quantity) as stems"
                + " from orders o join order_items oi on oi.order_id = o.id"
                + " join products p on p.id = oi.product_id"
                + " join bouquets b on b.id = p.bouquet_id and b.seller_id = o.seller_id"
                + " join bouquet_items bi on bi.bouquet_id = b.id"
                + " join flowers f on f.id = bi.flower_id"
                + " where o.id = ?1 group by o.seller_id, bi.flower_id, f.name, b.id, b.name"
                + " order by bi.flower_id, b.id",
            orderId);
    if (lines.isEmpty()) {
      return;
    }
    long sellerId = lines.get(0).num("seller_id");
    Map<Long, List<Need>> needs = new TreeMap<>();
    for (Rows.Row r : lines) {
      needs
          .computeIfAbsent(r.num("flower_id"), k -> new ArrayList<>())
          .add(new Need(r.num("flower_id"), r.str("flower"), r.str("bouquet"), r.num("stems")));
    }
    // lock every batch first and check every flower: a refusal writes nothing
    Map<Long, List<ReceptionItem>> batches = new LinkedHashMap<>();
    for (Map.Entry<Long, List<Need>> e : needs.entrySet()) {
      List<ReceptionItem> locked = lockUsable(sellerId, e.getKey());
      long have = locked.stream().mapToLong(ReceptionItem::remainingQuantity).sum();
      long need = e.getValue().stream().mapToLong(Need::stems).sum();
      if (have < need) {
        Need first = e.getValue().get(0);
        throw new FlowersShort(first.bouquet(), first.flower(), need, have);
      }
      batches.put(e.getKey(), locked);
    }
    for (Map.Entry<Long, List<Need>> e : needs.entrySet()) {
      long left = e.getValue().stream().mapToLong(Need::stems).sum();
      for (ReceptionItem b : batches.get(e.getKey())) {
        int take = (int) Math.min(left, b.remainingQuantity());
        if (take > 0) {
          b.consume(take);
          db.createNativeQuery(
                  "insert into flower_consumptions"
                      + " (order_id, seller_id, reception_item_id, flower_id, quantity, amount)"
                      + " values (?1, ?2, ?3, ?4, ?5, ?6)")
              .setParameter(1, orderId)
              .setParameter(2, sellerId)
              .setParameter(3, b.id())
              .setParameter(4, e.getKey())
              .setParameter(5, take)
              .setParameter(6, b.cost(take))
              .executeUpdate();
          left -= take;
        }
      }
    }
    db.flush();
    moved.fire(new FlowersMoved(sellerId));
  }

  /**
   * Puts back what the order took, into the batches it came from, and marks the ledger rows
   * returned (a second call returns nothing). Batches deleted since are skipped (their rows go with
   * them). The shop's bouquet products are derived again after the commit.
   */
  public void giveBackFor(long orderId) {
    lockOrder(orderId);
    List<Rows.Row> rows =
        Rows.list(
            db,
            "select c.id, c.seller_id, c.reception_item_id, c.quantity, c.amount"
                + " from flower_consumptions c join reception_items i on i.id = c.reception_item_id"
                + " where c.order_id = ?1 and c.returned_at is null"
                + " order by i.flower_id, i.arrival_date nulls last, i.id, c.id for update of c",
            orderId);
    Long sellerId = null;
    for (Rows.Row r : rows) {
      ReceptionItem b = lockedBatch(r.num("reception_item_id"));
      b.giveBack(r.integer("quantity"), r.decimal("amount"));
      db.createNativeQuery("update flower_consumptions set returned_at = now() where id = ?1")
          .setParameter(1, r.num("id"))
          .executeUpdate();
      sellerId = r.num("seller_id");
    }
    if (sellerId == null) {
      sellerId =
          Rows.first(db, "select seller_id from orders where id = ?1", orderId)
              .map(r -> r.optNum("seller_id"))
              .orElse(null);
    }
    db.flush();
    if (sellerId != null) {
      moved.fire(new FlowersMoved(sellerId));
    }
  }

  /** Whether the order holds flowers now (taken and not given back). */
  public boolean holds(long orderId) {
    return Rows.one(
            db,
            "select exists (select 1 from flower_consumptions where order_id = ?1"
                + " and returned_at is null) as holds",
            orderId)
        .flag("holds");
  }

  /**
   * The order's row, locked (ordering's moves hold it already): two calls for one order run one
   * after the other, and the second sees what the first did.
   */
  private void lockOrder(long orderId) {
    Rows.list(db, "select id from orders where id = ?1 for update", orderId);
  }

  /** The flower's unexpired batches with stems on hand, locked, first in first out. */
  private List<ReceptionItem> lockUsable(long sellerId, long flowerId) {
    List<ReceptionItem> out = new ArrayList<>();
    for (Rows.Row r :
        Rows.list(
            db,
            "select id from reception_items where seller_id = ?1 and flower_id = ?2"
                + " and remaining_quantity > 0"
                + " and (arrival_date is null or arrival_date + shelf_life_days >= ?3)"
                + " order by arrival_date nulls last, id for update",
            sellerId,
            flowerId,
            Date.valueOf(stock.today()))) {
      ReceptionItem b = lockedBatch(r.num("id"));
      if (b != null && b.remainingQuantity() > 0) {
        out.add(b);
      }
    }
    return out;
  }

  private ReceptionItem lockedBatch(long id) {
    ReceptionItem b = db.find(ReceptionItem.class, id);
    if (b != null) {
      db.refresh(b);
    }
    return b;
  }
}
