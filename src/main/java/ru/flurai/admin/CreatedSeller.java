package ru.flurai.admin;

import jakarta.json.bind.annotation.JsonbNillable;

/**
 * The answer to {@code POST /admin/create_seller}: the panel shows the login and password once;
 * {@code "exists"} carries nothing else. {@code delivery_zone_created} is only present (false:
 * delivery zones come later) when the wizard asked for a zone, so the panel warns about it. Absent
 * values are left out, not written as null.
 */
@JsonbNillable(false)
public record CreatedSeller(
    String status, String webLogin, String webPassword, Long tgId, Boolean deliveryZoneCreated) {
  static final CreatedSeller EXISTS = new CreatedSeller("exists", null, null, null, null);

  static CreatedSeller ok(long tgId, String login, String password, boolean zoneRequested) {
    return new CreatedSeller("ok", login, password, tgId, zoneRequested ? Boolean.FALSE : null);
  }
}
