package ru.flurai.admin;

import java.util.Locale;
import ru.flurai.catalog.shop.DeliveryOption;
import ru.flurai.media.StaticPath;
import ru.flurai.platform.domain.Invalid;
import ru.flurai.platform.text.CleanText;

/**
 * The rules for every seller field the admin writes, shared by creation and {@code PUT …/update}.
 * Each method takes the raw value (the panel sends strings) and returns the cleaned value to store,
 * or refuses (Invalid, a 400) with a Russian {@code detail} the panel shows. Pure: no database,
 * testable without a container.
 */
public final class SellerFields {
  private SellerFields() {}

  static String fio(String value) {
    return sized(CleanText.line(value, 201), 2, 200, "ФИО должно быть от 2 до 200 символов");
  }

  static String shopName(String value) {
    return sized(
        CleanText.line(value, 256), 2, 255, "Название магазина должно быть от 2 до 255 символов");
  }

  static String description(String value) {
    return CleanText.of(value, 2000);
  }

  static String hashtags(String value) {
    String h = CleanText.line(value, 500);
    return h == null ? "" : h;
  }

  static String addressName(String value) {
    return CleanText.line(value, 512);
  }

  static String inn(String value) {
    return digits(value, "ИНН должен состоять из 10 или 12 цифр", 10, 12);
  }

  static String ogrn(String value) {
    return digits(value, "ОГРН должен состоять из 13 или 15 цифр", 13, 15);
  }

  /** A link the panel and the Mini App open: only http(s), never javascript: or data:. */
  static String mapUrl(String value) {
    String url = CleanText.line(value, 2000);
    if (url != null && !url.toLowerCase(Locale.ROOT).matches("https?://\\S+")) {
      throw new Invalid("Ссылка на карту должна начинаться с http:// или https://");
    }
    return url;
  }

  static String bannerUrl(String value) {
    if (PanelValues.none(value)) {
      return null;
    }
    String url = value.strip();
    boolean ours = StaticPath.parse(url.split("\\?", 2)[0]).isPresent();
    if (url.length() > 512 || !(ours || url.toLowerCase(Locale.ROOT).matches("https?://\\S+"))) {
      throw new Invalid("Баннер должен быть путём /static/uploads/… или ссылкой http(s)");
    }
    return url;
  }

  /**
   * Stored as spelled (API.md §0.7): the panel's Russian values, the English ones, or ""; none sent
   * is both.
   */
  static DeliveryOption deliveryType(String value) {
    if (value == null) {
      return DeliveryOption.BOTH;
    }
    return DeliveryOption.parse(value)
        .orElseThrow(
            () -> new Invalid("Неизвестный способ доставки: " + CleanText.line(value, 50)));
  }

  static Integer commission(Integer value) {
    if (value != null && (value < 0 || value > 100)) {
      throw new Invalid("Комиссия должна быть от 0 до 100");
    }
    return value;
  }

  static Integer walkMinutes(Integer value) {
    if (value != null && (value <= 0 || value > 600)) {
      throw new Invalid("Время до метро должно быть больше 0 минут");
    }
    return value;
  }

  private static String sized(String value, int min, int max, String message) {
    if (value == null || value.length() < min || value.length() > max) {
      throw new Invalid(message);
    }
    return value;
  }

  private static String digits(String value, String message, int... lengths) {
    if (PanelValues.none(value)) {
      return null;
    }
    String v = value.strip();
    for (int length : lengths) {
      if (v.length() == length && v.chars().allMatch(c -> c >= '0' && c <= '9')) {
        return v;
      }
    }
    throw new Invalid(message);
  }
}
