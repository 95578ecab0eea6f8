package ru.flurai.payment.subscription;

import java.time.Instant;
import java.time.ZoneId;

/**
 * A paid period's dates: it starts at the later of now and the end of the seller's current period
 * (paying early extends, never overlaps) and lasts whole calendar months in the shop's time zone.
 */
public record Term(Instant start, Instant end) {
  public static Term of(Instant now, Instant currentEnd, int months, ZoneId zone) {
    Instant start = currentEnd != null && currentEnd.isAfter(now) ? currentEnd : now;
    return new Term(start, start.atZone(zone).plusMonths(months).toInstant());
  }
}
