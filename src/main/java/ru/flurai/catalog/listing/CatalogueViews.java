package ru.flurai.catalog.listing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import ru.flurai.catalog.shop.WorkingHours;

/** The catalogue shapes of API.md §3 and §4 (snake_case through the global JSON-B naming). */
public final class CatalogueViews {
  private CatalogueViews() {}

  /** A shop card: the catalogue list item and the favourite-sellers item. */
  public record SellerCard(
      long sellerId,
      String shopName,
      String ownerFio,
      String deliveryType,
      BigDecimal deliveryPrice,
      BigDecimal minDeliveryPrice,
      String cityName,
      String districtName,
      String metroName,
      Integer metroWalkMinutes,
      String metroLineColor,
      int availableSlots,
      String availability,
      int deliverySlots,
      int pickupSlots,
      String deliveryAvailability,
      String pickupAvailability,
      boolean subscriptionActive,
      BigDecimal minPrice,
      BigDecimal maxPrice,
      int productCount,
      long subscriberCount,
      Map<String, WorkingHours.Day> workingHours,
      Boolean isOpenNow) {}

  public record SellerPage(List<SellerCard> sellers, long total, int page, int perPage) {}

  public record CompositionItem(String name, BigDecimal qty, String unit) {}

  /**
   * A product on the shop page; {@code quantity} is what can still be bought (stock − reserved).
   */
  public record ProductView(
      long id,
      String name,
      String description,
      BigDecimal price,
      String photoId,
      List<String> photoIds,
      int quantity,
      boolean isPreorder,
      List<CompositionItem> composition) {}

  public record ShopPage(
      long sellerId,
      String shopName,
      String description,
      String deliveryType,
      BigDecimal deliveryPrice,
      BigDecimal minDeliveryPrice,
      String addressName,
      String mapUrl,
      Long cityId,
      String cityName,
      String districtName,
      String metroName,
      String metroLineColor,
      Integer metroWalkMinutes,
      int availableSlots,
      String availability,
      int deliverySlots,
      int pickupSlots,
      String deliveryAvailability,
      String pickupAvailability,
      boolean subscriptionActive,
      List<ProductView> products,
      List<ProductView> preorderProducts,
      List<LocalDate> preorderAvailableDates,
      boolean preorderEnabled,
      BigDecimal preorderDiscountPercent,
      int preorderDiscountMinDays,
      Integer preorderMaxPerDate,
      String bannerUrl,
      long subscriberCount,
      Map<String, WorkingHours.Day> workingHours,
      Boolean isOpenNow,
      String ownerUsername,
      Long ownerTgId,
      String ownerFio,
      String inn,
      String ogrn) {}

  public record AvailabilityView(
      int deliveryRemaining,
      int pickupRemaining,
      int deliveryLimit,
      int pickupLimit,
      int deliveryUsed,
      int pickupUsed) {
    static final AvailabilityView NONE = new AvailabilityView(0, 0, 0, 0, 0, 0);
  }

  public record FavouriteProduct(
      long productId,
      String name,
      String description,
      BigDecimal price,
      String photoId,
      List<String> photoIds,
      int quantity,
      boolean isPreorder,
      long sellerId,
      String shopName) {}
}
