package ru.flurai.ordering.order;

import java.util.Locale;
import java.util.Optional;

/** Order statuses as the clients spell them (API.md §0.7). */
public enum OrderStatus {
  PENDING,
  ACCEPTED,
  ASSEMBLING,
  IN_TRANSIT,
  READY_FOR_PICKUP,
  DONE,
  COMPLETED,
  REJECTED,
  CANCELLED;

  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<OrderStatus> parse(String s) {
    if (s == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(valueOf(s.strip().toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /**
   * Statuses that count against the seller's daily limit: everything but rejected and cancelled.
   */
  public boolean countsAgainstLimit() {
    return this != REJECTED && this != CANCELLED;
  }
}
