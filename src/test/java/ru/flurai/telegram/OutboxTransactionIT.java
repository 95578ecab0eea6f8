package ru.flurai.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.inject.Inject;
import jakarta.transaction.TransactionalException;
import jakarta.transaction.UserTransaction;
import javax.naming.InitialContext;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ru.flurai.incontainer.Fixture;
import ru.flurai.incontainer.InContainer;
import ru.flurai.incontainer.Rollbacks;
import ru.flurai.incontainer.Sql;

/**
 * In the container, on the real database: {@link Outbox#add} writes its message in the caller's
 * transaction, so the message exists if and only if that transaction commits; without a transaction
 * it refuses and writes nothing.
 */
@ExtendWith(ArquillianExtension.class)
public class OutboxTransactionIT {
  @Deployment
  public static WebArchive deployment() {
    return InContainer.archive("outbox", OutboxTransactionIT.class, Outbox.class, Outbox.Row.class);
  }

  @Inject Outbox outbox;
  @Inject Sql sql;
  @Inject Rollbacks rollbacks;

  private Fixture fixture;
  private long chat;
  private UserTransaction tx;

  @BeforeEach
  void fixture() throws Exception {
    fixture = new Fixture(sql);
    chat = fixture.buyer();
    tx = InitialContext.doLookup("java:comp/UserTransaction");
  }

  @AfterEach
  void cleanUp() {
    fixture.close();
  }

  private void add() {
    outbox.add(chat, BotReplies.WELCOME, "{}");
  }

  private long committedMessages() {
    return sql.committedLong("select count(*) from notification_outbox where chat_id = ?1", chat);
  }

  @Test
  public void theMessageCommitsWithTheCallersTransaction() throws Exception {
    tx.begin();
    try {
      add();
      assertEquals(
          1, sql.hereLong("select count(*) from notification_outbox where chat_id = ?1", chat));
      assertEquals(0, committedMessages(), "the message is visible before its transaction commits");
    } finally {
      tx.commit();
    }
    assertEquals(1, committedMessages());
    assertEquals(
        BotReplies.WELCOME,
        sql.committed("select kind from notification_outbox where chat_id = ?1", chat));
  }

  @Test
  public void aRollbackWritesNoMessage() throws Exception {
    tx.begin();
    try {
      add();
      tx.setRollbackOnly();
    } finally {
      tx.rollback();
    }
    assertEquals(0, committedMessages());
  }

  @Test
  public void anExceptionInTheCallerWritesNoMessage() {
    assertThrows(Rollbacks.AfterTheWork.class, () -> rollbacks.failAfter(this::add));
    assertEquals(0, committedMessages());
  }

  @Test
  public void withoutATransactionNothingIsWritten() {
    assertThrows(TransactionalException.class, this::add);
    assertEquals(0, committedMessages());
  }
}
