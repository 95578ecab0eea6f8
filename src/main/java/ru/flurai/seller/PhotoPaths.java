package ru.flurai.seller;

import jakarta.json.JsonArray;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import ru.flurai.catalog.product.Product;
import ru.flurai.media.StaticPath;
import ru.flurai.platform.domain.Invalid;

/**
 * A product's photo list: paths returned by POST /seller-web/upload-photo, or absolute http(s) URLs
 * (API.md §0.7). At most three are kept; extras are dropped.
 */
final class PhotoPaths {
  private static final Pattern ABSOLUTE =
      Pattern.compile("https?://[^\\s<>\"\\\\]{1,500}", Pattern.CASE_INSENSITIVE);

  private PhotoPaths() {}

  static List<String> normalize(JsonValue value) {
    if (!(value instanceof JsonArray array)) {
      throw new Invalid("Некорректный список фото: ожидается массив путей");
    }
    List<String> out = new ArrayList<>();
    for (JsonValue v : array) {
      if (!(v instanceof JsonString s)) {
        throw new Invalid("Некорректная ссылка на фото");
      }
      String path = s.getString().strip();
      if (path.isEmpty() || out.contains(path)) {
        continue;
      }
      if (!valid(path)) {
        throw new Invalid("Некорректная ссылка на фото: " + abbreviate(path));
      }
      if (out.size() < Product.MAX_PHOTOS) {
        out.add(path);
      }
    }
    return out;
  }

  private static boolean valid(String path) {
    return StaticPath.parse(path)
            .filter(p -> p.directory() == StaticPath.Directory.PRODUCTS)
            .isPresent()
        || ABSOLUTE.matcher(path).matches();
  }

  private static String abbreviate(String s) {
    return s.length() <= 80 ? s : s.substring(0, 80) + "…";
  }
}
