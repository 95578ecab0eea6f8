package ru.flurai.florist;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ru.flurai.florist.FloristBodies.ItemChange;
import ru.flurai.florist.FloristBodies.NewItem;
import ru.flurai.florist.FloristBodies.NewReception;
import ru.flurai.florist.FloristBodies.ReceptionChange;
import ru.flurai.florist.FloristViews.InventoryItem;
import ru.flurai.florist.FloristViews.ItemEdited;
import ru.flurai.florist.FloristViews.ItemRow;
import ru.flurai.florist.FloristViews.ReceptionBrief;
import ru.flurai.florist.FloristViews.ReceptionDetail;
import ru.flurai.florist.FloristViews.ReceptionInventory;
import ru.flurai.platform.db.Rows;
import ru.flurai.platform.domain.Conflict;
import ru.flurai.platform.domain.Invalid;
import ru.flurai.platform.domain.NotFound;

/**
 * Receptions (deliveries) and their lines. A change of what is on hand re-derives the shop's
 * bouquet products in the same transaction ({@link DerivedStock}, products locked first).
 */
@ApplicationScoped
public class Receptions {
  static final String NOT_FOUND = "Приёмка не найдена";
  static final String ITEM_NOT_FOUND = "Позиция не найдена";

  @PersistenceContext(unitName = "primary")
  EntityManager db;

  @Inject Flowers flowers;
  @Inject FlowerStock stock;
  @Inject DerivedStock derived;

  @Transactional
  public List<ReceptionBrief> list(long sellerId) {
    return db
        .createQuery(
            "select r from Reception r where r.sellerId = :seller"
                + " order by r.receptionDate desc nulls last, r.id desc",
            Reception.class)
        .setParameter("seller", sellerId)
        .getResultList()
        .stream()
        .map(ReceptionBrief::of)
        .toList();
  }

  @Transactional
  public ReceptionBrief create(long sellerId, NewReception body) {
    NewReception b = FloristBodies.required(body);
    Reception r =
        new Reception(
            sellerId,
            b.name(),
            FloristBodies.date(b.receptionDate()),
            b.supplier(),
            b.invoiceNumber());
    db.persist(r);
    db.flush();
    return ReceptionBrief.of(r);
  }

  /** Closing, supplier and invoice; null fields stay as they are. */
  @Transactional
  public ReceptionBrief update(long sellerId, long receptionId, ReceptionChange body) {
    ReceptionChange b = FloristBodies.required(body);
    Reception r = owned(sellerId, receptionId);
    if (b.isClosed() != null) {
      r.close(b.isClosed());
    }
    if (b.supplier() != null) {
      r.supplier(b.supplier());
    }
    if (b.invoiceNumber() != null) {
      r.invoice(b.invoiceNumber());
    }
    db.flush();
    return ReceptionBrief.of(r);
  }

  @Transactional
  public ReceptionDetail detail(long sellerId, long receptionId) {
    Reception r = owned(sellerId, receptionId);
    LocalDate today = stock.today();
    Map<Long, String> names = flowerNames(sellerId);
    List<ItemRow> items =
        items(receptionId).stream()
            .map(i -> ItemRow.of(i, names.get(i.flowerId()), today))
            .toList();
    return new ReceptionDetail(
        r.id(), r.name(), r.receptionDate(), r.closed(), r.supplier(), r.invoiceNumber(), items);
  }

  /** A new batch: on hand = its initial quantity; arrival defaults to the reception's date. */
  @Transactional
  public ItemRow addItem(long sellerId, long receptionId, NewItem body) {
    NewItem b = FloristBodies.required(body);
    derived.lock(sellerId);
    Reception r = owned(sellerId, receptionId);
    if (b.flowerId() == null) {
      throw new Invalid("Укажите цветок");
    }
    Flower f = flowers.owned(sellerId, b.flowerId());
    LocalDate arrival = FloristBodies.date(b.arrivalDate());
    if (arrival == null) {
      arrival = r.receptionDate() != null ? r.receptionDate() : stock.today();
    }
    ReceptionItem item =
        new ReceptionItem(
            r, f.id(), b.quantityInitial(), arrival, b.shelfLifeDays(), b.pricePerUnit());
    db.persist(item);
    db.flush();
    derived.sync(sellerId);
    return ItemRow.of(item, f.name(), stock.today());
  }

  /** The panel's edit of a line (allowed on closed receptions too); re-derives the bouquets. */
  @Transactional
  public ItemEdited editItem(long sellerId, long itemId, ItemChange body) {
    ItemChange b = FloristBodies.required(body);
    derived.lock(sellerId);
    ReceptionItem item = lockedItem(sellerId, itemId);
    item.edit(
        b.remainingQuantity(),
        b.quantityInitial(),
        FloristBodies.date(b.arrivalDate()),
        b.shelfLifeDays(),
        b.pricePerUnit());
    db.flush();
    derived.sync(sellerId);
    return ItemEdited.of(item);
  }

  /**
   * A line without history goes; one that was written off or sold stays (409), so the records and
   * an order's way back to it are kept.
   */
  @Transactional
  public void deleteItem(long sellerId, long itemId) {
    derived.lock(sellerId);
    ReceptionItem item = lockedItem(sellerId, itemId);
    boolean used =
        Rows.one(
                db,
                "select exists (select 1 from write_offs where reception_item_id = ?1)"
                    + " or exists (select 1 from flower_consumptions where reception_item_id = ?1)"
                    + " as used",
                itemId)
            .flag("used");
    if (used) {
      throw new Conflict(
          "По позиции уже были списания или продажи: удалить её нельзя, спишите остаток");
    }
    db.remove(item);
    db.flush();
    derived.sync(sellerId);
  }

  @Transactional
  public ReceptionInventory inventory(long sellerId, long receptionId) {
    owned(sellerId, receptionId);
    LocalDate today = stock.today();
    Map<Long, String> names = flowerNames(sellerId);
    return new ReceptionInventory(
        receptionId,
        items(receptionId).stream()
            .map(
                i ->
                    new InventoryItem(
                        i.id(),
                        i.flowerId(),
                        names.get(i.flowerId()),
                        i.remainingQuantity(),
                        i.pricePerUnit(),
                        i.daysLeft(today)))
            .toList());
  }

  /** The seller's reception, or 404. */
  Reception owned(long sellerId, long receptionId) {
    Reception r = db.find(Reception.class, receptionId);
    if (r == null || r.sellerId != sellerId) {
      throw new NotFound(NOT_FOUND);
    }
    return r;
  }

  /** The seller's line, locked for a change and read fresh, or 404. */
  ReceptionItem lockedItem(long sellerId, long itemId) {
    ReceptionItem i = db.find(ReceptionItem.class, itemId);
    if (i == null || i.sellerId != sellerId) {
      throw new NotFound(ITEM_NOT_FOUND);
    }
    // the row as committed now, locked: whatever this persistence context held before is stale
    db.refresh(i, LockModeType.PESSIMISTIC_WRITE);
    return i;
  }

  List<ReceptionItem> items(long receptionId) {
    return db.createQuery(
            "select i from ReceptionItem i where i.receptionId = :r order by i.id",
            ReceptionItem.class)
        .setParameter("r", receptionId)
        .getResultList();
  }

  Map<Long, String> flowerNames(long sellerId) {
    Map<Long, String> names = new HashMap<>();
    for (Rows.Row r :
        Rows.list(db, "select id, name from flowers where seller_id = ?1", sellerId)) {
      names.put(r.num("id"), r.str("name"));
    }
    return names;
  }
}
