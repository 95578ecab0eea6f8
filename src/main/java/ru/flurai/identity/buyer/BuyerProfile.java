package ru.flurai.identity.buyer;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import ru.flurai.identity.User;

/** GET /buyers/me (API.md §4). */
public record BuyerProfile(
    long id,
    long tgId,
    String username,
    String fio,
    String phone,
    String role,
    BigDecimal balance,
    Long referrerId,
    Long cityId,
    Long districtId,
    boolean privacyAccepted,
    OffsetDateTime privacyAcceptedAt) {

  static BuyerProfile of(User u) {
    return new BuyerProfile(
        u.tgId(),
        u.tgId(),
        u.username(),
        u.fio(),
        u.phone(),
        u.role(),
        u.balance(),
        u.referrerId(),
        u.cityId(),
        u.districtId(),
        u.privacyAcceptedAt() != null,
        u.privacyAcceptedAt());
  }
}
