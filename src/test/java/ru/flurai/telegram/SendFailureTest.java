package ru.flurai.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import ru.flurai.telegram.SendFailure.Action;

/** The outbox's decision after a send Telegram did not take, case by case. */
class SendFailureTest {

  @Test
  void tooManyRequestsBlocksTheChatForRetryAfterWithoutCountingAnAttempt() {
    SendFailure f = SendFailure.decide(429, "Too Many Requests: retry after 7", 7, 3, 0.9);
    assertEquals(Action.BLOCK_CHAT, f.action());
    assertEquals(7.0, f.delaySeconds());
    assertFalse(f.counts());
    assertEquals("429", f.reason());
    assertFalse(f.telegramTrouble(), "a 429 is Telegram working as designed");
  }

  @Test
  void tooManyRequestsWithoutRetryAfterWaitsFiveSeconds() {
    SendFailure f = SendFailure.decide(429, "Too Many Requests", null, 0, 0.1);
    assertEquals(Action.BLOCK_CHAT, f.action());
    assertEquals(5.0, f.delaySeconds());
  }

  @Test
  void tooManyRequestsIsNeverGivenUpHoweverManyAttempts() {
    assertEquals(
        Action.BLOCK_CHAT, SendFailure.decide(429, "x", 1, Outbox.MAX_ATTEMPTS + 5, 0.5).action());
  }

  @Test
  void blockedByTheUserIsUndeliverable() {
    SendFailure f = SendFailure.decide(403, "Forbidden: bot was blocked by the user", null, 0, 0.5);
    assertEquals(Action.GIVE_UP, f.action());
    assertEquals("undeliverable", f.finalStatus());
    assertEquals("blocked", f.reason());
    assertFalse(f.telegramTrouble());
  }

  @Test
  void chatNotFoundIsUndeliverableInAnyCase() {
    SendFailure f = SendFailure.decide(400, "Bad Request: Chat Not Found", null, 0, 0.5);
    assertEquals(Action.GIVE_UP, f.action());
    assertEquals("undeliverable", f.finalStatus());
    assertEquals("chat_not_found", f.reason());
  }

  @Test
  void anyOtherClientErrorFailsAtOnce() {
    for (int code : new int[] {400, 409, 413, 499}) {
      SendFailure f = SendFailure.decide(code, "Bad Request: message is too long", null, 0, 0.5);
      assertEquals(Action.GIVE_UP, f.action(), "code " + code);
      assertEquals("failed", f.finalStatus());
      assertEquals("rejected", f.reason());
      assertFalse(f.telegramTrouble());
    }
  }

  @Test
  void ourTokenRefusedWaitsWithoutCountingAndMarksTelegramDegraded() {
    for (int code : new int[] {401, 404}) {
      SendFailure f = SendFailure.decide(code, "Unauthorized", null, 30, 0.0);
      assertEquals(Action.LATER, f.action(), "code " + code);
      assertFalse(f.counts(), "a configuration problem must not use up the message's attempts");
      assertEquals("unauthorized", f.reason());
      assertTrue(f.telegramTrouble());
      assertEquals(128.0, f.delaySeconds(), "back-off capped at 2^8 s, jitter 0 = half of 256");
    }
  }

  @Test
  void networkTroubleAndServerErrorsBackOffAndCount() {
    for (int code : new int[] {0, 500, 502}) {
      SendFailure f = SendFailure.decide(code, "java.net.ConnectException", null, 3, 0.5);
      assertEquals(Action.LATER, f.action(), "code " + code);
      assertTrue(f.counts());
      assertEquals("transient", f.reason());
      assertTrue(f.telegramTrouble());
      assertEquals(8.0, f.delaySeconds(), "2^3 s with jitter factor 1.0");
    }
  }

  @Test
  void theLastAllowedAttemptGivesUp() {
    SendFailure before = SendFailure.decide(0, "timeout", null, Outbox.MAX_ATTEMPTS - 2, 0.5);
    assertEquals(Action.LATER, before.action());
    SendFailure last = SendFailure.decide(0, "timeout", null, Outbox.MAX_ATTEMPTS - 1, 0.5);
    assertEquals(Action.GIVE_UP, last.action());
    assertEquals("failed", last.finalStatus());
    assertEquals("exhausted", last.reason());
    assertTrue(last.telegramTrouble());
    SendFailure server = SendFailure.decide(503, "down", null, Outbox.MAX_ATTEMPTS - 1, 0.5);
    assertEquals("exhausted", server.reason());
  }

  @Test
  void backoffDoublesWithHalfToOneAndAHalfJitterAndStopsAtFiveMinutes() {
    assertEquals(0.5, SendFailure.backoff(0, 0.0));
    assertEquals(1.5, SendFailure.backoff(0, 1.0));
    assertEquals(2.0, SendFailure.backoff(1, 0.5));
    assertEquals(4.0, SendFailure.backoff(2, 0.5));
    assertEquals(256.0, SendFailure.backoff(8, 0.5));
    assertEquals(300.0, SendFailure.backoff(9, 0.5), "2^9 = 512 is capped at 300");
    assertEquals(150.0, SendFailure.backoff(60, 0.0));
    assertEquals(450.0, SendFailure.backoff(60, 1.0));
  }
}
