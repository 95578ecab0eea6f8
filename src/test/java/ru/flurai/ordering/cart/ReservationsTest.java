package ru.flurai.ordering.cart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The hold arithmetic of PRODUCT.md §3.2 that {@link Reservations} writes into the cart SQL: a
 * line's timer ({@code CART_RESERVATION_SECONDS}) may be restarted until {@code maxHold - ttl}
 * after its first reservation, so it never lapses later than {@code maxHold} after it.
 */
class ReservationsTest {
  private static final Duration TTL = Duration.ofSeconds(300);

  @Test
  void theDefaultsAllowRestartsFor25MinutesSoALineLapsesAfter30AtTheLatest() {
    Duration max = Duration.ofSeconds(1800);
    assertEquals(Duration.ofSeconds(1800), Reservations.maxHold(TTL, max));
    assertEquals(Duration.ofSeconds(1500), Reservations.lastRestartAfterFirst(TTL, max));
    assertEquals(max, Reservations.lastRestartAfterFirst(TTL, max).plus(TTL));
  }

  @Test
  void aMaximumShorterThanOneReservationIsOneReservation() {
    assertEquals(TTL, Reservations.maxHold(TTL, Duration.ofSeconds(60)));
    assertEquals(Duration.ZERO, Reservations.lastRestartAfterFirst(TTL, Duration.ofSeconds(60)));
  }

  @Test
  void aMaximumEqualToOneReservationAllowsNoRestart() {
    assertEquals(TTL, Reservations.maxHold(TTL, TTL));
    assertEquals(Duration.ZERO, Reservations.lastRestartAfterFirst(TTL, TTL));
  }

  @Test
  void oddSecondsAreKept() {
    assertEquals(
        Duration.ofSeconds(3599 - 7),
        Reservations.lastRestartAfterFirst(Duration.ofSeconds(7), Duration.ofSeconds(3599)));
  }
}
