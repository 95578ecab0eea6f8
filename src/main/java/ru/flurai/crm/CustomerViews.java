package ru.flurai.crm;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import ru.flurai.loyalty.LoyaltyTerms;

/** The CRM's shapes (API.md §6 "Customers CRM", LATER.md §6.7–§6.8). */
public final class CustomerViews {
  private CustomerViews() {}

  /** A customer as lists and writes answer ("brief"). */
  public record Brief(
      long id,
      String phone,
      String firstName,
      String lastName,
      String cardNumber,
      BigDecimal pointsBalance,
      OffsetDateTime createdAt,
      String notes,
      List<String> tags,
      LocalDate birthday) {}

  /** One ledger row as the customer page lists it ({@code points_accrued} < 0 = taken off). */
  public record Transaction(
      long id,
      String kind,
      BigDecimal amount,
      BigDecimal pointsAccrued,
      Long orderId,
      OffsetDateTime createdAt,
      OffsetDateTime expiresAt) {}

  public record Event(
      long id, String title, LocalDate eventDate, int remindDaysBefore, String notes) {}

  /** GET /seller-web/customers/{id}: the brief and the card's history, events and figures. */
  public record Detail(
      long id,
      String phone,
      String firstName,
      String lastName,
      String cardNumber,
      BigDecimal pointsBalance,
      OffsetDateTime createdAt,
      String notes,
      List<String> tags,
      LocalDate birthday,
      boolean linked,
      List<Transaction> transactions,
      List<Event> events,
      BigDecimal totalPurchases,
      OffsetDateTime lastOrderAt,
      long completedOrdersCount,
      LoyaltyTerms.TierStatus tier) {}

  /** A row of the unified list: a subscriber, a buyer, or a card of its own. */
  public record Row(
      Long buyerId,
      String username,
      String fio,
      String phone,
      OffsetDateTime subscribedAt,
      String loyaltyCardNumber,
      BigDecimal loyaltyPoints,
      Long loyaltyCustomerId,
      boolean hasLoyalty,
      String firstName,
      String lastName,
      List<String> tags,
      LocalDate birthday,
      String segment,
      long orderCount,
      BigDecimal totalSpent,
      OffsetDateTime lastOrderAt) {}

  public record SegmentEntry(long id, String name, String phone, String segment) {}

  public record Segments(Map<String, Long> segments, List<SegmentEntry> customers) {}

  /** An upcoming birthday or event (the dashboard's block, the reminders). */
  public record Upcoming(
      String type,
      long customerId,
      String customerName,
      String title,
      LocalDate eventDate,
      int daysUntil) {}
}
