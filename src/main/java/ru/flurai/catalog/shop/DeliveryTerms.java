package ru.flurai.catalog.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/**
 * How the shop hands over its orders, a part of the Shop aggregate: what it offers (delivery,
 * pickup or both, as spelled in the column), the delivery fee and whether delivery zones are used
 * (LATER).
 */
@Embeddable
public class DeliveryTerms {
  @Convert(converter = DeliveryOptionConverter.class)
  @Column(name = "delivery_type")
  DeliveryOption option = DeliveryOption.BOTH;

  @Column(name = "delivery_price")
  BigDecimal price = BigDecimal.ZERO;

  @Column(name = "use_delivery_zones")
  boolean zones;

  protected DeliveryTerms() {}

  // Changes are made here, in the part's own methods: EclipseLink's woven change tracking sees
  // only the writes of the class that declares the field.

  void offer(DeliveryOption option) {
    this.option = option;
  }

  void useZones(boolean value) {
    zones = value;
  }

  public DeliveryOption option() {
    return option;
  }

  public BigDecimal price() {
    return price;
  }

  public boolean zones() {
    return zones;
  }
}
