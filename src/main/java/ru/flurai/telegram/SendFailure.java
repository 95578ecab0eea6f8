package ru.flurai.telegram;

/**
 * What the outbox does with a message Telegram did not take: the pure decision of {@link
 * OutboxDispatcher}, with no I/O. A 429 blocks the chat for {@code retry_after} (5 s when Telegram
 * gives none) and does not count as an attempt; 403 and "chat not found" are undeliverable; our own
 * token refused (401/404) waits with back-off without counting; any other 4xx is failed at once;
 * network errors, timeouts and 5xx back off exponentially with jitter and count, until {@link
 * Outbox#MAX_ATTEMPTS}.
 *
 * @param action what to do with the row
 * @param delaySeconds when {@code action} is {@link Action#BLOCK_CHAT} or {@link Action#LATER}: try
 *     again after this many seconds
 * @param counts whether this was a failed attempt (the row's attempts grow)
 * @param finalStatus when {@code action} is {@link Action#GIVE_UP}: the row's last status
 * @param reason the {@code telegram_messages_failed} label
 * @param telegramTrouble whether this says something about Telegram (or our access to it) rather
 *     than about the one message: the health status turns degraded
 */
record SendFailure(
    Action action,
    double delaySeconds,
    boolean counts,
    String finalStatus,
    String reason,
    boolean telegramTrouble) {

  enum Action {
    /** Block the chat for {@code delaySeconds} (429), then send again. */
    BLOCK_CHAT,
    /** Send again after {@code delaySeconds}. */
    LATER,
    /** Never send: the row is settled with {@code finalStatus}. */
    GIVE_UP
  }

  static final int DEFAULT_RETRY_AFTER = 5;

  /**
   * @param code Telegram's error code, 0 for network trouble and pages that were not its answer
   * @param description Telegram's description (or the exception text)
   * @param retryAfter Telegram's {@code retry_after}, null when absent
   * @param attempts the row's failed attempts before this one
   * @param random a number in [0, 1) for the jitter
   */
  static SendFailure decide(
      int code, String description, Integer retryAfter, int attempts, double random) {
    boolean trouble = code == 0 || code >= 500;
    if (code == 429) {
      int seconds = retryAfter == null ? DEFAULT_RETRY_AFTER : retryAfter;
      return new SendFailure(Action.BLOCK_CHAT, seconds, false, null, "429", trouble);
    }
    if (code == 403 || (code == 400 && description.toLowerCase().contains("chat not found"))) {
      return new SendFailure(
          Action.GIVE_UP,
          0,
          true,
          "undeliverable",
          code == 403 ? "blocked" : "chat_not_found",
          trouble);
    }
    if (code == 401 || code == 404) {
      // our token is wrong or revoked: a configuration problem, not the message's; keep it and
      // retry later
      return new SendFailure(
          Action.LATER, backoff(Math.min(attempts, 8), random), false, null, "unauthorized", true);
    }
    if (code >= 400 && code < 500) {
      return new SendFailure(Action.GIVE_UP, 0, true, "failed", "rejected", trouble);
    }
    if (attempts + 1 >= Outbox.MAX_ATTEMPTS) {
      return new SendFailure(Action.GIVE_UP, 0, true, "failed", "exhausted", trouble);
    }
    return new SendFailure(
        Action.LATER, backoff(attempts, random), true, null, "transient", trouble);
  }

  /**
   * 1, 2, 4 … 300 s, ±50 % jitter ({@code random} in [0, 1)), so a recovering Telegram is not hit
   * by every instance at once.
   */
  static double backoff(int attempts, double random) {
    double base = Math.min(300, Math.pow(2, attempts));
    return base * (0.5 + random);
  }
}
