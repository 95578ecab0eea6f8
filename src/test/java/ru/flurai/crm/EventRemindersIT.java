package ru.flurai.crm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ru.flurai.incontainer.Fixture;
import ru.flurai.incontainer.InContainer;
import ru.flurai.incontainer.OpenTx;
import ru.flurai.incontainer.Sql;
import ru.flurai.platform.db.SchemaReady;

/**
 * In the container: the reminder job queues one outbox message per seller with the dates due, each
 * reminder once ({@code remind_days_before} ahead, then on the day), whatever day it is run again;
 * while one run holds the cluster lock another queues nothing.
 */
@ExtendWith(ArquillianExtension.class)
public class EventRemindersIT {
  @Deployment
  public static WebArchive deployment() {
    return InContainer.archive(
        "reminders",
        EventRemindersIT.class,
        EventReminders.class,
        UpcomingEvents.class,
        CustomerViews.class,
        SchemaReady.class);
  }

  @Inject EventReminders reminders;
  @Inject Sql sql;

  private Fixture fixture;
  private LocalDate today;

  @BeforeEach
  void fixture() {
    fixture = new Fixture(sql);
    // far from any real date, so the real server's own runs never find these
    today = LocalDate.now(ZoneId.of("Europe/Moscow")).plusYears(50).withDayOfYear(100);
    long customer =
        sql.insert(
            "insert into customers (seller_id, phone, first_name, last_name, card_number, birthday)"
                + " values (?1, '79990001122', 'Анна', 'Петрова', 'FL-R1', ?2) returning id",
            fixture.seller,
            today.minusYears(80)); // the birthday is today
    sql.commit(
        "insert into customer_events (customer_id, seller_id, title, event_date, remind_days_before)"
            + " values (?1, ?2, 'Годовщина', ?3, 3)",
        customer,
        fixture.seller,
        today.plusDays(2));
  }

  @AfterEach
  void cleanUp() {
    sql.commit("delete from notification_outbox where chat_id = ?1", fixture.seller);
    fixture.close();
  }

  private long messages() {
    return sql.committedLong(
        "select count(*) from notification_outbox where chat_id = ?1 and kind = 'bot_text'",
        fixture.seller);
  }

  private String last() {
    return (String)
        sql.committed(
            "select payload->>'text' from notification_outbox where chat_id = ?1 order by id desc"
                + " limit 1",
            fixture.seller);
  }

  @Test
  public void eachReminderOnceAheadAndOnTheDay() throws Exception {
    assertTrue(reminders.run(today) >= 1);
    assertEquals(1, messages());
    assertTrue(last().contains("Петрова Анна — День рождения (сегодня!)"), last());
    assertTrue(last().contains("Петрова Анна — Годовщина (через 2 дн.)"), last());
    reminders.run(today);
    reminders.run(today.plusDays(1));
    assertEquals(1, messages(), "nothing new before the day");
    reminders.run(today.plusDays(2));
    assertEquals(2, messages());
    assertTrue(last().contains("Годовщина (сегодня!)"), last());
    assertTrue(!last().contains("День рождения"), last());
  }

  @Test
  public void aSecondRunWhileTheFirstHoldsTheLockQueuesNothing() throws Exception {
    OpenTx<Integer> first = OpenTx.start(() -> reminders.run(today));
    assertTrue(first.result() >= 1);
    assertEquals(-1, OpenTx.onAnotherThread(() -> reminders.run(today)));
    first.commit();
    assertEquals(1, messages());
  }
}
