package ru.flurai.loyalty;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import ru.flurai.platform.db.Rows;
import ru.flurai.platform.domain.Conflict;

/**
 * The one writer of {@code loyalty_ledger} and of {@code customers.points_balance}: every move of
 * points is a ledger row and a guarded update of the card's balance in the same transaction, taken
 * under the card's row lock. Points come in lots (accrual, sale, refund) that spends and deductions
 * consume, soonest-expiring first, and expiry removes, so the balance always equals both the sum of
 * the ledger's points and the sum of the lots' remainders, and never goes below zero.
 */
@ApplicationScoped
public class Ledger {
  static final String FULL = "На карте не может быть больше 9999999999.99 баллов";

  @PersistenceContext(unitName = "primary")
  EntityManager db;

  /** Locks the card row and returns its balance (every move of one card is serialized by it). */
  @Transactional(Transactional.TxType.MANDATORY)
  public BigDecimal lock(long customerId) {
    return Rows.one(db, "select points_balance from customers where id = ?1 for update", customerId)
        .decimal("points_balance");
  }

  /**
   * Adds a lot of {@code points} (> 0); returns the new balance. A balance that would leave
   * numeric(12, 2) is refused ({@link Conflict}) before anything is written.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public BigDecimal add(
      long customerId,
      String kind,
      Long orderId,
      BigDecimal amount,
      BigDecimal points,
      Instant expiresAt) {
    lock(customerId);
    List<Rows.Row> balance =
        Rows.list(
            db,
            "update customers set points_balance = points_balance + ?2 where id = ?1"
                + " and points_balance + ?2 <= 9999999999.99 returning points_balance",
            customerId,
            points);
    if (balance.isEmpty()) {
      throw new Conflict(FULL);
    }
    db.createNativeQuery(
            "insert into loyalty_ledger (customer_id, seller_id, order_id, kind, amount, points,"
                + " remaining, expires_at) select id, seller_id, ?2, ?3, ?4, ?5, ?5, ?6 from customers"
                + " where id = ?1")
        .setParameter(1, customerId)
        .setParameter(2, orderId)
        .setParameter(3, kind)
        .setParameter(4, amount)
        .setParameter(5, points)
        .setParameter(6, expiresAt == null ? null : Timestamp.from(expiresAt))
        .executeUpdate();
    return balance.get(0).decimal("points_balance");
  }

  /**
   * Takes {@code points} (> 0) off the card, soonest-expiring lots first: the guarded update
   * refuses to go below zero ({@link Conflict} {@code refusal}, nothing written). Returns the new
   * balance.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public BigDecimal take(
      long customerId, String kind, Long orderId, BigDecimal points, String refusal) {
    lock(customerId);
    List<Rows.Row> balance =
        Rows.list(
            db,
            "update customers set points_balance = points_balance - ?2"
                + " where id = ?1 and points_balance >= ?2 returning points_balance",
            customerId,
            points);
    if (balance.isEmpty()) {
      throw new Conflict(refusal);
    }
    consume(customerId, points);
    db.createNativeQuery(
            "insert into loyalty_ledger (customer_id, seller_id, order_id, kind, points)"
                + " select id, seller_id, ?2, ?3, ?4 from customers where id = ?1")
        .setParameter(1, customerId)
        .setParameter(2, orderId)
        .setParameter(3, kind)
        .setParameter(4, points.negate())
        .executeUpdate();
    return balance.get(0).decimal("points_balance");
  }

  /**
   * Removes what is left of the card's lots that expired by {@code now}, as one expiry row per lot;
   * returns the points removed.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public BigDecimal expire(long customerId, Instant now) {
    lock(customerId);
    BigDecimal total = BigDecimal.ZERO;
    for (Rows.Row lot :
        Rows.list(
            db,
            "select id, remaining from loyalty_ledger where customer_id = ?1 and remaining > 0"
                + " and expires_at <= ?2 order by id for update",
            customerId,
            Timestamp.from(now))) {
      BigDecimal left = lot.decimal("remaining");
      db.createNativeQuery("update loyalty_ledger set remaining = 0 where id = ?1")
          .setParameter(1, lot.num("id"))
          .executeUpdate();
      db.createNativeQuery(
              "insert into loyalty_ledger (customer_id, seller_id, kind, points)"
                  + " select id, seller_id, 'expiry', ?2 from customers where id = ?1")
          .setParameter(1, customerId)
          .setParameter(2, left.negate())
          .executeUpdate();
      total = total.add(left);
    }
    if (total.signum() > 0
        && db.createNativeQuery(
                    "update customers set points_balance = points_balance - ?2"
                        + " where id = ?1 and points_balance >= ?2")
                .setParameter(1, customerId)
                .setParameter(2, total)
                .executeUpdate()
            == 0) {
      throw new IllegalStateException("card " + customerId + " holds less than its lots");
    }
    return total;
  }

  /** The soonest-expiring lots first (then the oldest), until {@code points} are consumed. */
  private void consume(long customerId, BigDecimal points) {
    BigDecimal due = points;
    for (Rows.Row lot :
        Rows.list(
            db,
            "select id, remaining from loyalty_ledger where customer_id = ?1 and remaining > 0"
                + " order by coalesce(expires_at, 'infinity'), id for update",
            customerId)) {
      if (due.signum() <= 0) {
        break;
      }
      BigDecimal used = lot.decimal("remaining").min(due);
      db.createNativeQuery("update loyalty_ledger set remaining = remaining - ?2 where id = ?1")
          .setParameter(1, lot.num("id"))
          .setParameter(2, used)
          .executeUpdate();
      due = due.subtract(used);
    }
    if (due.signum() > 0) {
      throw new IllegalStateException("card " + customerId + " holds less than its lots");
    }
  }
}
