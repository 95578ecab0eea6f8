package ru.flurai.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import ru.flurai.media.StaticPath.Directory;

class StaticPathTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "/static/uploads/products/abc.jpg, PRODUCTS, abc, jpg, image/jpeg",
    "/static/uploads/products/0f1e2d3c4b5a69788796a5b4c3d2e1f0.webp, PRODUCTS, 0f1e2d3c4b5a69788796a5b4c3d2e1f0, "
        + "webp, image/webp",
    "/static/uploads/products/a_b-C9.jpeg, PRODUCTS, a_b-C9, jpeg, image/jpeg",
    "/static/uploads/products/x.png, PRODUCTS, x, png, image/png",
    "/static/uploads/products/x.gif, PRODUCTS, x, gif, image/gif",
    "/static/uploads/shop_banners/42.webp, SHOP_BANNERS, 42, webp, image/webp",
    "/static/uploads/shop_banners/42.jpg, SHOP_BANNERS, 42, jpg, image/jpeg",
  })
  void acceptsOurPaths(String path, Directory dir, String name, String ext, String contentType) {
    StaticPath parsed = StaticPath.parse(path).orElseThrow();
    assertEquals(new StaticPath(dir, name, ext), parsed);
    assertEquals(contentType, parsed.contentType());
    assertEquals(path, parsed.path());
  }

  @Test
  void nameLengthLimitIsEighty() {
    assertTrue(StaticPath.parse("/static/uploads/products/" + "a".repeat(80) + ".png").isPresent());
    assertEquals(
        Optional.empty(), StaticPath.parse("/static/uploads/products/" + "a".repeat(81) + ".png"));
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(
      strings = {
        "/",
        "/static/",
        "/static/uploads/",
        "/static/uploads/products/",
        // dot segments, raw and percent-encoded in every casing and width
        "/static/uploads/products/../../etc/passwd",
        "/static/uploads/products/../secret.jpg",
        "/static/uploads/../uploads/products/a.jpg",
        "/static/uploads/products/./a.jpg",
        "/static/uploads/products/..jpg",
        "/static/uploads/products/%2e%2e/secret.jpg",
        "/static/uploads/products/%2E%2E%2Fsecret.jpg",
        "/static/uploads/products/..%2f..%2fetc%2fpasswd",
        "/static/uploads/products/%252e%252e%252fsecret.jpg",
        "/static/uploads/products/%c0%ae%c0%ae/a.jpg",
        "/static/uploads/products/\uff0e\uff0e\uff0fa.jpg",
        // encoded or alternative separators
        "/static/uploads/products/a%2fb.jpg",
        "/static/uploads/products/a%5cb.jpg",
        "/static/uploads/products/..\\secret.jpg",
        "/static/uploads/products\\a.jpg",
        "/static/uploads/products/a\u2215b.jpg",
        "/static/uploads/products//a.jpg",
        "//static/uploads/products/a.jpg",
        "/static/uploads/products/sub/a.jpg",
        "/static/uploads/products/a.jpg/",
        // NUL and other control characters
        "/static/uploads/products/a.jpg\0",
        "/static/uploads/products/a\0.jpg",
        "/static/uploads/products/a.jpg%00.html",
        "/static/uploads/products/a.jpg\n",
        "/static/uploads/products/a.jpg\r\n",
        "/static/uploads/products/a\t.jpg",
        // absolute, relative and foreign roots
        "static/uploads/products/a.jpg",
        "/etc/passwd",
        "C:\\static\\uploads\\products\\a.jpg",
        "file:///static/uploads/products/a.jpg",
        "http://evil.example/static/uploads/products/a.jpg",
        "/STATIC/uploads/products/a.jpg",
        // unknown directories
        "/static/uploads/avatars/a.jpg",
        "/static/uploads/Products/a.jpg",
        "/static/uploads/shop_banners/../products/a.jpg",
        "/static/other/products/a.jpg",
        // extensions: double, unknown, upper-case, missing, name-less
        "/static/uploads/products/a.php.jpg",
        "/static/uploads/products/a.jpg.html",
        "/static/uploads/products/a.jpg.jpg",
        "/static/uploads/products/a.html",
        "/static/uploads/products/a.svg",
        "/static/uploads/products/a.JPG",
        "/static/uploads/products/a",
        "/static/uploads/products/.jpg",
        "/static/uploads/products/.htaccess",
        // suffixes the caller should have stripped, and odd characters in the name
        "/static/uploads/products/a.jpg?v=1",
        "/static/uploads/products/a.jpg#x",
        "/static/uploads/products/a.jpg;jsessionid=1",
        "/static/uploads/products/a b.jpg",
        "/static/uploads/products/a+b.jpg",
        "/static/uploads/products/~root.jpg",
        "/static/uploads/products/\u00e4.jpg",
        "/static/uploads/products/a\u0301.jpg",
      })
  void refusesEverythingElse(String path) {
    assertEquals(Optional.empty(), StaticPath.parse(path), () -> "accepted: " + path);
  }

  @Test
  void refusesAbsurdlyLongPaths() {
    assertEquals(
        Optional.empty(),
        StaticPath.parse("/static/uploads/products/" + "a/".repeat(10_000) + "a.jpg"));
  }

  @Test
  void constructorCannotBuildAPathTheParserWouldRefuse() {
    assertThrows(
        IllegalArgumentException.class, () -> new StaticPath(Directory.PRODUCTS, "../x", "jpg"));
    assertThrows(
        IllegalArgumentException.class, () -> new StaticPath(Directory.PRODUCTS, "x", "html"));
    assertThrows(
        IllegalArgumentException.class, () -> new StaticPath(Directory.PRODUCTS, "", "jpg"));
    assertThrows(IllegalArgumentException.class, () -> new StaticPath(null, "x", "jpg"));
    assertEquals(
        "/static/uploads/shop_banners/7.png",
        new StaticPath(Directory.SHOP_BANNERS, "7", "png").path());
  }
}
