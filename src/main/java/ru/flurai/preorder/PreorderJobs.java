package ru.flurai.preorder;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.logging.Logger;
import ru.flurai.ordering.order.OrderLog;
import ru.flurai.ordering.order.OrderMoves;
import ru.flurai.ordering.order.OrderStatus;
import ru.flurai.platform.config.FluraiConfig;
import ru.flurai.platform.db.Rows;
import ru.flurai.platform.db.Rows.Row;
import ru.flurai.platform.db.SchemaReady;
import ru.flurai.platform.jobs.ClusterLock;
import ru.flurai.platform.jobs.Jobs;

/**
 * The preorder jobs (PRODUCT.md §8.3, LATER.md §2.7 and §2.10), cluster-once: every instance
 * schedules them every {@link #EVERY_SECONDS}, and their {@link ClusterLock} lets one instance at a
 * time work (the others skip the round).
 *
 * <ul>
 *   <li><b>Activation</b>: an accepted preorder whose date has come (the business date of
 *       SHOP_TIMEZONE, from 06:00) becomes assembling by the system, the buyer is told through the
 *       outbox and {@link PreorderActivated} is fired; a pending one whose date has passed
 *       unanswered is rejected. It works from the orders' state, so a missed run is caught up by
 *       the next one and no order is moved twice.
 *   <li><b>Reminder</b>: once per calendar day, from 18:00, the buyers of tomorrow's preorders
 *       (pending, accepted, assembling) get a reminder and each of their sellers the day's
 *       procurement summary. The day it last ran is kept in {@code preorder_job_runs}, so a restart
 *       at 18:00 neither skips nor repeats it.
 * </ul>
 */
@ApplicationScoped
public class PreorderJobs {
  private static final Logger LOG = Logger.getLogger(PreorderJobs.class.getName());
  static final long EVERY_SECONDS = 300;
  static final int BATCH = 50;
  static final int MAX_BATCHES = 20;
  static final LocalTime REMINDER_AT = LocalTime.of(18, 0);
  static final String REMINDER_JOB = "reminder";

  @PersistenceContext(unitName = "primary")
  EntityManager db;

  @Inject OrderMoves moves;
  @Inject OrderLog log;
  @Inject PreorderCalendar calendar;
  @Inject FluraiConfig config;
  @Inject Event<PreorderActivated> activated;
  @Inject PreorderJobs self;
  @Inject Jobs jobs;

  void start(@Observes SchemaReady ready) {
    jobs.every(
        "preorder jobs", Duration.ofSeconds(30), Duration.ofSeconds(EVERY_SECONDS), this::round);
  }

  private void round() {
    int n = activateDue();
    if (n > 0) {
      LOG.info(() -> "preorders: " + n + " due preorders moved");
    }
    ZonedDateTime now = ZonedDateTime.now(config.shopTimezone());
    int r = self.remind(now.toLocalDate(), now.toLocalTime());
    if (r > 0) {
      LOG.info(() -> "preorders: reminded " + r + " preorders for tomorrow");
    }
  }

  /**
   * Every due preorder, in batches; returns how many were moved, or -1 when another instance holds
   * the lock.
   */
  public int activateDue() {
    LocalDate today = calendar.businessToday();
    int total = 0;
    for (int i = 0; i < MAX_BATCHES; i++) {
      Batch b = self.activateBatch(today);
      if (b == null) {
        return i == 0 ? -1 : total;
      }
      total += b.moved();
      if (b.seen() < BATCH) {
        break;
      }
    }
    return total;
  }

  /** What one batch saw and moved. */
  public record Batch(int seen, int moved) {}

  /**
   * One batch under the lock (null when another instance holds it): accepted preorders dated {@code
   * today} or earlier become assembling; pending ones dated before {@code today} are rejected. Each
   * order moves in a transaction of its own ({@link #activate}) while this one keeps the lock: an
   * order that a rule refuses to move (its transition, a payment gate), or whose {@link
   * PreorderActivated} observer refuses, is left as it was, and the others still move.
   */
  @Transactional
  public Batch activateBatch(LocalDate today) {
    if (!locked()) {
      return null;
    }
    List<Row> due =
        Rows.list(
            db,
            "select id, seller_id, status, preorder_delivery_date::text as day from orders"
                + " where is_preorder and preorder_delivery_date <= ?1"
                + " and (status = 'accepted' or status = 'pending' and preorder_delivery_date < ?1)"
                + " order by preorder_delivery_date, id limit ?2",
            today,
            BATCH);
    int moved = 0;
    for (Row r : due) {
      long id = r.num("id");
      try {
        if (self.activate(
            id,
            "accepted".equals(r.str("status")),
            r.num("seller_id"),
            LocalDate.parse(r.str("day")))) {
          moved++;
        }
      } catch (RuntimeException e) {
        LOG.warning("preorder " + id + " not moved, will retry: " + e.getMessage());
      }
    }
    return new Batch(due.size(), moved);
  }

  /**
   * One due preorder, in its own transaction: the move, its outbox row and, for an accepted one,
   * {@link PreorderActivated} to its observers; an exception from any of them undoes all of it.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public boolean activate(long orderId, boolean accepted, long sellerId, LocalDate day) {
    boolean moved =
        moves
            .bySystem(orderId, accepted ? OrderStatus.ASSEMBLING : OrderStatus.REJECTED)
            .isPresent();
    if (moved && accepted) {
      activated.fire(new PreorderActivated(orderId, sellerId, day));
    }
    return moved;
  }

  /**
   * Tomorrow's reminders, once per {@code today} and not before {@link #REMINDER_AT}: returns the
   * preorders reminded, 0 when it is not time or already done, -1 when another instance holds the
   * lock.
   */
  @Transactional
  public int remind(LocalDate today, LocalTime now) {
    if (now.isBefore(REMINDER_AT)) {
      return 0;
    }
    if (!locked()) {
      return -1;
    }
    LocalDate last =
        Rows.first(
                db,
                "select last_date::text as last_date from preorder_job_runs where job = ?1",
                REMINDER_JOB)
            .map(r -> LocalDate.parse(r.str("last_date")))
            .orElse(null);
    if (last != null && !last.isBefore(today)) {
      return 0;
    }
    List<Row> due =
        Rows.list(
            db,
            "select id, buyer_id, seller_id from orders where is_preorder"
                + " and preorder_delivery_date = ?1 and seller_id is not null"
                + " and status in ('pending', 'accepted', 'assembling') order by seller_id, id",
            today.plusDays(1));
    Long seller = null;
    for (Row r : due) {
      if (r.optNum("buyer_id") != null) {
        log.notify(r.num("buyer_id"), "preorder_reminder", r.num("id"));
      }
      if (!Long.valueOf(r.num("seller_id")).equals(seller)) {
        seller = r.num("seller_id");
        log.notify(seller, "preorder_day_summary", r.num("id"));
      }
    }
    db.createNativeQuery(
            "insert into preorder_job_runs (job, last_date) values (?1, ?2)"
                + " on conflict (job) do update set last_date = excluded.last_date")
        .setParameter(1, REMINDER_JOB)
        .setParameter(2, today)
        .executeUpdate();
    return due.size();
  }

  private boolean locked() {
    return ClusterLock.PREORDERS.tryTake(db);
  }
}
