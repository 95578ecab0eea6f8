package ru.flurai.florist;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import ru.flurai.florist.FloristBodies.FlowerCount;
import ru.flurai.florist.FloristBodies.ItemCount;
import ru.flurai.florist.FloristViews.Applied;
import ru.flurai.florist.FloristViews.FlowerCheck;
import ru.flurai.florist.FloristViews.FlowerCheckLine;
import ru.flurai.florist.FloristViews.GlobalInventoryItem;
import ru.flurai.florist.FloristViews.ItemCheck;
import ru.flurai.florist.FloristViews.ItemCheckLine;
import ru.flurai.platform.db.Rows;
import ru.flurai.platform.domain.Invalid;

/**
 * Inventory counts (LATER.md §7.2): per reception (batch by batch) or for all stock (flower by
 * flower). A check shows the differences and changes nothing; an apply sets the counted quantities
 * in one transaction (one bad line and nothing is applied), writes each shortage off as {@code
 * inventory} at its purchase price, and re-derives the bouquet products.
 */
@ApplicationScoped
public class Inventory {
  @PersistenceContext(unitName = "primary")
  EntityManager db;

  @Inject Receptions receptions;
  @Inject Flowers flowers;
  @Inject DerivedStock derived;

  @Transactional
  public ItemCheck checkReception(long sellerId, long receptionId, List<ItemCount> body) {
    receptions.owned(sellerId, receptionId);
    Map<Long, String> names = receptions.flowerNames(sellerId);
    List<ItemCheckLine> lines = new ArrayList<>();
    BigDecimal total = BigDecimal.ZERO;
    for (ItemCount c : distinctItems(body)) {
      ReceptionItem i = itemOf(sellerId, receptionId, c.receptionItemId());
      int actual = counted(c.actualQuantity());
      BigDecimal loss = i.cost(Math.max(0, i.remainingQuantity() - actual));
      total = total.add(loss);
      lines.add(
          new ItemCheckLine(
              i.id(),
              names.get(i.flowerId()),
              i.remainingQuantity(),
              actual,
              actual - i.remainingQuantity(),
              loss));
    }
    return new ItemCheck(lines, total);
  }

  @Transactional
  public Applied applyReception(long sellerId, long receptionId, List<ItemCount> body) {
    derived.lock(sellerId);
    receptions.owned(sellerId, receptionId);
    List<ItemCount> counts = distinctItems(body);
    // validate all, then lock in the one order of every move on lines (flower, first in, id)
    Map<Long, Integer> actual = new TreeMap<>();
    for (ItemCount c : counts) {
      actual.put(c.receptionItemId(), counted(c.actualQuantity()));
    }
    List<Long> ordered =
        Rows.list(
                db,
                "select id from reception_items where reception_id = ?1"
                    + " order by flower_id, arrival_date nulls last, id",
                receptionId)
            .stream()
            .map(r -> r.num("id"))
            .toList();
    for (Long id : actual.keySet()) {
      if (!ordered.contains(id)) {
        throw new Invalid("Позиция " + id + " не относится к этой приёмке");
      }
    }
    List<ReceptionItem> locked = new ArrayList<>();
    for (Long id : ordered) {
      if (actual.containsKey(id)) {
        locked.add(receptions.lockedItem(sellerId, id));
      }
    }
    for (ReceptionItem i : locked) {
      int shortage = i.count(actual.get(i.id()));
      if (shortage > 0) {
        db.persist(
            new WriteOff(sellerId, i.id(), shortage, WriteOff.INVENTORY, null, i.cost(shortage)));
      }
    }
    db.flush();
    derived.sync(sellerId);
    return new Applied(locked.size());
  }

  /** Stems on hand per flower over every batch (expired ones too: they are physically there). */
  @Transactional
  public List<GlobalInventoryItem> all(long sellerId) {
    return Rows.list(
            db,
            "select f.id, f.name, sum(i.remaining_quantity) as total,"
                + " sum(i.remaining_quantity * i.price_per_unit) / sum(i.remaining_quantity) as avg"
                + " from reception_items i join flowers f on f.id = i.flower_id"
                + " where i.seller_id = ?1 and i.remaining_quantity > 0"
                + " group by f.id, f.name order by lower(f.name), f.id",
            sellerId)
        .stream()
        .map(
            r ->
                new GlobalInventoryItem(
                    r.num("id"),
                    r.str("name"),
                    r.integer("total"),
                    r.decimal("avg").setScale(2, RoundingMode.HALF_UP)))
        .toList();
  }

  @Transactional
  public FlowerCheck checkAll(long sellerId, List<FlowerCount> body) {
    Map<Long, GlobalInventoryItem> onHand = onHand(sellerId);
    List<FlowerCheckLine> lines = new ArrayList<>();
    BigDecimal total = BigDecimal.ZERO;
    for (FlowerCount c : distinctFlowers(body)) {
      Flower f = flowers.owned(sellerId, c.flowerId());
      int actual = counted(c.actualQuantity());
      GlobalInventoryItem have = onHand.get(f.id());
      int system = have == null ? 0 : have.totalRemaining();
      BigDecimal price = have == null ? BigDecimal.ZERO : have.avgPrice();
      BigDecimal loss =
          price
              .multiply(BigDecimal.valueOf(Math.max(0, system - actual)))
              .setScale(2, RoundingMode.HALF_UP);
      total = total.add(loss);
      lines.add(new FlowerCheckLine(f.id(), f.name(), system, actual, actual - system, loss));
    }
    return new FlowerCheck(lines, total);
  }

  /**
   * A shortage comes off the oldest batches first (first in first out), a surplus goes onto the
   * newest batch; flowers are applied in id order.
   */
  @Transactional
  public Applied applyAll(long sellerId, List<FlowerCount> body) {
    derived.lock(sellerId);
    Map<Long, Integer> actual = new TreeMap<>();
    for (FlowerCount c : distinctFlowers(body)) {
      actual.put(flowers.owned(sellerId, c.flowerId()).id(), counted(c.actualQuantity()));
    }
    for (Map.Entry<Long, Integer> e : actual.entrySet()) {
      List<ReceptionItem> batches = new ArrayList<>();
      for (Rows.Row r :
          Rows.list(
              db,
              "select id from reception_items where seller_id = ?1 and flower_id = ?2"
                  + " order by arrival_date nulls last, id",
              sellerId,
              e.getKey())) {
        batches.add(receptions.lockedItem(sellerId, r.num("id")));
      }
      int system = batches.stream().mapToInt(ReceptionItem::remainingQuantity).sum();
      int diff = e.getValue() - system;
      if (diff > 0) {
        if (batches.isEmpty()) {
          throw new Invalid(
              "У цветка «"
                  + flowers.owned(sellerId, e.getKey()).name()
                  + "» нет партий: сначала добавьте его в приёмку");
        }
        ReceptionItem newest = batches.get(batches.size() - 1);
        newest.count(newest.remainingQuantity() + diff);
      }
      for (int i = 0; i < batches.size() && diff < 0; i++) {
        ReceptionItem b = batches.get(i);
        int take = Math.min(-diff, b.remainingQuantity());
        if (take > 0) {
          b.count(b.remainingQuantity() - take);
          db.persist(new WriteOff(sellerId, b.id(), take, WriteOff.INVENTORY, null, b.cost(take)));
          diff += take;
        }
      }
    }
    db.flush();
    derived.sync(sellerId);
    return new Applied(actual.size());
  }

  private Map<Long, GlobalInventoryItem> onHand(long sellerId) {
    Map<Long, GlobalInventoryItem> m = new TreeMap<>();
    all(sellerId).forEach(g -> m.put(g.flowerId(), g));
    return m;
  }

  private ReceptionItem itemOf(long sellerId, long receptionId, Long itemId) {
    ReceptionItem i = itemId == null ? null : db.find(ReceptionItem.class, itemId);
    if (i == null || i.sellerId != sellerId || i.receptionId() != receptionId) {
      throw new Invalid("Позиция " + itemId + " не относится к этой приёмке");
    }
    return i;
  }

  private static int counted(Integer actual) {
    if (actual == null || actual < 0 || actual > ReceptionItem.MAX_UNITS) {
      throw new Invalid("Фактическое количество должно быть от 0 до " + ReceptionItem.MAX_UNITS);
    }
    return actual;
  }

  private static List<ItemCount> distinctItems(List<ItemCount> body) {
    Set<Long> seen = new HashSet<>();
    for (ItemCount c : FloristBodies.lines(body)) {
      if (c.receptionItemId() == null) {
        throw new Invalid("Укажите reception_item_id");
      }
      if (!seen.add(c.receptionItemId())) {
        throw new Invalid("Позиция " + c.receptionItemId() + " указана дважды");
      }
    }
    return body;
  }

  private static List<FlowerCount> distinctFlowers(List<FlowerCount> body) {
    Set<Long> seen = new HashSet<>();
    for (FlowerCount c : FloristBodies.lines(body)) {
      if (c.flowerId() == null) {
        throw new Invalid("Укажите flower_id");
      }
      if (!seen.add(c.flowerId())) {
        throw new Invalid("Цветок " + c.flowerId() + " указан дважды");
      }
    }
    return body;
  }
}
