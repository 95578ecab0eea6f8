package ru.flurai.seller;

import jakarta.json.JsonObject;
import java.util.regex.Pattern;
import ru.flurai.catalog.shop.DeliveryOption;
import ru.flurai.catalog.shop.Shop;
import ru.flurai.platform.domain.Invalid;
import ru.flurai.platform.text.CleanText;

/**
 * PUT /seller-web/me: applies the shop fields of a partial body (API.md §6). Only fields that are
 * present and not null change, except {@code banner_url}, where an explicit null or "" removes the
 * banner (the original silently ignored the null). Text is cleaned; links must be http(s), so
 * nothing like {@code javascript:} reaches a page.
 */
final class ProfileEdit {
  static final int MAX_SHOP_NAME = 255;
  static final int MAX_DESCRIPTION = 4000;
  static final int MAX_HASHTAGS = 1000;
  static final int MAX_ADDRESS = 512;
  static final int MAX_URL = 2000;
  static final int MAX_ACCOUNT = 255;

  private static final Pattern HTTP_URL =
      Pattern.compile("https?://[^\\s<>\"]+", Pattern.CASE_INSENSITIVE);

  /** What the edit did to the banner, so the caller can drop its static file mapping. */
  enum Banner {
    KEPT,
    REMOVED
  }

  private ProfileEdit() {}

  static Banner apply(JsonObject body, Shop shop) {
    JsonFields f = new JsonFields(body);
    f.string("shop_name").ifPresent(v -> shop.renameShop(CleanText.line(v, MAX_SHOP_NAME)));
    f.string("description").ifPresent(v -> shop.describe(CleanText.of(v, MAX_DESCRIPTION)));
    f.string("hashtags").ifPresent(v -> shop.tag(CleanText.line(v, MAX_HASHTAGS)));
    f.string("delivery_type").ifPresent(v -> shop.changeDeliveryOption(deliveryType(v)));
    f.string("address_name").ifPresent(v -> shop.changeAddress(CleanText.line(v, MAX_ADDRESS)));
    f.string("map_url").ifPresent(v -> shop.changeMapUrl(link(v, "Ссылка на карту")));
    f.string("yookassa_account_id")
        .ifPresent(v -> shop.changePayoutAccount(CleanText.line(v, MAX_ACCOUNT)));
    f.bool("use_delivery_zones").ifPresent(shop::useDeliveryZones);
    PreorderEdit.apply(f, shop);
    return banner(f, shop);
  }

  private static Banner banner(JsonFields f, Shop shop) {
    if (!f.present("banner_url")) {
      return Banner.KEPT;
    }
    String value = f.string("banner_url").map(String::strip).orElse("");
    if (value.isEmpty()) {
      shop.changeBanner(null);
      return Banner.REMOVED;
    }
    if (!value.equals(shop.bannerUrl())) {
      // a banner only ever comes from POST /upload-banner, which sets it itself
      throw new Invalid("Баннер загружается через загрузку файла; здесь его можно только удалить");
    }
    return Banner.KEPT;
  }

  /**
   * What the settings select sends (blanks inside collapsed), or the English values the admin panel
   * stores.
   */
  static DeliveryOption deliveryType(String raw) {
    return DeliveryOption.parse(raw.replaceAll("\\s+", " "))
        .orElseThrow(
            () ->
                new Invalid(
                    "Некорректный тип доставки: допустимы «доставка», «самовывоз», «доставка и"
                        + " самовывоз»"));
  }

  /**
   * An http(s) link, or null for "". Entity-encoded markup or quotes in it are refused like raw
   * ones.
   */
  static String link(String raw, String what) {
    String v = raw.strip();
    if (v.isEmpty()) {
      return null;
    }
    if (v.length() > MAX_URL
        || !HTTP_URL.matcher(v).matches()
        || !HTTP_URL.matcher(CleanText.decodedAsAttribute(v)).matches()) {
      throw new Invalid(what + " должна начинаться с http:// или https://");
    }
    return v;
  }
}
