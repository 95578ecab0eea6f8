package ru.flurai.seller;

import jakarta.json.JsonObject;

/** Responses of the limits and schedule endpoints (API.md §6). */
public final class LimitsViews {
  private LimitsViews() {}

  public record LimitsSet(
      String status, int maxOrders, int maxDeliveryOrders, int maxPickupOrders) {}

  public record DefaultLimitSet(
      String status, Integer defaultDailyLimit, int maxDeliveryOrders, int maxPickupOrders) {}

  public record Closed(String status, String message) {}

  public record ScheduleSet(String status, JsonObject weeklySchedule) {}

  public record HoursSet(String status, JsonObject workingHours) {}
}
