package ru.flurai.seller;

import java.util.Set;

/** Weekday keys of the panel's schedules: "0" = Monday … "6" = Sunday. */
final class Days {
  private static final Set<String> KEYS = Set.of("0", "1", "2", "3", "4", "5", "6");

  private Days() {}

  static boolean isWeekday(String key) {
    return KEYS.contains(key);
  }
}
