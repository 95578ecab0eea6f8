package ru.flurai.catalog.shop;

import java.util.Locale;
import java.util.Optional;

/**
 * The listing status ({@code subscription_plan}, PRODUCT.md §3.1, API.md §10.10): {@code none}
 * hides the shop; every other plan lists it.
 */
public enum Plan {
  NONE,
  ACTIVE,
  FREE,
  PRO,
  PREMIUM;

  /** As stored and on the wire: lower case. */
  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }

  public boolean listed() {
    return this != NONE;
  }

  /** The plan named so, case and surrounding blanks aside; empty for anything else. */
  public static Optional<Plan> parse(String value) {
    String v = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
    for (Plan p : values()) {
      if (p.wire().equals(v)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }
}
