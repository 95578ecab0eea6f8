package ru.flurai.ordering.guest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import ru.flurai.catalog.BusinessDay;
import ru.flurai.catalog.product.Stock;
import ru.flurai.identity.RateLimiter;
import ru.flurai.ordering.checkout.Checkout;
import ru.flurai.ordering.checkout.CheckoutRequest;
import ru.flurai.ordering.checkout.CreatedOrder;
import ru.flurai.ordering.checkout.IdempotentCheckout;
import ru.flurai.ordering.order.DeliveryType;
import ru.flurai.platform.config.FluraiConfig;
import ru.flurai.platform.db.Rows;
import ru.flurai.platform.domain.Invalid;
import ru.flurai.platform.http.JsonBodyReader;
import ru.flurai.platform.http.JsonConfig;
import ru.flurai.platform.metrics.BusinessMetrics;
import ru.flurai.platform.text.CleanText;

/**
 * A guest's order without a Telegram login (PRODUCT.md §8.2, LATER.md §1): the cart comes in the
 * body, one order per seller through the checkout's own per-seller placement ({@link
 * Checkout#orderFor}: seller lock, plan and limits, zone pricing, the seller's notification), and
 * each line's units are reserved and sold at once through the guarded {@link Stock} moves, so
 * nothing is oversold. Sellers are locked in id order and each seller's products in id order, as a
 * checkout does. The whole request is one transaction; an {@code Idempotency-Key} replays the first
 * answer. Rate-limited per client IP and per phone.
 */
@ApplicationScoped
public class GuestCheckout {
  static final int MAX_LINES = 50;
  static final int MAX_QUANTITY = 100;
  static final int PER_WINDOW = 5;
  static final String GUEST_NAME = "Покупатель";
  private static final Jsonb JSON = JsonConfig.create();

  @PersistenceContext(unitName = "primary")
  EntityManager db;

  @Inject Checkout checkout;
  @Inject IdempotentCheckout idempotency;
  @Inject Stock stock;
  @Inject RateLimiter limiter;
  @Inject FluraiConfig config;
  @Inject BusinessMetrics metrics;

  /** The response body (JSON text), identical for every replay of the same request. */
  @Transactional
  public String run(String clientIp, String key, String rawBody) {
    limiter.attempt("guest-checkout-ip", clientIp, PER_WINDOW);
    GuestCheckoutRequest req = parse(rawBody);
    String phone = Checkout.phone(req.guestPhone());
    limiter.attempt("guest-checkout-phone", phone, PER_WINDOW);
    String name = CleanText.line(req.guestName(), 200);
    String guest = name == null ? GUEST_NAME : name;
    Map<Long, List<Checkout.Line>> bySeller = lines(req.items());
    String fallback = req.deliveryType() == null ? "Самовывоз" : req.deliveryType();
    boolean delivers =
        bySeller.keySet().stream()
            .anyMatch(s -> DeliveryType.parse(typeFor(req, s, fallback)) == DeliveryType.DELIVERY);
    if (delivers && (req.address() == null || req.address().isBlank())) {
      throw new Invalid("Укажите адрес доставки");
    }
    CheckoutRequest order =
        new CheckoutRequest(
            guest,
            phone,
            fallback,
            req.address(),
            req.comment(),
            req.deliveryBySeller(),
            null,
            req.buyerDistrictId(),
            req.buyerDistrictName());
    return idempotency.once(
        IdempotentCheckout.GUEST,
        key,
        rawBody,
        () -> JSON.toJson(Map.of("orders", place(bySeller, order, phone, guest))));
  }

  private List<CreatedOrder> place(
      Map<Long, List<Checkout.Line>> bySeller, CheckoutRequest req, String phone, String name) {
    Checkout.Placing guest =
        new Checkout.Placing(
            null, req, phone, name, BusinessDay.at(Instant.now(), config.shopTimezone()));
    List<CreatedOrder> created = new ArrayList<>();
    for (var e : bySeller.entrySet()) {
      created.add(
          checkout.orderFor(
              guest,
              // guests order no preorders and have no points
              new Checkout.Part(e.getKey(), null, e.getValue(), false),
              l -> stock.reserveAndSell(l.productId(), l.qty(), l.name())));
    }
    created.forEach(o -> metrics.orderCreated());
    return created;
  }

  /**
   * The cart's lines priced from the database, grouped by seller in seller id order, each seller's
   * lines in product id order; the same product twice is one line. Refused with LATER.md §1.3's
   * texts: a missing or inactive product, one of another seller, a preorder product.
   */
  Map<Long, List<Checkout.Line>> lines(List<GuestCheckoutRequest.Item> items) {
    if (items == null || items.isEmpty()) {
      throw new Invalid("Корзина пуста");
    }
    if (items.size() > MAX_LINES) {
      throw new Invalid("В заказе не может быть больше " + MAX_LINES + " позиций");
    }
    Map<Long, Integer> wanted = new TreeMap<>();
    Map<Long, Long> claimedSeller = new HashMap<>();
    for (GuestCheckoutRequest.Item i : items) {
      if (i == null || i.productId() == null || i.sellerId() == null) {
        throw new Invalid("Укажите product_id и seller_id каждого товара");
      }
      if (i.quantity() == null || i.quantity() < 1 || i.quantity() > MAX_QUANTITY) {
        throw new Invalid("Количество должно быть от 1 до " + MAX_QUANTITY);
      }
      int total = wanted.merge(i.productId(), i.quantity(), Integer::sum);
      if (total > MAX_QUANTITY) {
        throw new Invalid("Количество должно быть от 1 до " + MAX_QUANTITY);
      }
      Long before = claimedSeller.putIfAbsent(i.productId(), i.sellerId());
      if (before != null && !before.equals(i.sellerId())) {
        throw new Invalid("Товар " + i.productId() + " не принадлежит магазину");
      }
    }
    Map<Long, Rows.Row> products = new HashMap<>();
    Rows.list(
            db,
            "select id, seller_id, name, price, is_active, is_preorder from products"
                + " where id = any (?1)",
            (Object) wanted.keySet().toArray(Long[]::new))
        .forEach(r -> products.put(r.num("id"), r));
    Map<Long, List<Checkout.Line>> bySeller = new TreeMap<>();
    for (var w : wanted.entrySet()) {
      Rows.Row p = products.get(w.getKey());
      if (p == null) {
        throw new Invalid("Товар " + w.getKey() + " не найден");
      }
      if (!p.flag("is_active")) {
        throw new Invalid("Товар «" + p.str("name") + "» недоступен");
      }
      if (p.num("seller_id") != claimedSeller.get(w.getKey())) {
        throw new Invalid("Товар " + w.getKey() + " не принадлежит магазину");
      }
      if (p.flag("is_preorder")) {
        throw new Invalid("Предзаказ доступен только после входа через Telegram");
      }
      bySeller
          .computeIfAbsent(p.num("seller_id"), k -> new ArrayList<>())
          .add(
              new Checkout.Line(
                  w.getKey(), p.num("seller_id"), p.str("name"), p.decimal("price"), w.getValue()));
    }
    return bySeller;
  }

  /** The seller's choice in {@code delivery_by_seller}, else the request's fallback. */
  static String typeFor(GuestCheckoutRequest req, long sellerId, String fallback) {
    if (req.deliveryBySeller() != null) {
      for (CheckoutRequest.SellerChoice c : req.deliveryBySeller()) {
        if (c != null
            && c.sellerId() != null
            && c.sellerId() == sellerId
            && c.deliveryType() != null) {
          return c.deliveryType();
        }
      }
    }
    return fallback;
  }

  private static GuestCheckoutRequest parse(String raw) {
    if (raw == null || raw.isBlank()) {
      throw new Invalid("Укажите данные заказа");
    }
    JsonBodyReader.requireObject(raw);
    try {
      return JSON.fromJson(raw, GuestCheckoutRequest.class);
    } catch (RuntimeException e) {
      throw new Invalid("Некорректный JSON в теле запроса");
    }
  }
}
