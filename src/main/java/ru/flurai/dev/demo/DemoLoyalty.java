package ru.flurai.dev.demo;

/**
 * The demo shops' loyalty terms (the panel's «Настройки лояльности» tab shows them): 5 % back,
 * points pay up to 30 % of an order at 1 ₽ a point and last a year; from 10 000 ₽ of purchases on,
 * 7 %.
 */
final class DemoLoyalty {
  static final String SQL =
      "insert into loyalty_settings (seller_id, points_percent, max_points_discount_percent,"
          + " points_to_ruble_rate, tiers_config, points_expire_days) values (?, 5, 30, 1,"
          + " '[{\"name\":\"Друг магазина\",\"min_total\":0,\"points_percent\":5},"
          + "{\"name\":\"Постоянный гость\",\"min_total\":10000,\"points_percent\":7}]'::jsonb, 365)"
          + " on conflict (seller_id) do nothing";

  private DemoLoyalty() {}
}
