package ru.flurai.crm;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import ru.flurai.platform.config.FluraiConfig;
import ru.flurai.platform.db.Rows;
import ru.flurai.platform.db.SchemaReady;
import ru.flurai.platform.jobs.ClusterLock;
import ru.flurai.platform.jobs.Jobs;

/**
 * Reminds sellers of their customers' dates through the Telegram outbox (LATER.md §6.6, "Java"):
 * once when the date is {@code remind_days_before} days away or nearer (3 for birthdays), and once
 * on the day itself. Each reminder is recorded in {@code crm_reminders_sent} in the transaction
 * that queues it, so it goes out once whichever instance runs the job, and a day the job missed is
 * caught up on the next run as long as the date has not passed. The job runs every 30 minutes under
 * its {@link ClusterLock} (one instance at a time).
 */
@ApplicationScoped
public class EventReminders {
  private static final Logger LOG = Logger.getLogger(EventReminders.class.getName());
  static final String KIND = "bot_text";

  @PersistenceContext(unitName = "primary")
  EntityManager db;

  @Inject UpcomingEvents upcoming;
  @Inject FluraiConfig config;
  @Inject Jobs jobs;

  void start(@Observes SchemaReady ready) {
    jobs.every(
        "customer event reminders",
        Duration.ofSeconds(90),
        Duration.ofMinutes(30),
        () -> {
          int n = run(LocalDate.now(config.shopTimezone()));
          if (n > 0) {
            LOG.info("queued " + n + " customer event reminders");
          }
        });
  }

  /**
   * Queues the reminders due on {@code today} for every seller; -1 when another instance is running
   * them. Returns the messages queued.
   */
  @Transactional
  public int run(LocalDate today) {
    if (!ClusterLock.CRM_REMINDERS.tryTake(db)) {
      return -1;
    }
    int messages = 0;
    for (Rows.Row s :
        Rows.list(
            db,
            "select s.seller_id from sellers s where s.deleted_at is null and s.is_blocked = false"
                + " and (exists (select 1 from customer_events e where e.seller_id = s.seller_id)"
                + " or exists (select 1 from customers c where c.seller_id = s.seller_id"
                + " and c.birthday is not null)) order by s.seller_id")) {
      messages += remind(s.num("seller_id"), today);
    }
    return messages;
  }

  private int remind(long sellerId, LocalDate today) {
    List<String> lines = new ArrayList<>();
    for (UpcomingEvents.Due d : upcoming.due(sellerId, today, 365)) {
      int days = d.item().daysUntil();
      String stage = days == 0 ? "day" : days <= d.remindDaysBefore() ? "before" : null;
      if (stage == null) {
        continue;
      }
      String key = (d.item().type().equals("birthday") ? "b" : "e") + d.sourceId() + ":" + stage;
      int fresh =
          db.createNativeQuery(
                  "insert into crm_reminders_sent (seller_id, reminder, sent_on)"
                      + " values (?1, ?2, ?3) on conflict do nothing")
              .setParameter(1, sellerId)
              .setParameter(2, key)
              .setParameter(3, d.item().eventDate())
              .executeUpdate();
      if (fresh > 0) {
        lines.add(line(d.item()));
      }
    }
    if (lines.isEmpty()) {
      return 0;
    }
    String text = "📅 Предстоящие события клиентов:\n\n" + String.join("\n", lines);
    db.createNativeQuery(
            "insert into notification_outbox (chat_id, kind, payload) values (?1, ?2, cast(?3 as jsonb))")
        .setParameter(1, sellerId)
        .setParameter(2, KIND)
        .setParameter(3, Json.createObjectBuilder().add("text", text).build().toString())
        .executeUpdate();
    return 1;
  }

  static String line(CustomerViews.Upcoming u) {
    String when =
        switch (u.daysUntil()) {
          case 0 -> "сегодня!";
          case 1 -> "завтра!";
          default -> "через " + u.daysUntil() + " дн.";
        };
    return "• " + u.customerName().strip() + " — " + u.title() + " (" + when + ")";
  }
}
