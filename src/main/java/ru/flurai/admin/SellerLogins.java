package ru.flurai.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import ru.flurai.catalog.shop.Shops;
import ru.flurai.platform.domain.Invalid;

/**
 * Panel logins are unique case-insensitively (index ux_sellers_web_login_ci); a clash is a readable
 * 400.
 */
@ApplicationScoped
public class SellerLogins {
  @Inject Shops shops;

  public void requireFree(String login, long sellerId) {
    if (shops.loginTaken(login, sellerId)) {
      throw new Invalid("Логин " + login + " уже используется другим продавцом");
    }
  }
}
