package ru.flurai.ordering.checkout;

import java.math.BigDecimal;

/**
 * One order of a checkout response (API.md §4: the client reads orders.length; the rest is extra).
 */
public record CreatedOrder(
    long orderId,
    long sellerId,
    BigDecimal totalPrice,
    String itemsInfo,
    String deliveryType,
    BigDecimal deliveryFee,
    boolean isPreorder,
    String preorderDeliveryDate,
    BigDecimal pointsUsed,
    BigDecimal pointsDiscount,
    String deliveryZoneName) {}
