package ru.flurai.seller;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The next dates a buyer may choose for a preorder (DOMAIN.md §3.9): at most four, none earlier
 * than today's business date plus the shop's minimum lead time.
 */
final class PreorderDates {
  static final int MAX = 4;
  private static final int SEARCH_DAYS = 365;
  private static final int MAX_INTERVALS = 52;

  private PreorderDates() {}

  static List<LocalDate> available(
      String scheduleType,
      Integer weekday,
      Integer intervalDays,
      LocalDate baseDate,
      List<LocalDate> customDates,
      int minLeadDays,
      LocalDate today) {
    LocalDate earliest = today.plusDays(Math.max(0, minLeadDays));
    List<LocalDate> out = new ArrayList<>();
    if ("weekly".equals(scheduleType) && weekday != null && weekday >= 0 && weekday <= 6) {
      for (int i = 0; i <= SEARCH_DAYS && out.size() < MAX; i++) {
        LocalDate d = earliest.plusDays(i);
        if (d.getDayOfWeek().getValue() - 1 == weekday) {
          out.add(d);
        }
      }
    } else if ("interval_days".equals(scheduleType)
        && intervalDays != null
        && intervalDays > 0
        && baseDate != null) {
      for (int k = 0; k <= MAX_INTERVALS && out.size() < MAX; k++) {
        LocalDate d = baseDate.plusDays((long) k * intervalDays);
        if (!d.isBefore(earliest)) {
          out.add(d);
        }
      }
    } else if ("custom_dates".equals(scheduleType)) {
      customDates.stream()
          .filter(d -> !d.isBefore(earliest))
          .distinct()
          .sorted()
          .limit(MAX)
          .forEach(out::add);
    }
    return out;
  }
}
