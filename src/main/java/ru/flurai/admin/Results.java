package ru.flurai.admin;

/**
 * The small answers of the admin's action endpoints; the panel checks {@code status === 'ok'}
 * (API.md §0.4).
 */
public final class Results {
  private Results() {}

  public record Status(String status) {}

  public record Refused(String status, String message) {}

  public record LimitSet(String status, int maxOrders) {}

  public record DefaultLimitSet(
      String status, Integer defaultDailyLimit, int maxDeliveryOrders, int maxPickupOrders) {}

  public record PlanSet(String status, String subscriptionPlan) {}

  /** The password is only ever present right after it was generated. */
  public record Credentials(String status, String webLogin, String webPassword) {}

  public static final Status OK = new Status("ok");
  public static final Status NOT_FOUND = new Status("not_found");
}
