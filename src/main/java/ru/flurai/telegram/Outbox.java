package ru.flurai.telegram;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import ru.flurai.platform.db.Rows;

/**
 * The notification outbox: rows written with the events (ordering), leased in small batches by any
 * instance ({@code FOR UPDATE SKIP LOCKED}, then pushed out of reach for a minute so a dead
 * sender's rows come back), and settled after each send.
 */
@ApplicationScoped
public class Outbox {
  static final int BATCH = 20;
  static final int LEASE_SECONDS = 60;
  static final int MAX_ATTEMPTS = 10;

  @PersistenceContext(unitName = "primary")
  EntityManager db;

  /**
   * One message to send; {@code orderId} is null for the bot's own replies, {@code shopId} set only
   * for invites.
   */
  public record Row(
      long id,
      long chatId,
      String kind,
      Long orderId,
      String shopId,
      int attempts,
      String text,
      String url) {
    public Row(long id, long chatId, String kind, Long orderId, String shopId, int attempts) {
      this(id, chatId, kind, orderId, shopId, attempts, null, null);
    }
  }

  /**
   * Queues a message in the caller's transaction, so it is sent if and only if that transaction
   * commits.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void add(long chatId, String kind, String payloadJson) {
    db.createNativeQuery(
            "insert into notification_outbox (chat_id, kind, payload)"
                + " values (?1, ?2, cast(?3 as jsonb))")
        .setParameter(1, chatId)
        .setParameter(2, kind)
        .setParameter(3, payloadJson)
        .executeUpdate();
  }

  @Transactional
  public List<Row> lease() {
    List<Rows.Row> rows =
        Rows.list(
            db,
            "update notification_outbox set next_attempt_at = now() +"
                + " make_interval(secs => ?1) where id in (select id from notification_outbox where status = 'pending'"
                + " and next_attempt_at <= now() order by id limit ?2 for update skip locked)"
                + " returning id, chat_id, kind, cast(payload->>'order_id' as bigint) as order_id,"
                + " payload->>'shop_id' as shop_id, attempts, payload->>'text' as text,"
                + " payload->>'url' as url",
            LEASE_SECONDS,
            BATCH);
    return rows.stream()
        .map(
            r ->
                new Row(
                    r.num("id"),
                    r.num("chat_id"),
                    r.str("kind"),
                    r.optNum("order_id"),
                    r.str("shop_id"),
                    r.integer("attempts"),
                    r.str("text"),
                    r.str("url")))
        .sorted((a, b) -> Long.compare(a.id(), b.id()))
        .toList();
  }

  @Transactional
  public void sent(long id) {
    db.createNativeQuery(
            "update notification_outbox set status = 'sent', sent_at = now(), attempts = attempts + 1,"
                + " last_error = null where id = ?1")
        .setParameter(1, id)
        .executeUpdate();
  }

  /**
   * Not now: try again after {@code seconds}; {@code counts} = whether this was a failed attempt.
   */
  @Transactional
  public void later(long id, double seconds, boolean counts, String error) {
    db.createNativeQuery(
            "update notification_outbox set next_attempt_at = now() + make_interval(secs => ?1),"
                + " attempts = attempts + ?2, last_error = ?3 where id = ?4")
        .setParameter(1, seconds)
        .setParameter(2, counts ? 1 : 0)
        .setParameter(3, error)
        .setParameter(4, id)
        .executeUpdate();
  }

  /** Never: undeliverable (the user blocked the bot, no such chat) or failed for good. */
  @Transactional
  public void giveUp(long id, String status, String error) {
    db.createNativeQuery(
            "update notification_outbox set status = ?1, attempts = attempts + 1, last_error = ?2"
                + " where id = ?3")
        .setParameter(1, status)
        .setParameter(2, error)
        .setParameter(3, id)
        .executeUpdate();
  }

  public long backlog() {
    return ((Number)
            db.createNativeQuery(
                    "select count(*) from notification_outbox where status = 'pending'")
                .getSingleResult())
        .longValue();
  }
}
