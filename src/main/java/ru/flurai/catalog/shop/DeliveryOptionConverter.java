package ru.flurai.catalog.shop;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * {@code delivery_type} ↔ {@link DeliveryOption}. Both panels only ever store one of the seven
 * spellings; a value written by hand outside them reads as {@link DeliveryOption#NOT_CHOSEN}, which
 * behaves as the unknown value did (public views show null, every way is accepted) and is not
 * written back unless the option is changed.
 */
@Converter
public class DeliveryOptionConverter implements AttributeConverter<DeliveryOption, String> {
  @Override
  public String convertToDatabaseColumn(DeliveryOption option) {
    return (option == null ? DeliveryOption.BOTH : option).stored();
  }

  @Override
  public DeliveryOption convertToEntityAttribute(String column) {
    return column == null
        ? DeliveryOption.BOTH
        : DeliveryOption.parse(column).orElse(DeliveryOption.NOT_CHOSEN);
  }
}
