package ru.flurai.catalog;

import java.time.LocalDate;

/**
 * A shop's stored limit settings, from which {@link DailyLimits} derives the limits of a business
 * day.
 */
record LimitSettings(
    int baseDelivery, int basePickup, int maxOrders, LocalDate limitDate, String weeklySchedule) {

  static LimitSettings of(Row r) {
    String date = r.text(3);
    return new LimitSettings(
        r.number(0),
        r.number(1),
        r.number(2),
        date == null ? null : LocalDate.parse(date),
        r.text(4));
  }

  DailyLimits.Limits on(BusinessDay day) {
    return DailyLimits.effective(
        baseDelivery, basePickup, maxOrders, limitDate, JsonColumns.object(weeklySchedule), day);
  }
}
