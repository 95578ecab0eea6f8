package ru.flurai.ordering.order;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * Order shapes of API.md §4 (buyer) and §6 (seller panel). LATER fields (payments, points,
 * preorders) are neutral. {@code sellerId} is the Telegram id of the order's seller, kept on the
 * order after the seller is hard-deleted.
 */
public final class OrderViews {
  private OrderViews() {}

  public record BuyerOrder(
      long id,
      Long sellerId,
      Long buyerId,
      String itemsInfo,
      BigDecimal totalPrice,
      String status,
      String deliveryType,
      String address,
      OffsetDateTime createdAt,
      boolean isPreorder,
      String preorderDeliveryDate,
      String shopName,
      String sellerUsername,
      String firstProductPhoto,
      String sellerAddressName,
      String sellerMapUrl,
      String paymentId,
      String paymentStatus) {}

  public record SellerOrder(
      long id,
      Long sellerId,
      Long buyerId,
      String status,
      String deliveryType,
      String itemsInfo,
      BigDecimal totalPrice,
      BigDecimal originalPrice,
      BigDecimal deliveryFee,
      Long deliveryZoneId,
      String buyerFio,
      String buyerPhone,
      Long customerId,
      String address,
      OffsetDateTime createdAt,
      OffsetDateTime completedAt,
      boolean isPreorder,
      String preorderDeliveryDate,
      BigDecimal pointsUsed,
      BigDecimal pointsDiscount,
      String paymentId,
      String paymentStatus,
      boolean isGuest) {}

  public record Moved(
      long orderId,
      Long buyerId,
      Long sellerId,
      String itemsInfo,
      BigDecimal totalPrice,
      String oldStatus,
      String newStatus) {}

  public record Repriced(
      long orderId,
      Long buyerId,
      long sellerId,
      BigDecimal totalPrice,
      BigDecimal originalPrice,
      String itemsInfo) {}
}
