package ru.flurai.florist;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import ru.flurai.platform.domain.Invalid;

/**
 * Shelf life of a batch: 1 to 3650 days from its arrival. A batch whose last day has passed is
 * expired: still visible (to write it off) but not counted as stock for bouquets (LATER.md §7.6).
 */
final class ShelfLife {
  static final int MAX_DAYS = 3650;
  static final String OUT_OF_RANGE = "Срок жизни должен быть от 1 до " + MAX_DAYS + " дней";

  private ShelfLife() {}

  static int required(Integer days) {
    if (days == null) {
      throw new Invalid("Укажите срок жизни в днях");
    }
    return optional(days);
  }

  static Integer optional(Integer days) {
    if (days != null && (days < 1 || days > MAX_DAYS)) {
      throw new Invalid(OUT_OF_RANGE);
    }
    return days;
  }

  /** Days until the batch expires (0 = its last day, negative = expired); null without arrival. */
  static Integer daysLeft(LocalDate arrival, int shelfLifeDays, LocalDate today) {
    return arrival == null
        ? null
        : (int) ChronoUnit.DAYS.between(today, arrival.plusDays(shelfLifeDays));
  }
}
