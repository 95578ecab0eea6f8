package ru.flurai.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import ru.flurai.catalog.ShopChanged;
import ru.flurai.catalog.shop.ShopRecord;
import ru.flurai.catalog.shop.Shops;
import ru.flurai.platform.db.Rows;
import ru.flurai.platform.domain.Conflict;
import ru.flurai.platform.domain.Invalid;
import ru.flurai.platform.domain.NotFound;

/**
 * A seller's delivery zones (LATER.md §3.2): list, create, change, delete. Districts resolve within
 * the seller's city only (PRODUCT.md §8.1); another seller's zone is not found. Every change
 * refreshes the shop's catalogue entries (its minimum delivery price and the free-delivery filter
 * follow the zones).
 */
@ApplicationScoped
public class DeliveryZones {
  static final String NOT_FOUND = "Зона доставки не найдена";
  static final int MAX_ZONES = 100;

  @PersistenceContext(unitName = "primary")
  EntityManager db;

  @Inject Shops shops;
  @Inject Event<ShopChanged> shopChanged;

  public List<ZoneView> of(long sellerId) {
    return db
        .createQuery(
            "select z from DeliveryZone z where z.sellerId = :s order by z.priority desc, z.id",
            DeliveryZone.class)
        .setParameter("s", sellerId)
        .getResultList()
        .stream()
        .map(ZoneView::of)
        .toList();
  }

  /** The seller's active zones, as pricing reads them. */
  List<DeliveryRules.Zone> active(long sellerId) {
    return db
        .createQuery(
            "select z from DeliveryZone z where z.sellerId = :s and z.active = true",
            DeliveryZone.class)
        .setParameter("s", sellerId)
        .getResultList()
        .stream()
        .map(z -> new DeliveryRules.Zone(z.id(), z.terms()))
        .toList();
  }

  @Transactional
  public ZoneView create(long sellerId, JsonObject body) {
    ZoneTerms terms = ZoneFields.created(body);
    requireInCity(sellerId, terms.districtIds());
    long count =
        db.createQuery("select count(z) from DeliveryZone z where z.sellerId = :s", Long.class)
            .setParameter("s", sellerId)
            .getSingleResult();
    if (count >= MAX_ZONES) {
      throw new Conflict("У магазина не может быть больше " + MAX_ZONES + " зон доставки");
    }
    DeliveryZone zone = new DeliveryZone(sellerId, terms);
    db.persist(zone);
    db.flush();
    shopChanged.fire(new ShopChanged(sellerId));
    return ZoneView.of(zone);
  }

  @Transactional
  public ZoneView change(long sellerId, long zoneId, JsonObject body) {
    DeliveryZone zone = find(sellerId, zoneId);
    ZoneTerms terms = ZoneFields.changed(zone.terms(), body);
    requireInCity(sellerId, terms.districtIds());
    zone.apply(terms);
    db.flush();
    shopChanged.fire(new ShopChanged(sellerId));
    return ZoneView.of(zone);
  }

  @Transactional
  public void delete(long sellerId, long zoneId) {
    db.remove(find(sellerId, zoneId));
    db.flush();
    shopChanged.fire(new ShopChanged(sellerId));
  }

  /**
   * At seller creation (LATER.md §3.7), in the creation's transaction: a zone named after the
   * seller's district, with that one district, at the shop's delivery price.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public ZoneView createFor(long sellerId, long districtId, BigDecimal price) {
    String name =
        Rows.first(db, "select name from districts where id = ?1", districtId)
            .map(r -> r.str("name"))
            .orElse("Зона доставки");
    ZoneTerms terms = ZoneTerms.of(name, Set.of(districtId), price, null, null, true, 0);
    requireInCity(sellerId, terms.districtIds());
    DeliveryZone zone = new DeliveryZone(sellerId, terms);
    db.persist(zone);
    db.flush();
    return ZoneView.of(zone);
  }

  private DeliveryZone find(long sellerId, long zoneId) {
    DeliveryZone zone = db.find(DeliveryZone.class, zoneId);
    if (zone == null || zone.sellerId() != sellerId) {
      throw new NotFound(NOT_FOUND);
    }
    return zone;
  }

  /** Every district must be one of the seller's city (the old code took any id, of any city). */
  private void requireInCity(long sellerId, Set<Long> districtIds) {
    Long city = shops.record(sellerId).map(ShopRecord::cityId).orElse(null);
    if (city == null) {
      throw new Invalid("Укажите город в настройках магазина, чтобы выбрать районы");
    }
    Set<Long> known = new TreeSet<>();
    Rows.list(
            db,
            "select id from districts where city_id = ?1 and id = any (?2)",
            city,
            districtIds.toArray(Long[]::new))
        .forEach(r -> known.add(r.num("id")));
    for (Long id : districtIds) {
      if (!known.contains(id)) {
        throw new Invalid("Район с ID " + id + " не найден в городе магазина");
      }
    }
  }
}
