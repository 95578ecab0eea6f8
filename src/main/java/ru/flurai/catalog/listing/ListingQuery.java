package ru.flurai.catalog.listing;

import java.util.Locale;
import ru.flurai.catalog.BusinessDay;
import ru.flurai.platform.domain.Invalid;
import ru.flurai.platform.text.CleanText;

/**
 * The filters, order and page of {@code GET /public/sellers} (API.md §3), validated. Query
 * parameters arrive as text, so that a malformed number is a readable 400 rather than JAX-RS's bare
 * 404.
 */
public record ListingQuery(
    String search,
    Long cityId,
    Long districtId,
    Long metroId,
    String deliveryType,
    Boolean freeDelivery,
    String sortPrice,
    String sortMode,
    int page,
    int perPage) {
  public static final int MAX_SEARCH = 100;
  public static final int MAX_PER_PAGE = 100;
  public static final int DEFAULT_PER_PAGE = 20;

  public static ListingQuery parse(
      String search,
      String cityId,
      String districtId,
      String metroId,
      String deliveryType,
      String freeDelivery,
      String sortPrice,
      String sortMode,
      String page,
      String perPage) {
    String q = CleanText.line(search, Integer.MAX_VALUE);
    if (q != null && q.length() > MAX_SEARCH) {
      throw new Invalid("Поисковый запрос длиннее " + MAX_SEARCH + " символов");
    }
    int p = intParam(page, "page", 1, 1, 1_000_000);
    int n = intParam(perPage, "per_page", DEFAULT_PER_PAGE, 1, MAX_PER_PAGE);
    return new ListingQuery(
        q == null ? null : q.toLowerCase(Locale.ROOT),
        id(cityId, "city_id"),
        id(districtId, "district_id"),
        id(metroId, "metro_id"),
        oneOf(deliveryType, "delivery_type", "delivery", "pickup", "both"),
        bool(freeDelivery, "free_delivery"),
        oneOf(sortPrice, "sort_price", "asc", "desc"),
        oneOf(sortMode, "sort_mode", "all_city", "nearby"),
        p,
        n);
  }

  public int offset() {
    return (page - 1) * perPage;
  }

  /**
   * A canonical cache key: the same listing always has the same key, whatever the parameter order
   * was.
   */
  public String key(BusinessDay day) {
    return day.date()
        + "|"
        + (search == null ? "" : search)
        + "|"
        + cityId
        + "|"
        + districtId
        + "|"
        + metroId
        + "|"
        + deliveryType
        + "|"
        + freeDelivery
        + "|"
        + sortPrice
        + "|"
        + sortMode
        + "|"
        + page
        + "|"
        + perPage;
  }

  private static Long id(String raw, String name) {
    if (blank(raw)) {
      return null;
    }
    try {
      return Long.parseLong(raw.strip());
    } catch (NumberFormatException e) {
      throw new Invalid("Параметр " + name + " должен быть целым числом");
    }
  }

  private static int intParam(String raw, String name, int fallback, int min, int max) {
    if (blank(raw)) {
      return fallback;
    }
    long v;
    try {
      v = Long.parseLong(raw.strip());
    } catch (NumberFormatException e) {
      throw new Invalid("Параметр " + name + " должен быть целым числом");
    }
    if (v < min || v > max) {
      throw new Invalid("Параметр " + name + " должен быть от " + min + " до " + max);
    }
    return (int) v;
  }

  private static String oneOf(String raw, String name, String... allowed) {
    if (blank(raw)) {
      return null;
    }
    String v = raw.strip().toLowerCase(Locale.ROOT);
    for (String a : allowed) {
      if (a.equals(v)) {
        return a;
      }
    }
    throw new Invalid("Параметр " + name + " должен быть одним из: " + String.join(", ", allowed));
  }

  private static Boolean bool(String raw, String name) {
    String v = oneOf(raw, name, "true", "false");
    return v == null ? null : Boolean.valueOf(v);
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
