package ru.flurai.payment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import ru.flurai.platform.db.Rows;

/**
 * The {@code payments} table: one row per attempt to take money, for an order or a subscription.
 * Only the current attempt of its order or subscription is applied when it succeeds; any other is
 * refunded.
 */
@ApplicationScoped
public class Attempts {
  static final String COLUMNS =
      "id, purpose, order_id, subscription_id, seller_id, buyer_id,"
          + " cast(idempotence_key as text) as idempotence_key, yookassa_id, amount, platform_fee,"
          + " status, current, confirmation_url, cast(request as text) as request";

  @PersistenceContext(unitName = "primary")
  EntityManager db;

  /** One attempt. {@code status} is ours ({@code creating}, {@code failed}) or YooKassa's. */
  public record Attempt(
      long id,
      String purpose,
      Long orderId,
      Long subscriptionId,
      Long sellerId,
      Long buyerId,
      String idempotenceKey,
      String yookassaId,
      BigDecimal amount,
      BigDecimal platformFee,
      String status,
      boolean current,
      String confirmationUrl,
      String request) {

    public boolean forOrder() {
      return "order".equals(purpose);
    }

    /** Worth offering again: being created, or created and still payable. */
    public boolean reusable() {
      return current
          && ("creating".equals(status)
              || "pending".equals(status)
              || "waiting_for_capture".equals(status));
    }
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public Attempt open(
      String purpose,
      Long orderId,
      Long subscriptionId,
      long sellerId,
      Long buyerId,
      BigDecimal amount,
      BigDecimal fee,
      Function<Long, JsonObject> request) {
    supersede(orderId, subscriptionId);
    long id =
        ((Number)
                db.createNativeQuery("select nextval(pg_get_serial_sequence('payments', 'id'))")
                    .getSingleResult())
            .longValue();
    return map(
        Rows.one(
            db,
            "insert into payments (id, purpose, order_id, subscription_id, seller_id, buyer_id,"
                + " idempotence_key, amount, platform_fee, request) values (?9, ?1, ?2, ?3, ?4, ?5,"
                + " cast(?6 as uuid), ?7, ?8, cast(?10 as jsonb)) returning "
                + COLUMNS,
            purpose,
            orderId,
            subscriptionId,
            sellerId,
            buyerId,
            UUID.randomUUID().toString(),
            amount,
            fee,
            id,
            request.apply(id).toString()));
  }

  /** The current attempt of an order, if any. */
  @Transactional(Transactional.TxType.MANDATORY)
  public Optional<Attempt> currentOfOrder(long orderId) {
    return Rows.first(
            db,
            "select " + COLUMNS + " from payments where order_id = ?1 and current for update",
            orderId)
        .map(Attempts::map);
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public Optional<Attempt> lockByYooKassaId(String yookassaId) {
    return Rows.first(
            db,
            "select " + COLUMNS + " from payments where yookassa_id = ?1 for update",
            yookassaId)
        .map(Attempts::map);
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public Optional<Attempt> lock(long id) {
    return Rows.first(db, "select " + COLUMNS + " from payments where id = ?1 for update", id)
        .map(Attempts::map);
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public Optional<Attempt> find(long id) {
    return Rows.first(db, "select " + COLUMNS + " from payments where id = ?1", id)
        .map(Attempts::map);
  }

  /** Every current attempt of the order or subscription stops being current. */
  @Transactional(Transactional.TxType.MANDATORY)
  public int supersede(Long orderId, Long subscriptionId) {
    return db.createNativeQuery(
            "update payments set current = false, updated_at = now() where current and"
                + " (order_id = ?1 or subscription_id = ?2)")
        .setParameter(1, orderId == null ? -1L : orderId)
        .setParameter(2, subscriptionId == null ? -1L : subscriptionId)
        .executeUpdate();
  }

  /** The create call failed for good: the attempt is over. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void failed(long id) {
    db.createNativeQuery(
            "update payments set status = 'failed', current = false, updated_at = now()"
                + " where id = ?1 and status = 'creating'")
        .setParameter(1, id)
        .executeUpdate();
  }

  /** What YooKassa answered to the create call. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void created(long id, String yookassaId, String status, String confirmationUrl) {
    db.createNativeQuery(
            "update payments set yookassa_id = ?1, status = ?2, confirmation_url = ?3,"
                + " updated_at = now() where id = ?4")
        .setParameter(1, yookassaId)
        .setParameter(2, status)
        .setParameter(3, confirmationUrl)
        .setParameter(4, id)
        .executeUpdate();
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public void status(long id, String status) {
    db.createNativeQuery("update payments set status = ?1, updated_at = now() where id = ?2")
        .setParameter(1, status)
        .setParameter(2, id)
        .executeUpdate();
  }

  static Attempt map(Rows.Row r) {
    return new Attempt(
        r.num("id"),
        r.str("purpose"),
        r.optNum("order_id"),
        r.optNum("subscription_id"),
        r.optNum("seller_id"),
        r.optNum("buyer_id"),
        r.str("idempotence_key"),
        r.str("yookassa_id"),
        r.decimal("amount"),
        r.decimal("platform_fee"),
        r.str("status"),
        r.flag("current"),
        r.str("confirmation_url"),
        r.str("request"));
  }
}
