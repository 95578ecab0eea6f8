package ru.flurai.catalog.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The shop's preorder settings (the {@code preorder_*} columns; LATER, stored now so the panel's
 * tab works), a part of the Shop aggregate. They are read and replaced as one value, {@link
 * Shop.Preorders}; the part keeps them consistent (custom dates a JSON array, a lead time of at
 * least 0 days, a discount threshold of at least 1 day, a discount of 0 when none).
 */
@Embeddable
public class PreorderSettings {
  @Column(name = "preorder_enabled")
  boolean enabled;

  @Column(name = "preorder_schedule_type")
  String scheduleType;

  @Column(name = "preorder_weekday")
  Integer weekday;

  @Column(name = "preorder_interval_days")
  Integer intervalDays;

  @Column(name = "preorder_base_date")
  LocalDate baseDate;

  @Column(name = "preorder_custom_dates")
  String customDates = "[]";

  @Column(name = "preorder_min_lead_days")
  int minLeadDays = 2;

  @Column(name = "preorder_max_per_date")
  Integer maxPerDate;

  @Column(name = "preorder_discount_percent")
  BigDecimal discountPercent = BigDecimal.ZERO;

  @Column(name = "preorder_discount_min_days")
  int discountMinDays = 7;

  protected PreorderSettings() {}

  Shop.Preorders value() {
    return new Shop.Preorders(
        enabled,
        scheduleType,
        weekday,
        intervalDays,
        baseDate,
        customDates,
        minLeadDays,
        maxPerDate,
        discountPercent,
        discountMinDays);
  }

  void change(Shop.Preorders p) {
    enabled = p.enabled();
    scheduleType = p.scheduleType();
    weekday = p.weekday();
    intervalDays = p.intervalDays();
    baseDate = p.baseDate();
    customDates = p.customDatesJson() == null ? "[]" : p.customDatesJson();
    minLeadDays = Math.max(0, p.minLeadDays());
    maxPerDate = p.maxPerDate();
    discountPercent = p.discountPercent() == null ? BigDecimal.ZERO : p.discountPercent();
    discountMinDays = Math.max(1, p.discountMinDays());
  }
}
