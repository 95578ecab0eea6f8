package ru.flurai.admin;

import jakarta.json.bind.annotation.JsonbNillable;

/**
 * The answer to {@code POST /admin/create_seller}: the panel shows the login and password once;
 * {@code "exists"} carries nothing else. {@code delivery_zone_created} is only present when the
 * wizard asked for a zone (LATER.md §3.7: false when the seller has no district, and the panel
 * warns about it). Absent values are left out, not written as null.
 */
@JsonbNillable(false)
public record CreatedSeller(
    String status, String webLogin, String webPassword, Long tgId, Boolean deliveryZoneCreated) {
  static final CreatedSeller EXISTS = new CreatedSeller("exists", null, null, null, null);

  /** {@code zoneCreated}: null when no zone was asked for, else whether one was made. */
  static CreatedSeller ok(long tgId, String login, String password, Boolean zoneCreated) {
    return new CreatedSeller("ok", login, password, tgId, zoneCreated);
  }
}
