package ru.flurai.admin;

/**
 * The body of {@code POST /admin/create_seller} (API.md §7, DOMAIN.md §1.4); unknown fields are
 * ignored.
 */
public record NewSeller(
    Long tgId,
    String fio,
    String phone,
    String shopName,
    String inn,
    String ogrn,
    String description,
    Long cityId,
    Long districtId,
    String addressName,
    String mapUrl,
    Long metroId,
    Integer metroWalkMinutes,
    String deliveryType,
    Boolean autoCreateDeliveryZone,
    String placementExpiredAt,
    Integer commissionPercent) {}
