package ru.flurai.ordering.order;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** {@code orders.delivery_type}, stored as the Mini App compares it ("Доставка", "Самовывоз"). */
@Converter
public class DeliveryTypeColumn implements AttributeConverter<DeliveryType, String> {
  @Override
  public String convertToDatabaseColumn(DeliveryType type) {
    return type == null ? null : type.wire();
  }

  @Override
  public DeliveryType convertToEntityAttribute(String stored) {
    if (stored == null) {
      return null;
    }
    return DeliveryType.isPickup(stored) ? DeliveryType.PICKUP : DeliveryType.DELIVERY;
  }
}
