package ru.flurai.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.startsWith;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.InOrder;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.chat.Chat;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import ru.flurai.ordering.order.OrderMoves;
import ru.flurai.ordering.order.OrderStatus;
import ru.flurai.platform.domain.Conflict;
import ru.flurai.platform.domain.NotFound;

/**
 * What the bot does with each update, with the database, the order service, the outbox and Telegram
 * replaced: each command and button it answers, what it ignores, duplicates, and failures counted
 * and given up. The transaction boundaries themselves are proven over HTTP by UpdateRedeliveryIT.
 */
class UpdateHandlerTest {
  private static final long CHAT = 4242;
  private static final long USER = 100;

  private final EntityManager db = mock(EntityManager.class);
  private final Query mark = query();
  private final Query clearFailures = query();
  private final Query seller = query();
  private final Query failure = query();
  private final OrderMoves moves = mock(OrderMoves.class);
  private final Outbox outbox = mock(Outbox.class);
  private final TelegramGateway telegram = mock(TelegramGateway.class);
  private final TelegramMetrics metrics = mock(TelegramMetrics.class);
  private final UpdateHandler handler = new UpdateHandler();

  private static Query query() {
    Query q = mock(Query.class);
    when(q.setParameter(anyInt(), any())).thenReturn(q);
    return q;
  }

  @BeforeEach
  void wire() {
    handler.db = db;
    handler.moves = moves;
    handler.outbox = outbox;
    handler.telegram = telegram;
    handler.metrics = metrics;
    handler.self = handler;
    when(db.createNativeQuery(startsWith("insert into processed_updates"))).thenReturn(mark);
    when(db.createNativeQuery(startsWith("delete from update_failures"))).thenReturn(clearFailures);
    when(db.createNativeQuery(startsWith("select 1 from sellers"))).thenReturn(seller);
    when(db.createNativeQuery(startsWith("insert into update_failures"))).thenReturn(failure);
    when(mark.executeUpdate()).thenReturn(1);
    when(seller.getResultList()).thenReturn(List.of());
  }

  private static Update text(int updateId, String text) {
    Message m = new Message();
    m.setChat(new Chat(CHAT, "private"));
    m.setFrom(new User(USER, "Анна", false));
    m.setText(text);
    Update u = new Update();
    u.setUpdateId(updateId);
    u.setMessage(m);
    return u;
  }

  private static Update press(int updateId, String data) {
    CallbackQuery q = new CallbackQuery();
    q.setId("cb-" + updateId);
    q.setFrom(new User(USER, "Анна", false));
    q.setData(data);
    Update u = new Update();
    u.setUpdateId(updateId);
    u.setCallbackQuery(q);
    return u;
  }

  private AnswerCallbackQuery answered() throws TelegramApiException {
    ArgumentCaptor<AnswerCallbackQuery> a = ArgumentCaptor.forClass(AnswerCallbackQuery.class);
    verify(telegram).answer(a.capture());
    return a.getValue();
  }

  @Test
  void startQueuesTheWelcomeInTheUpdatesTransactionAfterMarkingIt() {
    assertEquals(UpdateHandler.Outcome.HANDLED, handler.handle(text(1, "  /start  "), "webhook"));

    InOrder order = inOrder(mark, outbox);
    order.verify(mark).executeUpdate();
    order.verify(outbox).add(CHAT, BotReplies.WELCOME, "{}");
    verify(mark).setParameter(1, 1L);
    verify(clearFailures).executeUpdate();
    verifyNoInteractions(moves);
  }

  @Test
  void startByASellerQueuesTheSellerWelcome() {
    when(seller.getResultList()).thenReturn(List.of(1));

    handler.handle(text(2, "/start"), "polling");

    verify(seller).setParameter(1, USER);
    verify(outbox).add(CHAT, BotReplies.SELLER_WELCOME, "{}");
  }

  @Test
  void startWithAShopLinkQueuesTheInviteEvenForASeller() {
    when(seller.getResultList()).thenReturn(List.of(1));

    handler.handle(text(3, "/start seller_12345"), "webhook");

    verify(outbox).add(CHAT, BotReplies.SHOP_INVITE, "{\"shop_id\":\"12345\"}");
  }

  @Test
  void startWithAnythingElseIsThePlainWelcome() {
    handler.handle(text(4, "/start seller_12a"), "webhook");
    handler.handle(text(5, "/start seller_12345678901234567890"), "webhook");
    handler.handle(text(6, "/start ref_7"), "webhook");

    verify(outbox, times(3)).add(CHAT, BotReplies.WELCOME, "{}");
    verify(outbox, never()).add(anyLong(), startsWith(BotReplies.SHOP_INVITE), anyString());
  }

  @Test
  void otherTextAndMessagesWithoutTextAreMarkedAndIgnored() {
    Update photo = text(7, null);
    photo.getMessage().setText(null);

    assertEquals(UpdateHandler.Outcome.HANDLED, handler.handle(text(8, "hello"), "webhook"));
    assertEquals(UpdateHandler.Outcome.HANDLED, handler.handle(text(9, "/help"), "webhook"));
    assertEquals(UpdateHandler.Outcome.HANDLED, handler.handle(photo, "webhook"));
    assertEquals(UpdateHandler.Outcome.HANDLED, handler.handle(new Update(), "webhook"));
    assertEquals(UpdateHandler.Outcome.HANDLED, handler.handle(null, "webhook"));

    verifyNoInteractions(outbox, moves, telegram);
    verify(mark, times(3)).executeUpdate();
  }

  @Test
  void aDuplicateUpdateIdDoesNothingAgain() throws Exception {
    when(mark.executeUpdate()).thenReturn(0);

    assertEquals(UpdateHandler.Outcome.HANDLED, handler.handle(text(10, "/start"), "polling"));
    assertEquals(UpdateHandler.Outcome.HANDLED, handler.handle(press(10, "acc:5"), "webhook"));

    verifyNoInteractions(outbox, moves);
    verify(telegram, never()).answer(any());
    verify(clearFailures, never()).executeUpdate();
  }

  @Test
  void acceptRejectAndReceivedMoveTheOrderAndAnswerThePress() throws Exception {
    handler.handle(press(11, "acc:501"), "webhook");
    verify(moves).bySeller(USER, 501, OrderStatus.ACCEPTED);
    assertEquals(BotTexts.ACCEPTED, answered().getText());
    assertEquals("cb-11", answered().getCallbackQueryId());

    UpdateHandler.Outcome rejected = handler.handle(press(12, "rej:502"), "webhook");
    verify(moves).bySeller(USER, 502, OrderStatus.REJECTED);
    assertEquals(UpdateHandler.Outcome.HANDLED, rejected);

    handler.handle(press(13, "recv:503"), "polling");
    verify(moves).byBuyer(USER, 503, OrderStatus.COMPLETED);

    ArgumentCaptor<AnswerCallbackQuery> all = ArgumentCaptor.forClass(AnswerCallbackQuery.class);
    verify(telegram, times(3)).answer(all.capture());
    assertEquals(
        List.of(BotTexts.ACCEPTED, BotTexts.REJECTED, BotTexts.RECEIVED),
        all.getAllValues().stream().map(AnswerCallbackQuery::getText).toList());
    verifyNoInteractions(outbox);
  }

  @Test
  void aForeignOrderIsNotYoursAndAMovedOneIsAlreadyHandled() throws Exception {
    when(moves.bySeller(USER, 1, OrderStatus.ACCEPTED)).thenThrow(new NotFound("x"));
    when(moves.bySeller(USER, 2, OrderStatus.ACCEPTED)).thenThrow(new Conflict("x"));

    for (int order = 1; order <= 2; order++) {
      assertEquals(
          UpdateHandler.Outcome.HANDLED, handler.handle(press(20 + order, "acc:" + order), "x"));
    }

    ArgumentCaptor<AnswerCallbackQuery> all = ArgumentCaptor.forClass(AnswerCallbackQuery.class);
    verify(telegram, times(2)).answer(all.capture());
    assertEquals(
        List.of(BotTexts.NOT_YOURS, BotTexts.ALREADY),
        all.getAllValues().stream().map(AnswerCallbackQuery::getText).toList());
    verifyNoInteractions(metrics);
  }

  @Test
  void unknownButtonsAreAnsweredAsUnknownWithoutMovingAnything() throws Exception {
    for (String data : new String[] {"del:5", "acc:", "acc:x", "acc:1:2", "5", "", ":5"}) {
      handler.handle(press(30, data), "webhook");
    }
    Update noData = press(31, null);
    handler.handle(noData, "webhook");

    verifyNoInteractions(moves);
    ArgumentCaptor<AnswerCallbackQuery> all = ArgumentCaptor.forClass(AnswerCallbackQuery.class);
    verify(telegram, times(8)).answer(all.capture());
    all.getAllValues().forEach(a -> assertEquals(BotTexts.UNKNOWN, a.getText()));
  }

  @Test
  void anAnswerTelegramDoesNotTakeLeavesThePressHandled() throws Exception {
    when(telegram.answer(any())).thenThrow(new TelegramApiException("down"));

    assertEquals(UpdateHandler.Outcome.HANDLED, handler.handle(press(40, "acc:9"), "webhook"));
    verify(moves).bySeller(USER, 9, OrderStatus.ACCEPTED);
  }

  @Test
  void aFailedUpdateIsCountedAndDeliveredAgainUntilTheLastAttempt() throws Exception {
    when(moves.bySeller(USER, 9, OrderStatus.ACCEPTED))
        .thenThrow(new IllegalStateException("trigger refused\nsecond line"));
    when(failure.getSingleResult()).thenReturn(1, UpdateHandler.MAX_ATTEMPTS);

    assertEquals(UpdateHandler.Outcome.RETRY, handler.handle(press(50, "acc:9"), "webhook"));
    verify(failure).setParameter(2, "IllegalStateException: trigger refused");
    verify(metrics).updateFailed("webhook");
    verify(mark, times(1)).executeUpdate(); // the mark of the rolled-back attempt only

    assertEquals(UpdateHandler.Outcome.HANDLED, handler.handle(press(50, "acc:9"), "polling"));
    verify(metrics).updateGivenUp("polling");
    // the second attempt's mark, then the given-up mark in the failure's own transaction
    verify(mark, times(3)).setParameter(1, 50L);
    verify(mark, times(3)).executeUpdate();
    verify(telegram, never()).answer(any());
  }

  @Test
  void aFailureThatCannotBeRecordedIsNeverGivenUp() {
    when(moves.bySeller(USER, 9, OrderStatus.ACCEPTED)).thenThrow(new IllegalStateException("x"));
    when(failure.getSingleResult()).thenThrow(new IllegalStateException("database down"));

    assertEquals(UpdateHandler.Outcome.RETRY, handler.handle(press(60, "acc:9"), "webhook"));
    verify(metrics, never()).updateGivenUp(anyString());
  }

  @Test
  void briefIsTheInnermostCauseOnOneShortLine() {
    assertEquals(
        "IllegalArgumentException: bad",
        UpdateHandler.brief(
            new RuntimeException(
                "outer",
                new IllegalStateException("mid", new IllegalArgumentException(" bad \nmore")))));
    assertEquals("NullPointerException", UpdateHandler.brief(new NullPointerException()));
    String longest = UpdateHandler.brief(new RuntimeException("y".repeat(1000)));
    assertEquals(301, longest.length());
    assertEquals('…', longest.charAt(300));
  }
}
