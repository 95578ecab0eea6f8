package ru.flurai.catalog.shop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WorkingHoursTest {
  private static final ZoneId MSK = ZoneId.of("Europe/Moscow");

  // 2026-03-02 is a Monday (key "0")
  private static ZonedDateTime monday(int h, int m) {
    return ZonedDateTime.of(2026, 3, 2, h, m, 30, 0, MSK);
  }

  private static Boolean open(String json, ZonedDateTime at) {
    return WorkingHours.openAt(WorkingHours.parse(json), at);
  }

  @Test
  void noHoursMeansNoBadge() {
    assertNull(open(null, monday(12, 0)));
    assertNull(open("[]", monday(12, 0)));
  }

  @Test
  void missingDayOrEmptyObjectHasNoRestriction() {
    assertEquals(true, open("{}", monday(3, 0)));
    assertEquals(true, open("{\"1\":null}", monday(3, 0)));
  }

  @Test
  void dayOffIsClosedAllDay() {
    assertEquals(false, open("{\"0\":null}", monday(12, 0)));
  }

  @Test
  void openAtOpeningClosedAtClosing() {
    String hours = "{\"0\":{\"open\":\"09:00\",\"close\":\"18:00\"}}";
    assertEquals(false, open(hours, monday(8, 59)));
    assertEquals(true, open(hours, monday(9, 0)));
    assertEquals(true, open(hours, monday(17, 59)));
    assertEquals(false, open(hours, monday(18, 0)));
  }

  @Test
  void pastMidnightAndEndOfDay() {
    assertEquals(true, open("{\"0\":{\"open\":\"20:00\",\"close\":\"02:00\"}}", monday(1, 0)));
    assertEquals(false, open("{\"0\":{\"open\":\"20:00\",\"close\":\"02:00\"}}", monday(12, 0)));
    assertEquals(true, open("{\"0\":{\"open\":\"10:00\",\"close\":\"24:00\"}}", monday(23, 59)));
  }

  @Test
  void unreadableTimesDoNotCloseTheShop() {
    assertEquals(true, open("{\"0\":{\"open\":\"9am\",\"close\":\"18:00\"}}", monday(20, 0)));
    assertEquals(Map.of(), WorkingHours.parse("{\"0\":\"09-18\"}"));
  }

  @Test
  void weekdayIsTheShopsLocalDay() {
    // Sunday 23:30 UTC is already Monday 02:30 in Moscow
    ZonedDateTime utc = ZonedDateTime.of(2026, 3, 1, 23, 30, 0, 0, ZoneId.of("UTC"));
    assertEquals(false, open("{\"0\":null}", utc.withZoneSameInstant(MSK)));
    assertEquals(true, open("{\"6\":null}", utc.withZoneSameInstant(MSK)));
  }
}
