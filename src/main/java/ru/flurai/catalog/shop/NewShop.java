package ru.flurai.catalog.shop;

import java.time.OffsetDateTime;

/**
 * A shop the admin creates (POST /admin/create_seller), with values already checked and cleaned by
 * the admin's field rules and the password already hashed.
 */
public record NewShop(
    long sellerId,
    String shopName,
    String inn,
    String ogrn,
    String description,
    String addressName,
    String mapUrl,
    DeliveryOption deliveryOption,
    OffsetDateTime placementExpiredAt,
    Integer commissionPercent,
    Integer metroWalkMinutes,
    Long cityId,
    Long districtId,
    Long metroId,
    String webLogin,
    String passwordHash) {}
