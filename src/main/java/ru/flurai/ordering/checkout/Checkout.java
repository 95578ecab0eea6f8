package ru.flurai.ordering.checkout;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import ru.flurai.catalog.BusinessDay;
import ru.flurai.catalog.ShopChanged;
import ru.flurai.catalog.product.Stock;
import ru.flurai.catalog.shop.DailyLimits;
import ru.flurai.catalog.shop.Shop;
import ru.flurai.delivery.DeliveryAsk;
import ru.flurai.delivery.DeliveryPricing;
import ru.flurai.delivery.DeliveryQuote;
import ru.flurai.identity.Caller;
import ru.flurai.identity.PhoneNumbers;
import ru.flurai.loyalty.LoyaltyViews.Redemption;
import ru.flurai.loyalty.Points;
import ru.flurai.ordering.order.DeliveryType;
import ru.flurai.ordering.order.ItemsInfo;
import ru.flurai.ordering.order.Order;
import ru.flurai.ordering.order.Orders;
import ru.flurai.platform.config.FluraiConfig;
import ru.flurai.platform.db.Rows;
import ru.flurai.platform.db.Rows.Row;
import ru.flurai.platform.domain.DomainException;
import ru.flurai.platform.domain.Forbidden;
import ru.flurai.platform.domain.Invalid;
import ru.flurai.platform.domain.NotFound;
import ru.flurai.platform.metrics.BusinessMetrics;
import ru.flurai.platform.text.CleanText;
import ru.flurai.preorder.PreorderBooking;
import ru.flurai.preorder.PreorderTerms;

/**
 * Turns the buyer's cart into one order per seller, atomically (PRODUCT.md §3.2–§3.3): sellers are
 * locked in id order, daily limits are counted from today's orders under that lock, reservations
 * become sold stock through guarded updates, and the {@link Order} (with its lines and first
 * history row) and the seller's notification are written in the same transaction.
 */
@ApplicationScoped
public class Checkout {
  /** EclipseLink's query hint: rebuild the entity from the row even when it is already managed. */
  private static final String REFRESH = "eclipselink.refresh";

  /** The order the cart rows are locked in (a RETURNING clause keeps none). */
  static final Comparator<Line> CART_ORDER =
      Comparator.comparingLong(Line::sellerId)
          .thenComparingLong(Line::productId)
          .thenComparing(
              Line::preorderDate, Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()));

  @PersistenceContext(unitName = "primary")
  EntityManager db;

  @Inject Orders orders;
  @Inject FluraiConfig config;
  @Inject BusinessMetrics metrics;
  @Inject Event<ShopChanged> shopChanged;
  @Inject Stock stock;
  @Inject Points points;
  @Inject PreorderBooking preorders;

  @Inject DeliveryPricing delivery;

  /**
   * One locked cart row, or one line of a guest's cart; {@code preorderDate} is set on a preorder
   * line.
   */
  public record Line(
      long productId,
      long sellerId,
      String name,
      BigDecimal price,
      int qty,
      LocalDate preorderDate) {
    public Line(long productId, long sellerId, String name, BigDecimal price, int qty) {
      this(productId, sellerId, name, price, qty, null);
    }
  }

  /**
   * Who places the orders of one checkout: the buyer (null for a guest), the request, the cleaned
   * phone and name, and the business day the checkout counts in.
   */
  public record Placing(
      Long buyer, CheckoutRequest req, String phone, String fio, BusinessDay today) {}

  /**
   * One order's part of a cart: a seller's lines for one date (null for regular goods), and whether
   * the buyer's points may be spent on it (the seller's first order of the checkout).
   */
  public record Part(
      long sellerId, LocalDate preorderDate, List<Line> lines, boolean spendPoints) {}

  @Transactional
  public List<CreatedOrder> checkout(Caller caller, CheckoutRequest req) {
    long buyer = caller.buyerId();
    String phone = phone(req.phone());
    String fio = fio(req.fio());
    Map<Long, List<Line>> bySeller = lockedCart(buyer);
    if (bySeller.isEmpty()) {
      throw new Invalid("Cart is empty");
    }
    Placing who =
        new Placing(buyer, req, phone, fio, BusinessDay.at(Instant.now(), config.shopTimezone()));
    List<CreatedOrder> created = new ArrayList<>();
    for (var entry : bySeller.entrySet()) {
      boolean first = true;
      for (var date : byDate(entry.getValue()).entrySet()) {
        created.add(
            orderFor(
                who, new Part(entry.getKey(), date.getKey(), date.getValue(), first), this::sell));
        first = false;
      }
    }
    created.forEach(o -> metrics.orderCreated());
    return created;
  }

  /**
   * One seller's order, under the seller row lock: the shop's checks, today's slot, the lines'
   * stock ({@code stockMove}: sold from the cart's reservation, or reserved and sold at once for a
   * guest), the delivery priced by zone, the order and the seller's notification.
   */
  public CreatedOrder orderFor(Placing who, Part part, Consumer<Line> stockMove) {
    long sellerId = part.sellerId();
    LocalDate preorderDate = part.preorderDate();
    CheckoutRequest req = who.req();
    BigDecimal goods = BigDecimal.ZERO;
    for (Line l : part.lines()) {
      goods = goods.add(l.price().multiply(BigDecimal.valueOf(l.qty())));
    }
    // Priced before the lock (zones and districts are not what it guards): under it, only the
    // statements the limits need run (loadtest/README.md); a refusal is thrown in its turn below.
    Priced zone = priced(sellerId, req, goods);
    // The per-seller lock that serializes limit checks. FOR NO KEY UPDATE, not FOR UPDATE: cart
    // inserts take a
    // key-share lock on the seller row (foreign key), and FOR UPDATE would deadlock with them.
    // The same statement reads the shop: a locking read returns the row's latest version.
    Shop shop = lockedShop(sellerId);
    if (shop == null || shop.deletedAt() != null) {
      throw new NotFound("Магазин не найден");
    }
    if (shop.blocked()) {
      throw new Forbidden("Магазин заблокирован");
    }
    if (!shop.planActive() || expired(shop.placementExpiredAt())) {
      throw new Forbidden("Магазин временно не принимает заказы");
    }
    DeliveryType type = DeliveryType.parse(req.deliveryTypeFor(sellerId));
    if (!type.offeredBy(shop)) {
      throw new Invalid("Магазин не поддерживает выбранный способ доставки");
    }
    PreorderTerms preorder = null;
    if (preorderDate == null) {
      requireSlot(shop, type, who.today());
    } else {
      preorder = preorders.seat(sellerId, preorderDate); // under the seller lock taken above
    }
    DeliveryQuote quote = zone.quote();
    List<ItemsInfo.Line> sold = new ArrayList<>();
    for (Line l : part.lines()) {
      if (preorderDate == null) {
        stockMove.accept(l); // a preorder is not bound to stock (LATER.md §2.7)
      }
      sold.add(new ItemsInfo.Line(l.productId(), l.name(), l.price(), l.qty()));
    }
    BigDecimal fee = quote == null ? BigDecimal.ZERO : quote.fee();
    String address = address(type, req.address(), shop.mapUrl(), who.phone(), who.fio());
    Order order =
        Order.place(
            new Order.Placement(
                who.buyer(),
                sellerId,
                type,
                fee,
                address,
                CleanText.of(req.comment(), 1000),
                who.phone(),
                who.fio()),
            sold);
    if (preorder != null) {
      order.bookFor(preorderDate, preorders.discount(preorder, order.goods(), preorderDate));
    }
    if (quote != null) {
      order.pricedBy(quote.zoneId(), quote.zoneName());
    }
    // One statement writes the order, its lines, history and the seller's outbox row.
    orders.place(order, who.buyer() == null ? "order_created_guest" : "order_created");
    // Points are spent once per seller and checkout (LATER.md §6.4): on the seller's first order.
    Redemption paid =
        part.spendPoints() && who.buyer() != null
            ? points.redeem(
                who.buyer(), sellerId, order.id(), req.pointsUsage(), order.totalPrice())
            : Redemption.NONE;
    if (paid.pointsUsed().signum() > 0 || paid.pointsDiscount().signum() > 0) {
      order.payWithPoints(paid.pointsUsed(), paid.pointsDiscount());
      orders.savePoints(order);
    }
    shopChanged.fire(new ShopChanged(sellerId));
    return new CreatedOrder(
        order.id(),
        sellerId,
        order.totalPrice(),
        order.itemsInfo(),
        type.wire(),
        fee,
        order.preorder(),
        preorderDate == null ? null : preorderDate.toString(),
        paid.pointsUsed(),
        paid.pointsDiscount(),
        quote == null ? null : quote.zoneName());
  }

  /**
   * A delivery's price worked out ahead of the checks that come before it, or the refusal to throw
   * when its turn comes; {@code quote} is null for a pickup.
   */
  record Priced(DeliveryQuote quote, DomainException refusal) {
    @Override
    public DeliveryQuote quote() {
      if (refusal != null) {
        throw refusal;
      }
      return quote;
    }
  }

  private Priced priced(long sellerId, CheckoutRequest req, BigDecimal goods) {
    try {
      if (DeliveryType.parse(req.deliveryTypeFor(sellerId)) != DeliveryType.DELIVERY) {
        return new Priced(null, null);
      }
      DeliveryAsk ask =
          new DeliveryAsk(req.buyerDistrictId(), req.buyerDistrictName(), req.address());
      return new Priced(delivery.quote(sellerId, ask, goods), null);
    } catch (DomainException e) {
      return new Priced(null, e);
    }
  }

  private Shop lockedShop(long sellerId) {
    List<?> rows =
        db.createNativeQuery(
                "select * from sellers where seller_id = ?1 for no key update", Shop.class)
            .setParameter(1, sellerId)
            .setHint(REFRESH, "true")
            .getResultList();
    return rows.isEmpty() ? null : (Shop) rows.get(0);
  }

  /**
   * Counted from today's orders, under the seller row lock: two checkouts cannot both take the last
   * slot.
   */
  private void requireSlot(Shop shop, DeliveryType type, BusinessDay today) {
    long used = orders.slotsUsed(shop.sellerId(), type, today.start(), today.end());
    if (!slotLeft(shop.limits(today), type, used)) {
      throw new LimitReached();
    }
  }

  /**
   * Reservation → sold stock. The locked cart row still holds its units, lapsed or not (PRODUCT.md
   * §3.2: only deleting the row releases them), so they are sold from the reservation and never
   * reserved a second time.
   */
  private void sell(Line l) {
    stock.sell(l.productId(), l.qty(), l.name());
  }

  /**
   * The buyer's cart rows, locked in (seller, product, date) order and deleted in one statement:
   * the order now holds what they held, and a failed checkout rolls the delete back.
   */
  private Map<Long, List<Line>> lockedCart(long buyer) {
    List<Line> lines = new ArrayList<>();
    for (Row r :
        Rows.list(
            db,
            "with locked as (select product_id, preorder_delivery_date from cart_items"
                + " where buyer_id = ?1 order by seller_id, product_id, preorder_delivery_date"
                + " for update)"
                + " delete from cart_items c using locked l where c.buyer_id = ?1"
                + " and c.product_id = l.product_id"
                + " and c.preorder_delivery_date is not distinct from l.preorder_delivery_date"
                + " returning c.product_id, c.seller_id, c.name, c.price, c.quantity,"
                + " c.preorder_delivery_date::text as preorder_delivery_date",
            buyer)) {
      lines.add(
          new Line(
              r.num("product_id"),
              r.num("seller_id"),
              r.str("name"),
              r.decimal("price"),
              r.integer("quantity"),
              r.str("preorder_delivery_date") == null
                  ? null
                  : LocalDate.parse(r.str("preorder_delivery_date"))));
    }
    lines.sort(CART_ORDER);
    return bySeller(lines);
  }

  /**
   * One order per seller (PRODUCT.md §3.3): the lines grouped by seller, sellers in the order they
   * come (the locked cart is read by seller id, so sellers are locked in id order), lines in theirs
   * (product id order, so each seller's products are sold, and locked, in id order).
   */
  static Map<Long, List<Line>> bySeller(List<Line> lines) {
    Map<Long, List<Line>> bySeller = new LinkedHashMap<>();
    lines.forEach(l -> bySeller.computeIfAbsent(l.sellerId(), k -> new ArrayList<>()).add(l));
    return bySeller;
  }

  /**
   * One order per (seller, date) (PRODUCT.md §8.3): a seller's regular lines first (key null), then
   * its preorder lines by date, each part keeping the lines' order.
   */
  static Map<LocalDate, List<Line>> byDate(List<Line> lines) {
    Map<LocalDate, List<Line>> byDate =
        new TreeMap<>(Comparator.nullsFirst(Comparator.<LocalDate>naturalOrder()));
    lines.forEach(l -> byDate.computeIfAbsent(l.preorderDate(), k -> new ArrayList<>()).add(l));
    return byDate;
  }

  /**
   * Whether today's limit of the chosen kind (delivery or pickup) leaves a slot after the {@code
   * used} orders counted; a limit of 0 closes that kind.
   */
  static boolean slotLeft(DailyLimits.Limits today, DeliveryType type, long used) {
    int limit = type == DeliveryType.DELIVERY ? today.delivery() : today.pickup();
    return used < limit;
  }

  /** The buyer's phone in its one stored form, or a 400 with API.md's text. */
  public static String phone(String raw) {
    return PhoneNumbers.normalize(raw);
  }

  /** The recipient's name on one line, without markup, at most 200 characters; blank is absent. */
  static String fio(String raw) {
    return CleanText.line(raw, 200);
  }

  static String address(
      DeliveryType type, String address, String mapUrl, String phone, String fio) {
    String place =
        type == DeliveryType.PICKUP && mapUrl != null && !mapUrl.isBlank()
            ? mapUrl
            : CleanText.line(address, 500);
    return (place == null ? "" : place) + "\n📞 " + phone + (fio == null ? "" : "\n👤 " + fio);
  }

  private static boolean expired(OffsetDateTime placement) {
    return placement != null && placement.isBefore(OffsetDateTime.now());
  }
}
