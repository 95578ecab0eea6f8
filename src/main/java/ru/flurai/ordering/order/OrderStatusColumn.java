package ru.flurai.ordering.order;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** {@code orders.status} and the history's statuses, stored as the clients spell them. */
@Converter
public class OrderStatusColumn implements AttributeConverter<OrderStatus, String> {
  @Override
  public String convertToDatabaseColumn(OrderStatus status) {
    return status == null ? null : status.wire();
  }

  @Override
  public OrderStatus convertToEntityAttribute(String stored) {
    return stored == null
        ? null
        : OrderStatus.parse(stored)
            .orElseThrow(() -> new IllegalStateException("unknown order status " + stored));
  }
}
