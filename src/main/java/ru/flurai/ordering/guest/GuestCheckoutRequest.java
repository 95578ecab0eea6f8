package ru.flurai.ordering.guest;

import java.math.BigDecimal;
import java.util.List;
import ru.flurai.ordering.checkout.CheckoutRequest.SellerChoice;

/**
 * {@code POST /orders/guest-checkout} as the Mini App sends it (API.md §5, LATER.md §1.3): the
 * guest's cart in the body. The client's names and prices are ignored (the database's are used).
 */
public record GuestCheckoutRequest(
    String guestName,
    String guestPhone,
    String deliveryType,
    String address,
    String comment,
    List<Item> items,
    List<SellerChoice> deliveryBySeller,
    Long buyerDistrictId,
    String buyerDistrictName) {

  public record Item(
      Long productId, Long sellerId, Integer quantity, String name, BigDecimal price) {}
}
