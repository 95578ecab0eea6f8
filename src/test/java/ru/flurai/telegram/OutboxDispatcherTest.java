package ru.flurai.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyDouble;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import jakarta.persistence.PersistenceException;
import java.net.ConnectException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.InOrder;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.ApiResponse;
import org.telegram.telegrambots.meta.api.objects.ResponseParameters;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/**
 * One dispatcher tick with its collaborators replaced: what is claimed is sent and settled exactly
 * once, pacing and Telegram's refusals decide when a row comes back, and nothing stops the next
 * tick.
 */
class OutboxDispatcherTest {
  private final Outbox outbox = mock(Outbox.class);
  private final Messages messages = mock(Messages.class);
  private final BotReplies replies = mock(BotReplies.class);
  private final TelegramGateway telegram = mock(TelegramGateway.class);
  private final SendPacing pacing = mock(SendPacing.class);
  private final TelegramMetrics metrics = mock(TelegramMetrics.class);
  private final TelegramStatus status = mock(TelegramStatus.class);
  private final OutboxDispatcher dispatcher = new OutboxDispatcher();

  private static final long CHAT = 555;

  @BeforeEach
  void wire() {
    dispatcher.outbox = outbox;
    dispatcher.messages = messages;
    dispatcher.replies = replies;
    dispatcher.telegram = telegram;
    dispatcher.pacing = pacing;
    dispatcher.metrics = metrics;
    dispatcher.status = status;
    when(pacing.tryAcquire(anyLong())).thenReturn(true);
    when(messages.render(anyLong(), anyString(), anyLong()))
        .thenAnswer(a -> Optional.of(message(a.getArgument(0), "order " + a.getArgument(2))));
    when(replies.render(any(Outbox.Row.class)))
        .thenAnswer(a -> Optional.of(message(((Outbox.Row) a.getArgument(0)).chatId(), "hi")));
  }

  private static SendMessage message(long chat, String text) {
    return SendMessage.builder().chatId(chat).text(text).build();
  }

  private static Outbox.Row order(long id, long orderId, int attempts) {
    return new Outbox.Row(id, CHAT, "seller_new_order", orderId, null, attempts);
  }

  private static TelegramApiRequestException refusal(int code, String description, Integer retry) {
    ApiResponse<Object> answer =
        ApiResponse.builder()
            .ok(false)
            .errorCode(code)
            .errorDescription(description)
            .parameters(retry == null ? null : new ResponseParameters(null, retry))
            .build();
    return new TelegramApiRequestException("Error sending message", answer);
  }

  @Test
  void everyClaimedRowIsSentOnceAndMarkedSentOnceInOrder() throws Exception {
    Outbox.Row first = order(1, 10, 0);
    Outbox.Row reply = new Outbox.Row(2, 777, BotReplies.WELCOME, null, null, 0);
    when(outbox.lease()).thenReturn(List.of(first, reply));

    dispatcher.tick();

    ArgumentCaptor<SendMessage> sent = ArgumentCaptor.forClass(SendMessage.class);
    verify(telegram, times(2)).send(sent.capture());
    assertEquals("order 10", sent.getAllValues().get(0).getText());
    assertEquals("555", sent.getAllValues().get(0).getChatId());
    assertEquals("hi", sent.getAllValues().get(1).getText());
    assertEquals("777", sent.getAllValues().get(1).getChatId());
    InOrder order = inOrder(telegram, outbox);
    order.verify(telegram).send(any());
    order.verify(outbox).sent(1);
    order.verify(telegram).send(any());
    order.verify(outbox).sent(2);
    verify(outbox, never()).later(anyLong(), anyDouble(), anyBoolean(), any());
    verify(outbox, never()).giveUp(anyLong(), any(), any());
    verify(metrics, times(2)).sent(anyLong());
    verify(status, times(2)).ok();
    verify(replies).render(reply);
    verify(messages).render(CHAT, "seller_new_order", 10L);
  }

  @Test
  void aMessageTelegramTookWhileTheDatabaseWasAwayIsMarkedSentWhenItIsBackNeverSentTwice()
      throws Exception {
    when(outbox.lease()).thenReturn(List.of(order(11, 12, 0))).thenReturn(List.of());
    doThrow(new PersistenceException("the primary went away")).doNothing().when(outbox).sent(11);

    dispatcher.tick();
    dispatcher.tick();

    verify(telegram, times(1)).send(any());
    verify(outbox, times(2)).sent(11);
    InOrder order = inOrder(outbox);
    order.verify(outbox).lease();
    order.verify(outbox, times(2)).sent(11);
    order.verify(outbox).lease();
    verify(outbox, never()).later(anyLong(), anyDouble(), anyBoolean(), any());
    verify(outbox, never()).giveUp(anyLong(), any(), any());
    verify(metrics, times(1)).sent(anyLong());

    dispatcher.tick();
    verify(outbox, times(2)).sent(11);
  }

  @Test
  void aRowWhoseOrderIsGoneIsFailedWithoutSending() throws Exception {
    when(outbox.lease())
        .thenReturn(
            List.of(
                new Outbox.Row(3, CHAT, "buyer_status", null, null, 0),
                order(4, 99, 0),
                new Outbox.Row(5, CHAT, "bot_from_a_newer_version", null, null, 0)));
    when(messages.render(CHAT, "seller_new_order", 99L)).thenReturn(Optional.empty());
    when(replies.render(any())).thenReturn(Optional.empty());

    dispatcher.tick();

    verify(telegram, never()).send(any());
    verify(outbox).giveUp(3, "failed", "order null not found");
    verify(outbox).giveUp(4, "failed", "order 99 not found");
    verify(outbox).giveUp(5, "failed", "unknown reply bot_from_a_newer_version");
    verify(metrics, times(3)).failed("gone");
  }

  @Test
  void aChatBlockedAfterA429WaitsItsTimeWithoutSendingOrCounting() throws Exception {
    when(outbox.lease()).thenReturn(List.of(order(6, 10, 2)));
    when(pacing.blockedFor(CHAT)).thenReturn(2500L);

    dispatcher.tick();

    verify(telegram, never()).send(any());
    verify(pacing, never()).tryAcquire(anyLong());
    verify(outbox).later(6, 2.5, false, null);
  }

  @Test
  void aChatOverItsOneMessageASecondComesBackInASecond() throws Exception {
    when(outbox.lease()).thenReturn(List.of(order(7, 10, 0)));
    when(pacing.tryAcquire(CHAT)).thenReturn(false);

    dispatcher.tick();

    verify(telegram, never()).send(any());
    verify(outbox).later(7, 1.0, false, null);
  }

  @Test
  void a429BlocksTheChatForRetryAfterAndKeepsTheRow() throws Exception {
    when(outbox.lease()).thenReturn(List.of(order(8, 10, 0)));
    when(telegram.send(any())).thenThrow(refusal(429, "Too Many Requests: retry after 7", 7));

    dispatcher.tick();

    verify(pacing).tooMany(CHAT, 7, "Too Many Requests: retry after 7");
    verify(outbox).later(8, 7.0, false, "Too Many Requests: retry after 7");
    verify(outbox, never()).sent(anyLong());
    verify(outbox, never()).giveUp(anyLong(), any(), any());
    verify(metrics).failed("429");
    verify(status, never()).failed();
  }

  @Test
  void a429WithoutRetryAfterWaitsFiveSeconds() throws Exception {
    when(outbox.lease()).thenReturn(List.of(order(9, 10, 0)));
    when(telegram.send(any())).thenThrow(refusal(429, "Too Many Requests", null));

    dispatcher.tick();

    verify(pacing).tooMany(CHAT, 5, "Too Many Requests");
    verify(outbox).later(9, 5.0, false, "Too Many Requests");
  }

  @Test
  void aRefusalInsideTheFaultToleranceWrapperIsStillRecognised() throws Exception {
    when(outbox.lease()).thenReturn(List.of(order(10, 10, 0)));
    when(telegram.send(any()))
        .thenThrow(
            new RuntimeException(
                "fault tolerance", refusal(403, "Forbidden: bot was blocked by the user", null)));

    dispatcher.tick();

    verify(outbox).giveUp(10, "undeliverable", "Forbidden: bot was blocked by the user");
    verify(metrics).failed("blocked");
    verify(outbox, never()).later(anyLong(), anyDouble(), anyBoolean(), any());
  }

  @Test
  void networkTroubleBacksOffCountsTheAttemptAndDegradesTheStatus() throws Exception {
    when(outbox.lease()).thenReturn(List.of(order(11, 10, 3)));
    when(telegram.send(any()))
        .thenThrow(new TelegramApiException("io", new ConnectException("refused")));

    dispatcher.tick();

    ArgumentCaptor<Double> delay = ArgumentCaptor.forClass(Double.class);
    verify(outbox).later(eq(11L), delay.capture(), eq(true), any());
    assertTrue(delay.getValue() >= 4 && delay.getValue() < 12, "2^3 s ±50 %: " + delay.getValue());
    verify(status).failed();
    verify(metrics).failed("transient");
    verify(outbox, never()).sent(anyLong());
  }

  @Test
  void theLastAttemptGivesTheRowUp() throws Exception {
    when(outbox.lease()).thenReturn(List.of(order(12, 10, Outbox.MAX_ATTEMPTS - 1)));
    when(telegram.send(any())).thenThrow(refusal(502, "Bad Gateway", null));

    dispatcher.tick();

    verify(outbox).giveUp(12, "failed", "Bad Gateway");
    verify(metrics).failed("exhausted");
    verify(outbox, never()).later(anyLong(), anyDouble(), anyBoolean(), any());
  }

  @Test
  void oneFailingRowDoesNotStopTheOthersOfTheBatch() throws Exception {
    when(outbox.lease()).thenReturn(List.of(order(13, 10, 0), order(14, 11, 0)));
    when(telegram.send(any()))
        .thenThrow(refusal(400, "Bad Request: message is too long", null))
        .thenReturn(null);

    dispatcher.tick();

    verify(outbox).giveUp(13, "failed", "Bad Request: message is too long");
    verify(outbox).sent(14);
    verify(outbox, never()).sent(13);
  }

  @Test
  void aFailedTickIsSwallowedAndTheNextTickSendsAgain() throws Exception {
    when(outbox.lease())
        .thenThrow(new IllegalStateException("database down"))
        .thenReturn(List.of(order(15, 10, 0)));
    doThrow(new IllegalStateException("settle failed")).when(metrics).backlog(anyLong());

    dispatcher.tick();
    verify(telegram, never()).send(any());

    dispatcher.tick();
    verify(telegram).send(any());
    verify(outbox).sent(15);
  }
}
