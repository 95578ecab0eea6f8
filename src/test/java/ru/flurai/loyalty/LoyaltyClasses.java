package ru.flurai.loyalty;

import ru.flurai.platform.http.JsonConfig;

/**
 * What an in-container archive needs when its classes under test call loyalty ({@code OrderMoves}
 * and {@code Checkout} call {@link Points}): the points services and their values.
 */
public final class LoyaltyClasses {
  public static final Class<?>[] POINTS = {
    Points.class,
    Ledger.class,
    Cards.class,
    LoyaltySettings.class,
    LoyaltyTerms.class,
    LoyaltyViews.class,
    PointsUsage.class,
    JsonConfig.class
  };

  private LoyaltyClasses() {}
}
