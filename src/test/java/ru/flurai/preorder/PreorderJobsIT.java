package ru.flurai.preorder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.UserTransaction;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import javax.naming.InitialContext;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ru.flurai.catalog.BusinessDay;
import ru.flurai.incontainer.Fixture;
import ru.flurai.incontainer.InContainer;
import ru.flurai.incontainer.OpenTx;
import ru.flurai.incontainer.Sql;
import ru.flurai.ordering.order.OrderMovesClasses;
import ru.flurai.platform.db.SchemaReady;

/**
 * In the container, on the real database: the preorder jobs (PRODUCT.md §8.3). Activation moves an
 * accepted preorder whose date has come to assembling (history by the system, the buyer's outbox
 * row, {@link PreorderActivated} observed in the same transaction), rejects a pending one whose
 * date has passed, leaves a later one alone, and moves nothing twice; while one instance holds the
 * job's advisory lock, another (a second thread, as PostgreSQL sees it) skips. The reminder runs
 * once per day from 18:00. Each test works inside one transaction it rolls back, on dates no real
 * order has (2001 and 2090), so the real WAR's own schedule never sees or races its rows.
 */
@ExtendWith(ArquillianExtension.class)
public class PreorderJobsIT {
  private static final int ATTEMPTS = 600; // x 100 ms: the real WAR's job holds the lock briefly
  private static final LocalDate NOTHING_DUE = LocalDate.of(2000, 1, 1);
  private static final LocalDate DAY = LocalDate.of(2001, 1, 10);
  private static final LocalDate REMIND_DAY = LocalDate.of(2090, 1, 10);

  @Deployment
  public static WebArchive deployment() {
    return InContainer.archive(
            "preorder-jobs",
            PreorderJobsIT.class,
            PreorderJobs.class,
            PreorderJobs.Batch.class,
            PreorderActivated.class,
            PreorderEventsSeen.class,
            PreorderCalendar.class,
            PreorderTerms.class,
            BusinessDay.class,
            SchemaReady.class)
        .addClasses(OrderMovesClasses.MOVES);
  }

  @Inject PreorderJobs jobs;
  @Inject PreorderEventsSeen events;
  @Inject Sql sql;

  private Fixture fixture;
  private UserTransaction tx;

  @BeforeEach
  void fixture() throws Exception {
    fixture = new Fixture(sql);
    tx = InitialContext.doLookup("java:comp/UserTransaction");
    events.clear();
  }

  @AfterEach
  void cleanUp() throws Exception {
    if (tx.getStatus() != Status.STATUS_NO_TRANSACTION) {
      tx.rollback();
    }
    fixture.close();
  }

  /** A preorder of {@code buyer} in the caller's transaction, uncommitted. */
  private long preorder(long buyer, String status, LocalDate date) {
    long id =
        ((Number)
                sql.here(
                    "insert into orders (buyer_id, seller_id, delivery_type, total_price, status,"
                        + " is_preorder, preorder_delivery_date)"
                        + " values (?1, ?2, 'Самовывоз', 500, ?3, true, ?4) returning id",
                    buyer,
                    fixture.seller,
                    status,
                    date))
            .longValue();
    sql.exec(
        "insert into order_items (order_id, line_no, product_id, name, price, quantity)"
            + " values (?1, 1, null, 'Пионы', 500, 1)",
        id);
    return id;
  }

  /** A preorder of {@code buyer}, committed (what the activation's own transactions see). */
  private long committedPreorder(long buyer, String status, LocalDate date) {
    long id =
        sql.insert(
            "insert into orders (buyer_id, seller_id, delivery_type, total_price, status,"
                + " is_preorder, preorder_delivery_date)"
                + " values (?1, ?2, 'Самовывоз', 500, ?3, true, ?4) returning id",
            buyer,
            fixture.seller,
            status,
            date);
    sql.commit(
        "insert into order_items (order_id, line_no, product_id, name, price, quantity)"
            + " values (?1, 1, null, 'Пионы', 500, 1)",
        id);
    return id;
  }

  private String status(long order) {
    return (String) sql.committed("select status from orders where id = ?1", order);
  }

  /**
   * Begins a transaction that holds the job lock (a batch for a day nothing is due on), retrying
   * while the real WAR's job has it; from then on the real job skips, so it never takes the rows
   * the test commits.
   */
  private void holdTheJobLock() throws Exception {
    for (int i = 0; i < ATTEMPTS; i++) {
      tx.begin();
      PreorderJobs.Batch b = jobs.activateBatch(NOTHING_DUE);
      if (b != null) {
        assertEquals(new PreorderJobs.Batch(0, 0), b);
        return;
      }
      tx.rollback();
      Thread.sleep(100);
    }
    throw new AssertionError("the activation never got the lock");
  }

  @Test
  public void duePreordersAreActivatedOnceAndTheEventIsFired() throws Exception {
    long buyer = fixture.buyer();
    holdTheJobLock();
    long due = committedPreorder(buyer, "accepted", DAY);
    long stale = committedPreorder(buyer, "pending", DAY.minusDays(1));
    long later = committedPreorder(buyer, "accepted", DAY.plusDays(1));
    assertEquals(new PreorderJobs.Batch(2, 2), jobs.activateBatch(DAY));
    assertEquals("assembling", status(due));
    assertEquals("rejected", status(stale));
    assertEquals("accepted", status(later), "its date has not come");
    assertEquals(
        "system",
        sql.committed(
            "select actor from order_status_history where order_id = ?1 and to_status ="
                + " 'assembling'",
            due));
    assertEquals(
        1L,
        sql.committedLong(
            "select count(*) from notification_outbox where chat_id = ?1 and kind ="
                + " 'order_assembling' and payload->>'order_id' = ?2",
            buyer,
            Long.toString(due)));
    assertEquals(
        1L,
        sql.committedLong(
            "select count(*) from notification_outbox where chat_id = ?1 and kind ="
                + " 'order_rejected'",
            buyer));
    assertEquals(List.of(new PreorderActivated(due, fixture.seller, DAY)), events.seen());

    // another instance meanwhile: the lock is held, it skips and moves nothing
    PreorderJobs.Batch other = OpenTx.onAnotherThread(() -> jobs.activateBatch(DAY));
    assertNull(other, "a second instance ran while the first held the lock");
    // the same instance again: nothing is due any more
    assertEquals(new PreorderJobs.Batch(0, 0), jobs.activateBatch(DAY));
    assertEquals(1, events.seen().size(), "activated once");
    tx.commit();
  }

  /** Each order moves in its own transaction: an observer's refusal undoes that order alone. */
  @Test
  public void anObserversRefusalUndoesThatActivationAlone() throws Exception {
    long buyer = fixture.buyer();
    holdTheJobLock();
    long refused = committedPreorder(buyer, "accepted", DAY);
    long other = committedPreorder(buyer, "accepted", DAY);
    events.refuse(refused);
    assertEquals(new PreorderJobs.Batch(2, 1), jobs.activateBatch(DAY));
    assertEquals("accepted", status(refused), "its activation was undone");
    assertEquals(
        0L,
        sql.committedLong(
            "select count(*) from order_status_history where order_id = ?1 and to_status ="
                + " 'assembling'",
            refused));
    assertEquals(
        0L,
        sql.committedLong(
            "select count(*) from notification_outbox where payload->>'order_id' = ?1",
            Long.toString(refused)));
    assertEquals("assembling", status(other));
    assertEquals(List.of(new PreorderActivated(other, fixture.seller, DAY)), events.seen());
    // accepted, so the next round tries it again
    events.clear();
    assertEquals(new PreorderJobs.Batch(1, 1), jobs.activateBatch(DAY));
    assertEquals("assembling", status(refused));
    tx.commit();
  }

  @Test
  public void tomorrowsPreordersAreRemindedOncePerDayFromSix() throws Exception {
    long a = fixture.buyer();
    long b = fixture.buyer();
    LocalDate tomorrow = REMIND_DAY.plusDays(1);
    int first = -1;
    for (int i = 0; i < ATTEMPTS && first < 0; i++) {
      tx.begin();
      preorder(a, "pending", tomorrow);
      preorder(b, "accepted", tomorrow);
      preorder(b, "cancelled", tomorrow);
      preorder(a, "accepted", tomorrow.plusDays(1));
      assertEquals(0, jobs.remind(REMIND_DAY, LocalTime.of(17, 59)), "not before 18:00");
      first = jobs.remind(REMIND_DAY, LocalTime.of(18, 0));
      if (first < 0) {
        tx.rollback();
        Thread.sleep(100);
      }
    }
    assertEquals(2, first);
    assertEquals(
        2L,
        sql.hereLong(
            "select count(*) from notification_outbox where chat_id in (?1, ?2)"
                + " and kind = 'preorder_reminder'",
            a,
            b));
    assertEquals(
        1L,
        sql.hereLong(
            "select count(*) from notification_outbox where chat_id = ?1"
                + " and kind = 'preorder_day_summary'",
            fixture.seller));
    assertNotNull(sql.here("select last_date from preorder_job_runs where job = 'reminder'"));
    assertEquals(0, jobs.remind(REMIND_DAY, LocalTime.of(21, 0)), "once a day");
    tx.rollback();
  }
}
