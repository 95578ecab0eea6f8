package ru.flurai.ordering.checkout;

import java.util.List;

/**
 * POST /buyers/me/cart/checkout as the Mini App sends it (API.md §4). Loyalty and zone fields are
 * accepted, unused.
 */
public record CheckoutRequest(
    String fio,
    String phone,
    String deliveryType,
    String address,
    String comment,
    List<SellerChoice> deliveryBySeller,
    List<Object> pointsUsage,
    Long buyerDistrictId,
    String buyerDistrictName) {

  public record SellerChoice(Long sellerId, String deliveryType) {}

  String deliveryTypeFor(long sellerId) {
    if (deliveryBySeller != null) {
      for (SellerChoice c : deliveryBySeller) {
        if (c != null
            && c.sellerId() != null
            && c.sellerId() == sellerId
            && c.deliveryType() != null) {
          return c.deliveryType();
        }
      }
    }
    return deliveryType;
  }
}
