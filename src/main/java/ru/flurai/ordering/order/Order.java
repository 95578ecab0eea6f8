package ru.flurai.ordering.order;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import ru.flurai.platform.domain.Conflict;
import ru.flurai.platform.domain.Invalid;

/**
 * The order aggregate ({@code orders}, with its lines in {@code order_items} and its status history
 * in {@code order_status_history}). It is placed whole ({@link #place}) and changes only through
 * its methods: {@link #moveTo} checks the one state machine ({@link OrderTransitions}) and appends
 * the history row, which is written with the order in the same transaction; {@link #reprice} keeps
 * the first price. Seller and buyer are ids: the seller row may be hard-deleted (then {@code
 * seller_id} is null and the {@link SellerSnapshot} speaks for the shop). Its JPQL reads are the
 * named queries below, run by {@link Orders}.
 */
@Entity(name = "ShopOrder")
@Table(name = "orders")
@NamedQuery(
    name = Order.SLOTS_USED,
    query =
        "select count(o) from ShopOrder o where o.sellerId = :seller and o.deliveryType = :type"
            + " and o.status not in :free and o.createdAt >= :from and o.createdAt < :to"
            + " and o.preorder = false")
@NamedQuery(
    name = Order.OPEN_BY_SELLER,
    query =
        "select new ru.flurai.ordering.order.OpenOrderCount(o.sellerId, o.status, count(o))"
            + " from ShopOrder o where o.sellerId in :sellers and o.status in :open"
            + " group by o.sellerId, o.status")
@NamedQuery(name = Order.COMMENT, query = "select o.comment from ShopOrder o where o.id = :id")
@NamedQuery(
    name = Order.HISTORY,
    query = "select h from StatusChange h where h.order.id = :id order by h.id")
public class Order {
  /** Today's orders of a seller and delivery type that hold a slot (PRODUCT.md §3.3). */
  static final String SLOTS_USED = "ShopOrder.slotsUsed";

  /** Open orders (pending or in progress) per seller and status. */
  static final String OPEN_BY_SELLER = "ShopOrder.openBySeller";

  /** The buyer's comment. */
  static final String COMMENT = "ShopOrder.comment";

  /** An order's status history, oldest first. */
  static final String HISTORY = "ShopOrder.history";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "id")
  Long id;

  @Column(name = "buyer_id")
  Long buyerId;

  @Column(name = "seller_id")
  Long sellerId;

  @Convert(converter = OrderStatusColumn.class)
  @Column(name = "status")
  OrderStatus status;

  @Convert(converter = DeliveryTypeColumn.class)
  @Column(name = "delivery_type", updatable = false)
  DeliveryType deliveryType;

  @Column(name = "total_price")
  BigDecimal totalPrice;

  @Column(name = "original_price")
  BigDecimal originalPrice;

  @Column(name = "delivery_fee", updatable = false)
  BigDecimal deliveryFee;

  @Column(name = "address", updatable = false)
  String address;

  @Column(name = "comment", updatable = false)
  String comment;

  @Column(name = "buyer_phone", updatable = false)
  String buyerPhone;

  @Column(name = "buyer_fio", updatable = false)
  String buyerFio;

  /** The delivery zone that priced it (V13); its name stays if the zone is deleted. */
  @Column(name = "delivery_zone_id")
  Long deliveryZoneId;

  @Column(name = "delivery_zone_name")
  String deliveryZoneName;

  /** A guest's order: no buyer account, the guest's name and phone in buyer_fio / buyer_phone. */
  @Column(name = "is_guest", updatable = false)
  boolean guest;

  /** The database's clock ({@code default now()}), as checkout's slot count reads it. */
  @Column(name = "created_at", insertable = false, updatable = false)
  OffsetDateTime createdAt;

  @Column(name = "completed_at")
  OffsetDateTime completedAt;

  @Column(name = "points_used")
  BigDecimal pointsUsed = BigDecimal.ZERO;

  @Column(name = "points_discount")
  BigDecimal pointsDiscount = BigDecimal.ZERO;

  @Embedded SellerSnapshot shop;

  /** A preorder is delivered on its date and holds no place in the day it was placed (V14). */
  @Column(name = "is_preorder", updatable = false)
  boolean preorder;

  @Column(name = "preorder_delivery_date", updatable = false)
  LocalDate preorderDeliveryDate;

  /** The early-booking discount taken off the total when it was placed. */
  @Column(name = "preorder_discount", updatable = false)
  BigDecimal preorderDiscount = BigDecimal.ZERO;

  /** Online payment (V15): required from accept on for shops that take it; the current attempt. */
  @Column(name = "payment_required")
  boolean paymentRequired;

  @Column(name = "payment_id")
  String paymentId;

  @Column(name = "payment_status")
  String paymentStatus;

  @ElementCollection
  @CollectionTable(name = "order_items", joinColumns = @JoinColumn(name = "order_id"))
  @OrderBy("lineNo")
  List<OrderLine> lines = new ArrayList<>();

  @OneToMany(mappedBy = "order", cascade = CascadeType.PERSIST)
  @OrderBy("id")
  List<StatusChange> history = new ArrayList<>();

  protected Order() {}

  /**
   * What checkout puts in an order besides its lines (the shop snapshot is taken when it is
   * written, {@link Orders#place}).
   */
  public record Placement(
      Long buyerId,
      long sellerId,
      DeliveryType deliveryType,
      BigDecimal deliveryFee,
      String address,
      String comment,
      String buyerPhone,
      String buyerFio) {}

  /**
   * A new pending order: lines numbered from 1, total = the lines plus the delivery fee (also the
   * original price), and its first history row ({@code > pending}, by the buyer).
   */
  public static Order place(Placement p, List<ItemsInfo.Line> lines) {
    if (lines.isEmpty()) {
      throw new IllegalArgumentException("an order has at least one line");
    }
    if (p.deliveryFee() == null || p.deliveryFee().signum() < 0) {
      throw new IllegalArgumentException("a delivery fee is at least 0: " + p.deliveryFee());
    }
    Order o = new Order();
    o.buyerId = p.buyerId();
    o.sellerId = p.sellerId();
    o.deliveryType = p.deliveryType();
    o.deliveryFee = p.deliveryFee();
    o.address = p.address();
    o.comment = p.comment();
    o.buyerPhone = p.buyerPhone();
    o.buyerFio = p.buyerFio();
    o.guest = p.buyerId() == null;
    int no = 0;
    for (ItemsInfo.Line l : lines) {
      o.lines.add(new OrderLine(++no, l.productId(), l.name(), l.price(), l.quantity()));
    }
    o.totalPrice = o.goods().add(o.deliveryFee);
    o.originalPrice = o.totalPrice;
    o.status = OrderStatus.PENDING;
    o.history.add(new StatusChange(o, null, OrderStatus.PENDING, Actor.BUYER, p.buyerId()));
    return o;
  }

  /** The id and shop snapshot the new order was written with ({@link OrderInsert}). */
  void placed(long id, SellerSnapshot shop) {
    if (this.id != null || history.size() != 1) {
      throw new IllegalStateException("only a new order is placed, once");
    }
    this.id = id;
    this.shop = shop;
  }

  /**
   * Makes a just-placed order a preorder for {@code date} with its early-booking discount (on the
   * goods, at most their amount): the total drops by the discount, the original price stays the
   * undiscounted one.
   */
  public void bookFor(LocalDate date, BigDecimal discount) {
    if (id != null || preorder || date == null) {
      throw new IllegalStateException("only a new order becomes a preorder, once, for a date");
    }
    if (discount == null || discount.signum() < 0 || discount.compareTo(goods()) > 0) {
      throw new IllegalArgumentException("a discount between 0 and the goods: " + discount);
    }
    preorder = true;
    preorderDeliveryDate = date;
    preorderDiscount = discount;
    totalPrice = totalPrice.subtract(discount);
  }

  /**
   * Moves the order to {@code to} if the state machine lets {@code actor} do it from here, and
   * appends the history row; done and completed stamp the completion time once. Refused moves throw
   * {@link IllegalTransition} and change nothing. Returns the status it left.
   */
  public OrderStatus moveTo(OrderStatus to, Actor actor, long actorId) {
    OrderStatus from = status;
    OrderTransitions.require(from, to, actor, pickup(), awaitingPayment());
    status = to;
    if ((to == OrderStatus.DONE || to == OrderStatus.COMPLETED) && completedAt == null) {
      completedAt = OffsetDateTime.now();
    }
    history.add(new StatusChange(this, from, to, actor, actorId));
    return from;
  }

  private static final BigDecimal MAX_PRICE = new BigDecimal("9999999999.99");

  /**
   * The seller's new price while the order is pending or accepted; the first price stays the
   * original one.
   */
  public void reprice(BigDecimal price) {
    if (status != OrderStatus.PENDING && status != OrderStatus.ACCEPTED) {
      throw new Conflict("Цену можно изменить только у заказа в статусе pending или accepted");
    }
    if (price == null || price.signum() <= 0 || price.scale() > 2) {
      throw new Invalid("Цена должна быть больше 0");
    }
    if (price.compareTo(MAX_PRICE) > 0) { // numeric(12, 2)
      throw new Invalid("Цена не может быть больше 9999999999.99");
    }
    if (originalPrice == null) {
      originalPrice = totalPrice;
    }
    totalPrice = price;
  }

  /**
   * Part of the new order paid with loyalty points (the snapshot of what the checkout spent): the
   * total drops by the discount, the original price stays the price before it.
   */
  public void payWithPoints(BigDecimal points, BigDecimal discount) {
    if (points.signum() < 0 || discount.signum() < 0 || discount.compareTo(totalPrice) > 0) {
      throw new IllegalArgumentException("a points discount is 0..total: " + discount);
    }
    pointsUsed = points;
    pointsDiscount = discount;
    totalPrice = totalPrice.subtract(discount);
  }

  /** What the buyer pays for the goods: the total without the delivery fee, at least 0. */
  public BigDecimal goodsPaid() {
    return totalPrice.subtract(deliveryFee).max(BigDecimal.ZERO);
  }

  public BigDecimal pointsUsed() {
    return pointsUsed;
  }

  public BigDecimal pointsDiscount() {
    return pointsDiscount;
  }

  /**
   * From now on the seller moves it past accepted only once it is paid (PRODUCT.md §8.4); an order
   * its points paid in full has nothing left to pay online.
   */
  public void requirePayment() {
    paymentRequired = totalPrice.signum() > 0;
  }

  /** The payment attempt the order now waits for, or none ({@code null}s). */
  public void attachPayment(String id, String status) {
    paymentId = id;
    paymentStatus = status;
  }

  public boolean paymentRequired() {
    return paymentRequired;
  }

  public boolean paid() {
    return "succeeded".equals(paymentStatus);
  }

  /** Requires online payment that has not succeeded yet. */
  public boolean awaitingPayment() {
    return paymentRequired && !paid();
  }

  public String paymentId() {
    return paymentId;
  }

  public String paymentStatus() {
    return paymentStatus;
  }

  /** The lines' amounts, without the delivery fee. */
  public BigDecimal goods() {
    return lines.stream().map(OrderLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /** Records the delivery zone the fee was priced by (the fee itself was placed with the order). */
  public void pricedBy(long zoneId, String zoneName) {
    this.deliveryZoneId = zoneId;
    this.deliveryZoneName = zoneName;
  }

  public boolean guest() {
    return guest;
  }

  /** The legacy items_info string of the lines. */
  public String itemsInfo() {
    return ItemsInfo.of(lines.stream().map(OrderLine::info).toList());
  }

  public boolean pickup() {
    return deliveryType == DeliveryType.PICKUP;
  }

  /** Whether this buyer placed it (false once the buyer's account is gone). */
  public boolean placedBy(long buyer) {
    return buyerId != null && buyerId == buyer;
  }

  /** Whether this seller sells it (false once the seller was hard-deleted). */
  public boolean soldBy(long seller) {
    return sellerId != null && sellerId == seller;
  }

  public boolean preorder() {
    return preorder;
  }

  public LocalDate preorderDeliveryDate() {
    return preorderDeliveryDate;
  }

  public BigDecimal preorderDiscount() {
    return preorderDiscount;
  }

  public Long id() {
    return id;
  }

  public Long buyerId() {
    return buyerId;
  }

  public Long sellerId() {
    return sellerId;
  }

  public OrderStatus status() {
    return status;
  }

  public DeliveryType deliveryType() {
    return deliveryType;
  }

  public BigDecimal totalPrice() {
    return totalPrice;
  }

  public BigDecimal originalPrice() {
    return originalPrice;
  }

  public BigDecimal deliveryFee() {
    return deliveryFee;
  }

  public String address() {
    return address;
  }

  public String comment() {
    return comment;
  }

  public String buyerPhone() {
    return buyerPhone;
  }

  public String buyerFio() {
    return buyerFio;
  }

  public OffsetDateTime completedAt() {
    return completedAt;
  }

  public SellerSnapshot shop() {
    return shop;
  }

  public List<OrderLine> lines() {
    return Collections.unmodifiableList(lines);
  }

  public List<StatusChange> history() {
    return Collections.unmodifiableList(history);
  }
}
