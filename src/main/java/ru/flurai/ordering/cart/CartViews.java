package ru.flurai.ordering.cart;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** The cart shapes of API.md §4. */
public final class CartViews {
  /**
   * UTC with a Z and milliseconds: the Mini App appends Z unless present, so an offset would break
   * its timer.
   */
  private static final DateTimeFormatter RESERVED_AT =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

  private CartViews() {}

  public static String reservedAt(Instant t) {
    return RESERVED_AT.format(t);
  }

  public record Item(
      long productId,
      String name,
      BigDecimal price,
      int quantity,
      boolean isPreorder,
      String preorderDeliveryDate,
      String photoId,
      String reservedAt) {}

  public record Group(
      long sellerId,
      String shopName,
      List<Item> items,
      BigDecimal total,
      BigDecimal deliveryPrice,
      String deliveryType,
      Long cityId,
      String addressName,
      String mapUrl,
      boolean hasDeliveryZones) {}

  public record Added(long productId, int quantity, long sellerId, String reservedAt) {}

  public record Extended(String reservedAt, long ttlSeconds) {}
}
