package ru.flurai.delivery;

import java.math.BigDecimal;

/**
 * {@code POST /public/sellers/{id}/check-delivery}'s answer (API.md §3): the Mini App reads {@code
 * delivers}, {@code delivery_price}, {@code district_id} and {@code message}; any {@code
 * delivers:false} blocks its submit button with the message.
 */
public record DeliveryCheck(
    boolean delivers, ZoneView zone, BigDecimal deliveryPrice, Long districtId, String message) {}
