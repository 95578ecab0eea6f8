package ru.flurai.ordering.cart;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonString;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ru.flurai.catalog.JsonColumns;
import ru.flurai.catalog.product.Stock;
import ru.flurai.catalog.shop.Shop;
import ru.flurai.identity.Caller;
import ru.flurai.identity.buyer.Buyers;
import ru.flurai.platform.db.Rows;
import ru.flurai.platform.db.Rows.Row;
import ru.flurai.platform.domain.Conflict;
import ru.flurai.platform.domain.Forbidden;
import ru.flurai.platform.domain.Invalid;
import ru.flurai.platform.domain.NotFound;

/** The buyer's cart (API.md §4): every change moves reserved stock in the same transaction. */
@ApplicationScoped
public class Carts {
  static final String EXPIRED = "Резервирование истекло или товар не найден";
  static final String HELD_TOO_LONG =
      "Резервирование больше нельзя продлить: оформите заказ или добавьте товар в корзину заново";
  static final String SHOP_BLOCKED = "Продавец заблокирован";

  @PersistenceContext(unitName = "primary")
  EntityManager db;

  @Inject Reservations reservations;
  @Inject Stock stock;
  @Inject Buyers buyers;
  @Inject PreorderLines preorderLines;

  @Transactional
  public CartViews.Added add(Caller caller, long productId, int quantity) {
    return add(caller, productId, quantity, null);
  }

  /**
   * Adds a product; a preorder product needs {@code preorderDate}, one of the dates the shop offers
   * (LATER.md §2.5), and reserves nothing.
   */
  @Transactional
  public CartViews.Added add(Caller caller, long productId, int quantity, String preorderDate) {
    if (quantity < 1) {
      throw new Invalid("Количество должно быть не меньше 1");
    }
    long buyer = buyers.ensure(caller).tgId();
    Row p =
        Rows.first(
                db,
                "select p.seller_id, p.name, p.price, p.is_preorder, s.is_blocked from products p"
                    + " join sellers s on s.seller_id = p.seller_id where p.id = ?1 and p.is_active"
                    + " and s.deleted_at is null",
                productId)
            .orElseThrow(() -> new NotFound("Product not found"));
    if (p.flag("is_blocked")) {
      throw new Forbidden(SHOP_BLOCKED);
    }
    if (p.flag("is_preorder")) {
      return preorderLines.add(buyer, productId, p, quantity, preorderDate);
    }
    // Cart row before product, as checkout, update and the sweeper take them: the other order
    // deadlocks with a
    // checkout of the same buyer that already holds this row.
    lockedQuantity(buyer, productId);
    int granted = stock.reserveSome(productId, quantity);
    Instant now = Instant.now();
    Row row =
        Rows.one(
            db,
            "insert into cart_items (buyer_id, product_id, seller_id, quantity, name, price, reserved_at)"
                + " values (?1, ?2, ?3, ?4, ?5, ?6, ?7) on conflict (buyer_id, product_id)"
                + " where preorder_delivery_date is null do update set"
                + " quantity = cart_items.quantity + excluded.quantity,"
                + " reserved_at = least(excluded.reserved_at, "
                + reservations.latestReservedAt()
                + ")"
                + " returning quantity, seller_id, reserved_at",
            buyer,
            productId,
            p.num("seller_id"),
            granted,
            p.str("name"),
            p.decimal("price"),
            Timestamp.from(now));
    return new CartViews.Added(
        productId,
        row.integer("quantity"),
        row.num("seller_id"),
        CartViews.reservedAt(row.time("reserved_at").toInstant()));
  }

  /**
   * Sets the quantity (0 removes), capped to what is available, and restarts the reservation timer.
   */
  @Transactional
  public void update(Caller caller, long productId, int quantity) {
    if (preorderLines.update(caller.buyerId(), productId, quantity)) {
      return;
    }
    Integer current = lockedQuantity(caller.buyerId(), productId);
    if (current == null) {
      return;
    }
    if (quantity <= 0) {
      remove(caller, productId);
      return;
    }
    int target = quantity;
    if (quantity > current) {
      target = current + stock.reserveUpTo(productId, quantity - current);
    } else if (quantity < current) {
      stock.release(productId, current - quantity);
    }
    db.createNativeQuery(
            "update cart_items set quantity = ?1, reserved_at = least(now(), "
                + reservations.latestReservedAt()
                + ") where buyer_id = ?2 and product_id = ?3 and preorder_delivery_date is null")
        .setParameter(1, target)
        .setParameter(2, caller.buyerId())
        .setParameter(3, productId)
        .executeUpdate();
  }

  @Transactional
  public void remove(Caller caller, long productId) {
    preorderLines.remove(caller.buyerId(), productId);
    @SuppressWarnings("unchecked")
    List<Object> q =
        db.createNativeQuery(
                "delete from cart_items where buyer_id = ?1 and product_id = ?2"
                    + " and preorder_delivery_date is null returning quantity")
            .setParameter(1, caller.buyerId())
            .setParameter(2, productId)
            .getResultList();
    q.forEach(n -> stock.release(productId, ((Number) n).intValue()));
  }

  @Transactional
  public void clear(Caller caller) {
    Rows.list(
            db,
            "delete from cart_items where buyer_id = ?1 returning product_id, quantity,"
                + " preorder_delivery_date is not null as preorder",
            caller.buyerId())
        .stream()
        .filter(r -> !r.flag("preorder"))
        .forEach(r -> stock.release(r.num("product_id"), r.integer("quantity")));
  }

  /**
   * Restarts the timer of a live row; a row that is gone (expired and released) cannot be extended,
   * nor one held for {@link Reservations#maxHold} since its first reservation (PRODUCT.md §3.2).
   */
  @Transactional
  public CartViews.Extended extend(Caller caller, long productId) {
    long ttl = reservations.ttl().toSeconds();
    Row row =
        Rows.first(
                db,
                "update cart_items set reserved_at = least(now(), "
                    + reservations.latestReservedAt()
                    + ") where buyer_id = ?1 and product_id = ?2"
                    + " and reserved_at >= now() - make_interval(secs => ?3)"
                    + " returning reserved_at, reserved_at > (select c.reserved_at from cart_items c"
                    + " where c.buyer_id = ?1 and c.product_id = ?2"
                    + " and c.preorder_delivery_date is null) as extended",
                caller.buyerId(),
                productId,
                ttl)
            .orElseThrow(() -> new Conflict(EXPIRED));
    if (!row.flag("extended")) {
      throw new Conflict(HELD_TOO_LONG);
    }
    return new CartViews.Extended(CartViews.reservedAt(row.time("reserved_at").toInstant()), ttl);
  }

  /** The cart grouped by seller, after releasing this buyer's expired reservations. */
  @Transactional
  public List<CartViews.Group> view(Caller caller) {
    reservations.releaseExpired(caller.buyerId());
    List<Line> lines = new ArrayList<>();
    for (Row r :
        Rows.list(
            db,
            "select c.seller_id, s.shop_name, c.product_id, c.name, c.price, c.quantity, c.reserved_at,"
                + " p.photo_ids, s.delivery_type, s.city_id, s.address_name, s.map_url,"
                + " c.preorder_delivery_date::text as preorder_delivery_date,"
                // PRODUCT.md §8.1: with zones the fee depends on the address (null), without none
                + " exists (select 1 from delivery_zones z where z.seller_id = s.seller_id"
                + " and z.is_active) as has_zones"
                + " from cart_items c join sellers s on s.seller_id = c.seller_id"
                + " join products p on p.id = c.product_id where c.buyer_id = ?1"
                + " order by c.seller_id, c.preorder_delivery_date nulls first, c.product_id",
            caller.buyerId())) {
      lines.add(
          new Line(
              r.num("seller_id"),
              r.str("shop_name"),
              r.num("product_id"),
              r.str("name"),
              r.decimal("price"),
              r.integer("quantity"),
              r.time("reserved_at") == null ? null : r.time("reserved_at").toInstant(),
              firstPhoto(r.get("photo_ids")),
              Shop.normalizeDeliveryType(r.str("delivery_type")),
              r.flag("has_zones") ? null : BigDecimal.ZERO,
              r.optNum("city_id"),
              r.str("address_name"),
              r.str("map_url"),
              r.str("preorder_delivery_date"),
              r.flag("has_zones")));
    }
    return groups(lines);
  }

  /** One cart row with its product's photos and its shop's delivery terms, as the view reads it. */
  record Line(
      long sellerId,
      String shopName,
      long productId,
      String name,
      BigDecimal price,
      int quantity,
      Instant reservedAt,
      String photoId,
      String deliveryType,
      BigDecimal deliveryPrice,
      Long cityId,
      String addressName,
      String mapUrl,
      String preorderDate,
      boolean hasDeliveryZones) {}

  /**
   * The cart of API.md §4: one group per seller, in the order the sellers first appear, with its
   * lines in their order, the goods total (price × quantity, summed) and the shop's terms taken
   * from its first line; a blank address or map link is absent.
   */
  static List<CartViews.Group> groups(List<Line> lines) {
    Map<Long, List<Line>> bySeller = new LinkedHashMap<>();
    lines.forEach(l -> bySeller.computeIfAbsent(l.sellerId(), k -> new ArrayList<>()).add(l));
    List<CartViews.Group> groups = new ArrayList<>();
    bySeller.forEach((seller, own) -> groups.add(group(seller, own)));
    return groups;
  }

  private static CartViews.Group group(long seller, List<Line> lines) {
    List<CartViews.Item> items = new ArrayList<>();
    BigDecimal total = BigDecimal.ZERO;
    for (Line l : lines) {
      total = total.add(l.price().multiply(BigDecimal.valueOf(l.quantity())));
      items.add(
          new CartViews.Item(
              l.productId(),
              l.name(),
              l.price(),
              l.quantity(),
              l.preorderDate() != null,
              l.preorderDate(),
              l.photoId(),
              l.reservedAt() == null ? null : CartViews.reservedAt(l.reservedAt())));
    }
    Line f = lines.get(0);
    return new CartViews.Group(
        seller,
        f.shopName(),
        items,
        total,
        f.deliveryPrice(),
        f.deliveryType(),
        f.cityId(),
        blankToNull(f.addressName()),
        blankToNull(f.mapUrl()),
        f.hasDeliveryZones());
  }

  private Integer lockedQuantity(long buyer, long productId) {
    @SuppressWarnings("unchecked")
    List<Object> q =
        db.createNativeQuery(
                "select quantity from cart_items where buyer_id = ?1 and product_id = ?2"
                    + " and preorder_delivery_date is null for update")
            .setParameter(1, buyer)
            .setParameter(2, productId)
            .getResultList();
    return q.isEmpty() ? null : ((Number) q.get(0)).intValue();
  }

  public static String firstPhoto(Object photoIdsJson) {
    var arr = JsonColumns.parse(photoIdsJson == null ? null : photoIdsJson.toString());
    if (arr instanceof JsonArray a && !a.isEmpty() && a.get(0) instanceof JsonString s) {
      return s.getString();
    }
    return null;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
