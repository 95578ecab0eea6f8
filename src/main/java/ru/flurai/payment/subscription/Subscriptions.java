package ru.flurai.payment.subscription;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import ru.flurai.catalog.shop.Plan;
import ru.flurai.catalog.shop.ShopRecord;
import ru.flurai.catalog.shop.Shops;
import ru.flurai.payment.Attempts;
import ru.flurai.payment.Notices;
import ru.flurai.payment.OnlinePayment;
import ru.flurai.payment.PaymentCalls;
import ru.flurai.payment.Receipt;
import ru.flurai.payment.Refunds;
import ru.flurai.payment.yookassa.YkPayment;
import ru.flurai.payment.yookassa.YooKassaJson;
import ru.flurai.platform.config.FluraiConfig;
import ru.flurai.platform.db.Rows;
import ru.flurai.platform.db.Timestamps;
import ru.flurai.platform.domain.Invalid;
import ru.flurai.platform.domain.Unavailable;

/**
 * Seller subscriptions (LATER.md §5, PRODUCT.md §8.5): a period is bought through YooKassa ({@code
 * metadata.type = subscription}), activated only by the verified webhook (the amount paid is
 * YooKassa's), extending from the later of now and the current period's end; periods expire by the
 * subscription job, which warns the seller in Telegram 3 days before. A pending subscription of the
 * same length younger than an hour is offered again instead of piling up.
 */
@ApplicationScoped
public class Subscriptions {
  static final String UNAVAILABLE = "Онлайн-оплата пока недоступна";
  static final String BAD_PERIOD = "Неверный период: допустимы 1, 3, 6 или 12 месяцев";
  static final Duration WARN_BEFORE = Duration.ofDays(3);
  static final String COLUMNS =
      "id, seller_id, period_months, status, price, amount_paid, started_at, expires_at,"
          + " payment_id, created_at";

  @PersistenceContext(unitName = "primary")
  EntityManager db;

  @Inject OnlinePayment online;
  @Inject Attempts attempts;
  @Inject PaymentCalls calls;
  @Inject Refunds refunds;
  @Inject Notices notices;
  @Inject Shops shops;
  @Inject FluraiConfig config;
  @Inject SubscriptionClock clock;
  @Inject Subscriptions self;

  /** One subscription as the panel's table reads it. */
  public record Sub(
      long id,
      int periodMonths,
      String status,
      OffsetDateTime startedAt,
      OffsetDateTime expiresAt,
      BigDecimal amountPaid,
      Long daysRemaining,
      boolean autoRenew,
      OffsetDateTime createdAt,
      String paymentId) {}

  public record State(Sub current, List<Sub> history) {}

  public record Created(
      long subscriptionId, String paymentId, String confirmationUrl, String status) {}

  public State status(long sellerId) {
    Instant now = clock.now();
    List<Sub> history =
        Rows.list(
                db,
                "select "
                    + COLUMNS
                    + " from subscriptions where seller_id = ?1 order by created_at desc, id desc"
                    + " limit 50",
                sellerId)
            .stream()
            .map(r -> sub(r, now))
            .toList();
    Sub current =
        history.stream()
            .filter(s -> "active".equals(s.status()) && s.expiresAt().toInstant().isAfter(now))
            .max((a, b) -> a.expiresAt().compareTo(b.expiresAt()))
            .orElse(null);
    return new State(current, history);
  }

  public Created create(long sellerId, int months) {
    Attempts.Attempt attempt = self.prepare(sellerId, months);
    PaymentCalls.Created c = calls.create(attempt);
    self.attach(attempt.subscriptionId(), c.paymentId());
    return new Created(attempt.subscriptionId(), c.paymentId(), c.confirmationUrl(), "pending");
  }

  @Transactional
  public Attempts.Attempt prepare(long sellerId, int months) {
    BigDecimal price = SubscriptionPrices.of(months).orElseThrow(() -> new Invalid(BAD_PERIOD));
    if (!online.configured()) {
      throw new Unavailable(UNAVAILABLE);
    }
    db.createNativeQuery("select pg_advisory_xact_lock(hashtext('flurai-subscription'), ?1)")
        .setParameter(1, (int) (sellerId ^ (sellerId >>> 32)))
        .getSingleResult();
    Optional<Attempts.Attempt> reusable =
        Rows.first(
                db,
                "select p.id from subscriptions s join payments p on p.subscription_id = s.id"
                    + " and p.current where s.seller_id = ?1 and s.period_months = ?2"
                    + " and s.status = 'pending' and s.created_at > now() - interval '1 hour'"
                    + " order by s.id desc limit 1",
                sellerId,
                months)
            .flatMap(r -> attempts.lock(r.num("id")))
            .filter(a -> a.reusable());
    if (reusable.isPresent()) {
      return reusable.get();
    }
    long subId =
        Rows.one(
                db,
                "insert into subscriptions (seller_id, period_months, price) values (?1, ?2, ?3)"
                    + " returning id",
                sellerId,
                months,
                price)
            .num("id");
    return attempts.open(
        "subscription",
        null,
        subId,
        sellerId,
        null,
        price,
        null,
        attemptId -> body(subId, attemptId, sellerId, months, price));
  }

  @Transactional
  public void attach(long subscriptionId, String paymentId) {
    db.createNativeQuery("update subscriptions set payment_id = ?1 where id = ?2")
        .setParameter(1, paymentId)
        .setParameter(2, subscriptionId)
        .executeUpdate();
  }

  /**
   * The verified status of a subscription payment, in the webhook job's transaction; returns what
   * happened.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public String paid(Long subscriptionId, Attempts.Attempt a, YkPayment p) {
    Optional<Rows.Row> sub =
        subscriptionId == null
            ? Optional.empty()
            : Rows.first(
                db,
                "select " + COLUMNS + " from subscriptions where id = ?1 for update",
                subscriptionId);
    boolean pending = sub.isPresent() && "pending".equals(sub.get().str("status"));
    if (p.succeeded()) {
      if (!pending || !a.current()) {
        refunds.request(a, "superseded");
        return "refund requested";
      }
      activate(sub.get(), p.amount());
      return "subscription active";
    }
    if (YkPayment.CANCELED.equals(p.status()) && pending && a.current()) {
      db.createNativeQuery("update subscriptions set status = 'cancelled' where id = ?1")
          .setParameter(1, subscriptionId)
          .executeUpdate();
      return "subscription cancelled";
    }
    return "status " + p.status();
  }

  private void activate(Rows.Row sub, BigDecimal paid) {
    long sellerId = sub.num("seller_id");
    int months = sub.integer("period_months");
    Instant now = clock.now();
    Instant currentEnd =
        Rows.first(
                db,
                "select max(expires_at) as e from subscriptions where seller_id = ?1"
                    + " and status = 'active'",
                sellerId)
            .map(r -> r.get("e"))
            .map(Timestamps::instant)
            .orElse(null);
    Term term = Term.of(now, currentEnd, months, config.shopTimezone());
    db.createNativeQuery(
            "update subscriptions set status = 'active', started_at = ?1, expires_at = ?2,"
                + " amount_paid = ?3 where id = ?4")
        .setParameter(1, Timestamp.from(term.start()))
        .setParameter(2, Timestamp.from(term.end()))
        .setParameter(3, paid)
        .setParameter(4, sub.num("id"))
        .executeUpdate();
    if (shops.record(sellerId).map(ShopRecord::plan).filter(pl -> pl == Plan.NONE).isPresent()) {
      shops.setPlan(sellerId, Plan.ACTIVE); // a paid period lists a hidden shop again
    }
    notices.subscriptionActivated(
        sellerId, months, term.end().atZone(config.shopTimezone()).toLocalDate());
  }

  /**
   * Expires ended periods and warns of ending ones, as of {@code now}; one instance at a time (the
   * caller holds the job's lock). Returns the periods changed or warned about.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public int sweep(Instant now) {
    Timestamp at = Timestamp.from(now);
    List<Rows.Row> ended =
        Rows.list(
            db,
            "update subscriptions s set status = 'expired' where s.status = 'active'"
                + " and s.expires_at <= ?1 and not exists (select 1 from subscriptions o where"
                + " o.seller_id = s.seller_id and o.status = 'active' and o.expires_at > ?1)"
                + " returning s.seller_id",
            at);
    db.createNativeQuery(
            "update subscriptions set status = 'expired' where status = 'active'"
                + " and expires_at <= ?1")
        .setParameter(1, at)
        .executeUpdate();
    ended.stream().map(r -> r.num("seller_id")).distinct().forEach(notices::subscriptionExpired);
    int hidden = 0;
    if (config.subscriptionRequired()) {
      // PRODUCT.md §8.5: "active" then means a paid period; the admin's override is a named plan
      // (free, pro, premium: what the panel's select sends), which this never touches
      for (Rows.Row r :
          Rows.list(
              db,
              "select s.seller_id from sellers s where s.subscription_plan = 'active'"
                  + " and not exists (select 1 from subscriptions x where x.seller_id ="
                  + " s.seller_id and x.status = 'active' and x.expires_at > ?1) limit 500",
              at)) {
        shops.setPlan(r.num("seller_id"), Plan.NONE);
        hidden++;
      }
    }
    List<Rows.Row> ending =
        Rows.list(
            db,
            "update subscriptions s set warned_at = ?1 where s.status = 'active'"
                + " and s.warned_at is null and s.expires_at > ?1 and s.expires_at <= ?2"
                + " and not exists (select 1 from subscriptions o where o.seller_id = s.seller_id"
                + " and o.status = 'active' and o.expires_at > s.expires_at)"
                + " returning s.seller_id, s.expires_at",
            at,
            Timestamp.from(now.plus(WARN_BEFORE)));
    for (Rows.Row r : ending) {
      notices.subscriptionExpiring(
          r.num("seller_id"),
          Timestamps.instant(r.get("expires_at")).atZone(config.shopTimezone()).toLocalDate());
    }
    return ended.size() + ending.size() + hidden;
  }

  private JsonObject body(long subId, long attemptId, long sellerId, int months, BigDecimal price) {
    String what = "Подписка Flurai (" + months + " мес.)";
    return Json.createObjectBuilder()
        .add("amount", YooKassaJson.amount(price))
        .add("capture", true)
        .add(
            "confirmation",
            Json.createObjectBuilder()
                .add("type", "redirect")
                .add("return_url", config.panelUrl() + "/settings?tab=subscription"))
        .add("description", what)
        .add(
            "metadata",
            Json.createObjectBuilder()
                .add("type", "subscription")
                .add("subscription_id", Long.toString(subId))
                .add("attempt", Long.toString(attemptId))
                .add("seller_id", Long.toString(sellerId)))
        .add(
            "receipt",
            Receipt.json(
                List.of(new Receipt.Line(what, 1, price, "service")),
                null,
                "subscription@flurai.ru"))
        .build();
  }

  private static Sub sub(Rows.Row r, Instant now) {
    OffsetDateTime expires = r.time("expires_at");
    Long days =
        expires == null ? null : Math.max(0, Duration.between(now, expires.toInstant()).toDays());
    return new Sub(
        r.num("id"),
        r.integer("period_months"),
        r.str("status"),
        r.time("started_at"),
        expires,
        r.decimal("amount_paid"),
        days,
        false,
        r.time("created_at"),
        r.str("payment_id"));
  }
}
