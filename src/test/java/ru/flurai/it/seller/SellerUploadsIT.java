package ru.flurai.it.seller;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import ru.flurai.it.Fixtures;
import ru.flurai.it.RawHttp;
import ru.flurai.it.SellerSession;
import ru.flurai.it.ServerTest;
import ru.flurai.it.Stack;
import ru.flurai.it.UploadImages;

/**
 * Uploads (PRODUCT.md §6, API.md §8): accepted formats served back with cache headers, every
 * refusal a 4xx.
 */
public class SellerUploadsIT extends ServerTest {
  public static final SellerSession SELLER = SellerSession.open();
  public static final String PHOTO = "/static/uploads/products/[0-9a-f]{64}\\.(jpg|png)";

  public static Response upload(String endpoint, String fileName, byte[] bytes, String type) {
    return SELLER.upload().multiPart("file", fileName, bytes, type).post("/seller-web/" + endpoint);
  }

  public static String photo(String fileName, byte[] bytes, String type) {
    return upload("upload-photo", fileName, bytes, type)
        .then()
        .statusCode(200)
        .body("photo_id", matchesPattern(PHOTO))
        .extract()
        .path("photo_id");
  }

  public static Response serve(String path) {
    return Stack.api().get(path);
  }

  public static void assertServedImage(String path) {
    Response r = serve(path);
    r.then()
        .statusCode(200)
        .header("Cache-Control", "public, max-age=31536000, immutable")
        .header("X-Content-Type-Options", "nosniff")
        .header("Content-Disposition", "inline")
        .header("ETag", matchesPattern("\"[0-9a-f]{64}\""));
    String type = r.contentType();
    assertTrue(
        path.endsWith(".png") ? type.startsWith("image/png") : type.startsWith("image/jpeg"), type);
    assertNotNull(UploadImages.decode(r.asByteArray()), "served bytes decode as an image");
    // the ETag is the content hash, and the path of a product photo is that hash too
    String etag = r.header("ETag");
    assertTrue(path.contains(etag.replace("\"", "")));
    Stack.api().header("If-None-Match", etag).get(path).then().statusCode(304).header("ETag", etag);
    Stack.api().header("If-None-Match", "\"other\", " + etag).get(path).then().statusCode(304);
    Stack.api().header("If-None-Match", "\"other\"").get(path).then().statusCode(200);
  }

  @Test
  public void jpegIsAcceptedAndServedBack() {
    String path = photo("cropped-1700000000.jpg", UploadImages.jpeg(1600, 1200), "image/jpeg");
    assertServedImage(path);
    var served = UploadImages.decode(serve(path).asByteArray());
    assertEquals(
        1200, Math.max(served.getWidth(), served.getHeight()), "scaled into the 1200 px box");
  }

  @Test
  public void pngWebpAndGifAreAccepted() {
    assertServedImage(photo("a.png", UploadImages.png(300, 200), "image/png"));
    assertServedImage(photo("a.webp", UploadImages.webp(), "image/webp"));
    assertServedImage(photo("a.gif", UploadImages.gif(120, 90), "image/gif"));
    // no declared type, or the generic one, is fine: the bytes decide
    photo("blob", UploadImages.png(50, 40), "application/octet-stream");
  }

  @Test
  public void phonePhotoIsStoredUprightWithoutExif() {
    // 40×20 as stored, EXIF orientation 6: the camera was turned, the picture is 20×40 rotated 90°
    // clockwise
    byte[] upload = UploadImages.exifJpeg(40, 20, 6);
    assertTrue(UploadImages.contains(upload, "Exif"));
    String path = photo("IMG_0001.jpg", upload, "image/jpeg");
    byte[] served = serve(path).then().statusCode(200).extract().asByteArray();
    var image = UploadImages.decode(served);
    assertEquals(20, image.getWidth(), "width");
    assertEquals(40, image.getHeight(), "height");
    // the stored top-left corner is now the top-right one; the other corners are grey
    assertTrue(UploadImages.red(image, 16, 3), "top right is red");
    assertFalse(UploadImages.red(image, 3, 3), "top left is not red");
    assertFalse(UploadImages.red(image, 3, 36), "bottom left is not red");
    assertFalse(UploadImages.red(image, 16, 36), "bottom right is not red");
    assertFalse(UploadImages.contains(served, "Exif"), "no EXIF left");
  }

  @Test
  public void sameImageTwiceIsStoredOnce() {
    byte[] jpeg = UploadImages.jpeg(200, 150);
    String first = photo("one.jpg", jpeg, "image/jpeg");
    assertEquals(first, photo("two.jpg", jpeg, "image/jpeg"));
    String hash = first.substring(first.lastIndexOf('/') + 1, first.lastIndexOf('.'));
    assertEquals(1, Fixtures.count("select count(*) from media where hash = ?", hash));
  }

  @Test
  public void phpTailIsStrippedByReencoding() {
    byte[] polyglot =
        UploadImages.concat(
            UploadImages.jpeg(300, 300),
            "<?php system($_GET['c']); ?>".getBytes(StandardCharsets.US_ASCII));
    String path = photo("shell.php.jpg", polyglot, "image/jpeg");
    assertTrue(path.endsWith(".jpg"));
    byte[] served = serve(path).then().statusCode(200).extract().asByteArray();
    assertFalse(UploadImages.contains(served, "<?php"));
    assertFalse(UploadImages.contains(served, "system("));
  }

  @Test
  public void clientFileNameIsNeverUsed() {
    String path = photo("../../../../etc/passwd.jpg", UploadImages.jpeg(100, 100), "image/jpeg");
    assertTrue(path.matches(PHOTO), path);
    photo("..\\..\\windows\\win.ini", UploadImages.jpeg(101, 100), "image/jpeg");
  }

  @Test
  public void refusals() {
    byte[] html =
        ("<html><body><script>alert(document.cookie)</script>" + "x".repeat(200) + "</body></html>")
            .getBytes(StandardCharsets.UTF_8);
    upload("upload-photo", "photo.jpg", html, "image/jpeg")
        .then()
        .statusCode(400)
        .body(
            "detail",
            equalTo("Неподдерживаемый формат изображения: разрешены JPEG, PNG, WebP, GIF"));
    byte[] jpeg = UploadImages.jpeg(400, 300);
    upload("upload-photo", "cut.jpg", Arrays.copyOf(jpeg, jpeg.length / 2), "image/jpeg")
        .then()
        .statusCode(400)
        .body("detail", equalTo("Изображение повреждено или не читается"));
    upload("upload-photo", "bomb.png", UploadImages.pngClaiming(20_000, 20_000), "image/png")
        .then()
        .statusCode(400)
        .body("detail", equalTo("Изображение слишком большое по количеству пикселей"));
    upload("upload-photo", "x.jpg", UploadImages.png(100, 100), "image/jpeg")
        .then()
        .statusCode(400)
        .body("detail", equalTo("Тип файла не совпадает с содержимым"));
    upload("upload-photo", "x.jpg", jpeg, "text/html")
        .then()
        .statusCode(400)
        .body("detail", equalTo("Тип файла не совпадает с содержимым"));
    upload("upload-photo", "tiny.jpg", Arrays.copyOf(jpeg, 50), "image/jpeg")
        .then()
        .statusCode(400)
        .body("detail", equalTo("Файл слишком маленький"));
  }

  @Test
  public void elevenMegabytesIsRefusedWithADetail() {
    byte[] big = UploadImages.concat(UploadImages.jpeg(64, 64), new byte[11 * 1024 * 1024]);
    Response r = upload("upload-photo", "big.jpg", big, "image/jpeg");
    assertTrue(r.statusCode() == 413 || r.statusCode() == 400, "status " + r.statusCode());
    r.then().body("detail", equalTo("Файл слишком большой (максимум 10 МБ)"));
  }

  @Test
  public void wrongRequestShapesAreReadable400s() {
    SELLER
        .api()
        .body("{\"file\":\"x\"}")
        .post("/seller-web/upload-photo")
        .then()
        .statusCode(400)
        .body("detail", equalTo("Ожидается multipart/form-data с файлом в поле file"));
    SELLER
        .upload()
        .multiPart("photo", "a.jpg", UploadImages.jpeg(100, 100), "image/jpeg")
        .post("/seller-web/upload-photo")
        .then()
        .statusCode(400)
        .body("detail", equalTo("Файл не передан: ожидается поле file"));
  }

  @Test
  public void bannerReplacesTheMappingAndVersionsTheUrl() {
    SellerSession s = SellerSession.open();
    String first =
        s.upload()
            .multiPart("file", "b.png", UploadImages.png(2400, 600), "image/png")
            .post("/seller-web/upload-banner")
            .then()
            .statusCode(200)
            .body(
                "banner_url",
                matchesPattern("/static/uploads/shop_banners/" + s.id() + "\\.jpg\\?v=[0-9a-f]{8}"))
            .extract()
            .path("banner_url");
    s.api().get("/seller-web/me").then().body("banner_url", equalTo(first));
    String path = first.substring(0, first.indexOf('?'));
    var banner = UploadImages.decode(serve(first).then().statusCode(200).extract().asByteArray());
    assertEquals(1920, banner.getWidth(), "banners are limited to 1920 px wide");
    assertServedImageNoHashPath(path);
    String second =
        s.upload()
            .multiPart("file", "b2.jpg", UploadImages.jpeg(800, 200), "image/jpeg")
            .post("/seller-web/upload-banner")
            .then()
            .statusCode(200)
            .extract()
            .path("banner_url");
    assertFalse(first.equals(second), "a new version for new content");
    assertEquals(
        1,
        Fixtures.count(
            "select count(*) from static_files where path like ?",
            "/static/uploads/shop_banners/" + s.id() + ".%"));
    // removing the banner also stops serving it
    s.api().body("{\"banner_url\":null}").put("/seller-web/me").then().statusCode(200);
    serve(path).then().statusCode(404).body("detail", equalTo("Файл не найден"));
  }

  public static void assertServedImageNoHashPath(String path) {
    Response r = serve(path);
    r.then()
        .statusCode(200)
        .header("Cache-Control", "public, max-age=31536000, immutable")
        .header("Content-Type", startsWith("image/jpeg"));
    Stack.api().header("If-None-Match", r.header("ETag")).get(path).then().statusCode(304);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/static/uploads/products/nothing-here.jpg",
        "/static/uploads/products/abc.html",
        "/static/uploads/other/abc.jpg",
        "/static/uploads/products/abc.jpg.html",
        "/static/uploads/products/%2e%2e%2f%2e%2e%2fWEB-INF%2fweb.xml",
        "/static/uploads/products/..%2f..%2fWEB-INF%2fweb.xml",
        "/static/uploads/products/..%5c..%5cWEB-INF%5cweb.xml",
        "/static/uploads/%2e%2e/%2e%2e/WEB-INF/web.xml",
        "/static/uploads/products/../../WEB-INF/web.xml",
        "/static/uploads/products/..\\..\\WEB-INF\\web.xml",
        "/static/../WEB-INF/web.xml",
        "/static/uploads/products/a%00.jpg",
        "/static/"
      })
  public void traversalAndUnknownPathsReachNothing(String rawPath) throws Exception {
    RawHttp.Answer a = RawHttp.get(rawPath);
    assertTrue(a.status() == 400 || a.status() == 404, rawPath + " → " + a.status());
    // nothing was read: no deployment descriptor, no class or file contents
    assertFalse(a.body().contains("<web-app"), rawPath + " → " + a.body());
    assertFalse(a.body().contains("ru.flurai"), rawPath + " → " + a.body());
    if (a.fromApplication()) {
      // what reached the application is refused by StaticPath with a JSON detail; malformed
      // encodings (%2f, %5c,
      // backslashes) are already refused by Liberty with its own 400 page, before any application
      // code runs
      assertTrue(a.body().contains("{\"detail\":"), rawPath + " → " + a.body());
    }
  }
}
