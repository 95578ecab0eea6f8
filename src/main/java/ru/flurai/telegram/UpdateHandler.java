package ru.flurai.telegram;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.logging.Logger;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import ru.flurai.loyalty.VerifiedPhones;
import ru.flurai.ordering.order.OrderMoves;
import ru.flurai.ordering.order.OrderStatus;
import ru.flurai.platform.domain.DomainException;
import ru.flurai.platform.domain.NotFound;

/**
 * What the bot does with an update, whichever way it arrived (webhook or polling): /start, /start
 * seller_&lt;id&gt;, and the order buttons, which go through the same service and state machine as
 * the panel.
 *
 * <p>Each update is one transaction: it is marked in {@code processed_updates}, its effect is
 * applied (the order move with its history row and notification) and its /start reply is queued in
 * the outbox, or none of it happens. The mark is the first statement, so a second delivery of the
 * same update_id (any instance, webhook or polling) waits for the first transaction and then finds
 * it handled, or takes over if the first one rolled back. A stale or foreign button press is
 * refused politely and still counts as handled. The answer to a button press (a toast) is sent only
 * after the commit. A failed update is counted ({@code update_failures}, own transaction) and left
 * for Telegram to deliver again; after {@link #MAX_ATTEMPTS} failures it is marked processed with a
 * warning so that one update that can never succeed does not block the bot.
 */
@ApplicationScoped
public class UpdateHandler {
  private static final Logger LOG = Logger.getLogger(UpdateHandler.class.getName());
  static final int MAX_ATTEMPTS = 5;

  /**
   * HANDLED: done, a duplicate, or given up, so Telegram may forget it; RETRY: Telegram must
   * deliver it again.
   */
  public enum Outcome {
    HANDLED,
    RETRY
  }

  @PersistenceContext(unitName = "primary")
  EntityManager db;

  @Inject TelegramGateway telegram;
  @Inject OrderMoves moves;
  @Inject Outbox outbox;
  @Inject TelegramMetrics metrics;
  @Inject VerifiedPhones phones;
  @Inject UpdateHandler self;

  /** Handles one update that came by {@code source} ("webhook" or "polling"). */
  public Outcome handle(Update update, String source) {
    if (update == null || update.getUpdateId() == null) {
      return Outcome.HANDLED;
    }
    long id = update.getUpdateId();
    Optional<AnswerCallbackQuery> answer;
    try {
      answer = self.apply(update);
    } catch (RuntimeException e) {
      return failed(id, source, e);
    }
    answer.ifPresent(a -> answerAfterCommit(id, a));
    return Outcome.HANDLED;
  }

  /** Mark, effect and replies in one transaction; empty when the update was handled before. */
  @Transactional
  public Optional<AnswerCallbackQuery> apply(Update update) {
    long id = update.getUpdateId();
    if (db.createNativeQuery(
                "insert into processed_updates (update_id) values (?1) on conflict do nothing")
            .setParameter(1, id)
            .executeUpdate()
        == 0) {
      return Optional.empty();
    }
    db.createNativeQuery("delete from update_failures where update_id = ?1")
        .setParameter(1, id)
        .executeUpdate();
    if (update.hasCallbackQuery()) {
      return Optional.of(callback(update.getCallbackQuery()));
    }
    if (update.hasMessage() && update.getMessage().hasText()) {
      message(update.getMessage());
    }
    if (update.hasMessage() && update.getMessage().hasContact()) {
      contact(update.getMessage());
    }
    return Optional.empty();
  }

  /**
   * Counts a failed attempt; the last allowed one marks the update processed. Returns the attempts
   * so far.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public int countFailure(long updateId, String error) {
    int attempts =
        ((Number)
                db.createNativeQuery(
                        "insert into update_failures (update_id, attempts, last_error)"
                            + " values (?1, 1, ?2) on conflict (update_id) do update set attempts = update_failures.attempts + 1,"
                            + " last_error = excluded.last_error, last_failed_at = now() returning attempts")
                    .setParameter(1, updateId)
                    .setParameter(2, error)
                    .getSingleResult())
            .intValue();
    if (attempts >= MAX_ATTEMPTS) {
      db.createNativeQuery(
              "insert into processed_updates (update_id) values (?1) on conflict do nothing")
          .setParameter(1, updateId)
          .executeUpdate();
    }
    return attempts;
  }

  private Outcome failed(long id, String source, RuntimeException e) {
    metrics.updateFailed(source);
    String error = brief(e);
    int attempts;
    try {
      attempts = self.countFailure(id, error);
    } catch (
        RuntimeException
            again) { // the database itself is unavailable: never give an update up for that
      LOG.warning(
          "Telegram update "
              + id
              + " ("
              + source
              + ") failed, Telegram will deliver it again: "
              + error
              + " (attempt not recorded: "
              + brief(again)
              + ")");
      return Outcome.RETRY;
    }
    if (attempts >= MAX_ATTEMPTS) {
      metrics.updateGivenUp(source);
      LOG.warning(
          "Telegram update "
              + id
              + " ("
              + source
              + ") given up after "
              + attempts
              + " failed attempts and marked processed: "
              + error);
      return Outcome.HANDLED;
    }
    LOG.warning(
        "Telegram update "
            + id
            + " ("
            + source
            + ") failed (attempt "
            + attempts
            + " of "
            + MAX_ATTEMPTS
            + "), Telegram will deliver it again: "
            + error);
    return Outcome.RETRY;
  }

  private void answerAfterCommit(long id, AnswerCallbackQuery answer) {
    try {
      telegram.answer(answer);
    } catch (Exception e) {
      LOG.warning(
          "the answer to button press "
              + id
              + " was not delivered (the press itself is done): "
              + brief(e));
    }
  }

  private void message(Message m) {
    String text = m.getText().strip();
    if (!text.startsWith("/start")) {
      return;
    }
    long chat = m.getChatId();
    String arg = text.length() > 6 ? text.substring(6).strip() : "";
    if (arg.matches("seller_\\d{1,19}")) {
      outbox.add(chat, BotReplies.SHOP_INVITE, "{\"shop_id\":\"" + arg.substring(7) + "\"}");
    } else if (m.getFrom() != null && isSeller(m.getFrom().getId())) {
      outbox.add(chat, BotReplies.SELLER_WELCOME, "{}");
    } else {
      outbox.add(chat, BotReplies.WELCOME, "{}");
    }
  }

  /**
   * A shared contact (the Mini App's requestContact): verifies the sender's phone only when it is
   * the sender's own ({@code contact.user_id == from.id}), and says what happened.
   */
  private void contact(Message m) {
    if (m.getFrom() == null) {
      return;
    }
    VerifiedPhones.Outcome outcome =
        phones.contactShared(
            m.getFrom().getId(), m.getContact().getUserId(), m.getContact().getPhoneNumber());
    outbox.add(
        m.getChatId(),
        switch (outcome) {
          case VERIFIED -> BotReplies.PHONE_VERIFIED;
          case NOT_OWN -> BotReplies.PHONE_NOT_OWN;
          case NOT_RUSSIAN -> BotReplies.PHONE_NOT_RUSSIAN;
        },
        "{}");
  }

  private AnswerCallbackQuery callback(CallbackQuery q) {
    String data = q.getData() == null ? "" : q.getData();
    long from = q.getFrom().getId();
    String answer;
    try {
      long orderId = Long.parseLong(data.substring(data.indexOf(':') + 1));
      answer =
          switch (data.substring(0, Math.max(0, data.indexOf(':')))) {
            case "acc" ->
                act(() -> moves.bySeller(from, orderId, OrderStatus.ACCEPTED), BotTexts.ACCEPTED);
            case "rej" ->
                act(() -> moves.bySeller(from, orderId, OrderStatus.REJECTED), BotTexts.REJECTED);
            case "recv" ->
                act(() -> moves.byBuyer(from, orderId, OrderStatus.COMPLETED), BotTexts.RECEIVED);
            default -> BotTexts.UNKNOWN;
          };
    } catch (NumberFormatException | StringIndexOutOfBoundsException e) {
      answer = BotTexts.UNKNOWN;
    }
    return AnswerCallbackQuery.builder().callbackQueryId(q.getId()).text(answer).build();
  }

  /**
   * A refused move (not this user's order, already moved) is a polite answer; OrderMoves refuses
   * before writing, with a {@link DomainException} ({@link NotFound} = not this user's order).
   */
  private static String act(Runnable move, String done) {
    try {
      move.run();
      return done;
    } catch (NotFound e) {
      return BotTexts.NOT_YOURS;
    } catch (DomainException e) {
      return BotTexts.ALREADY;
    }
  }

  private boolean isSeller(long tgId) {
    return !db.createNativeQuery(
            "select 1 from sellers where seller_id = ?1 and deleted_at is null")
        .setParameter(1, tgId)
        .getResultList()
        .isEmpty();
  }

  /**
   * One line for a log: the innermost cause's class and the first line of its message, at most 300
   * characters.
   */
  static String brief(Throwable e) {
    Throwable root = e;
    for (int depth = 0; root.getCause() != null && root.getCause() != root && depth < 20; depth++) {
      root = root.getCause();
    }
    String message = root.getMessage() == null ? "" : root.getMessage().strip();
    int eol = message.indexOf('\n');
    String line =
        root.getClass().getSimpleName()
            + (message.isEmpty()
                ? ""
                : ": " + (eol < 0 ? message : message.substring(0, eol)).strip());
    return line.length() > 300 ? line.substring(0, 300) + "…" : line;
  }
}
