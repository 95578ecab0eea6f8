package ru.flurai.catalog.shop;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * {@code subscription_plan} ↔ {@link Plan}. The admin only ever stores the five plans; a value
 * written by hand outside them reads as {@link Plan#ACTIVE}, as the listing treats any plan but
 * {@code none}, and is not written back unless the plan is changed.
 */
@Converter
public class PlanConverter implements AttributeConverter<Plan, String> {
  @Override
  public String convertToDatabaseColumn(Plan plan) {
    return (plan == null ? Plan.ACTIVE : plan).wire();
  }

  @Override
  public Plan convertToEntityAttribute(String column) {
    return Plan.parse(column).orElse(Plan.ACTIVE);
  }
}
