package ru.flurai.dev.demo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import ru.flurai.catalog.shop.Shop;
import ru.flurai.dev.demo.DemoShops.DemoProduct;
import ru.flurai.dev.demo.DemoShops.DemoShop;
import ru.flurai.media.StaticPath;
import ru.flurai.media.StoredImage;
import ru.flurai.platform.config.FluraiConfig;
import ru.flurai.platform.config.Settings;
import ru.flurai.platform.security.PasswordPolicy;

/**
 * The demo data without a database (the test server runs with DEMO_DATA=false): shops that the
 * catalogue lists, products with prices, stock and composition the Mini App renders, photos stored
 * like uploads, and logins with the documented password.
 */
class DemoShopsTest {
  private static final List<DemoShop> SHOPS = DemoShops.all();
  private static final Set<String> UNITS = Set.of("шт.", "м", "г", "кг", "упак.", "мл", "л");

  @Test
  void threeOrFourShopsWithDistinctLoginsAndTheDocumentedPassword() throws IOException {
    assertTrue(SHOPS.size() >= 3 && SHOPS.size() <= 4);
    assertEquals(SHOPS.size(), SHOPS.stream().map(DemoShop::login).distinct().count());
    assertEquals(SHOPS.size(), SHOPS.stream().map(DemoShop::sellerId).distinct().count());
    for (int i = 0; i < SHOPS.size(); i++) {
      assertEquals("demo" + (i + 1), SHOPS.get(i).login());
    }
    assertEquals(Optional.empty(), PasswordPolicy.violation(DemoShops.PASSWORD));
    try (InputStream readme = Files.newInputStream(Path.of("README.md"))) {
      String text = new String(readme.readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(
          text.contains("## Demo data") && text.contains(DemoShops.PASSWORD),
          "README documents it");
    }
  }

  @Test
  void shopsSitInSeededDistrictsNearTheirMetro() throws IOException {
    String seed;
    try (InputStream in = getClass().getResourceAsStream("/ru/flurai/dev/directories.sql")) {
      seed = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Set<String> deliveryTypes = new HashSet<>();
    for (DemoShop shop : SHOPS) {
      assertTrue(
          seed.lines()
              .anyMatch(
                  l ->
                      l.contains("select '" + shop.metro() + "', id, 1")
                          && l.contains("name = '" + shop.district() + "'")),
          shop.metro() + " in " + shop.district());
      assertTrue(shop.walkMinutes() > 0);
      assertNotNull(Shop.normalizeDeliveryType(shop.deliveryType()), shop.deliveryType());
      deliveryTypes.add(Shop.normalizeDeliveryType(shop.deliveryType()));
      assertTrue(shop.deliveryPrice().signum() >= 0);
      assertTrue(shop.phone().matches("7\\d{10}"));
      workingHours(shop.workingHours());
    }
    assertEquals(Set.of("delivery", "pickup", "both"), deliveryTypes);
  }

  private static void workingHours(String json) {
    JsonObject week = Json.createReader(new StringReader(json)).readObject();
    assertEquals(Set.of("0", "1", "2", "3", "4", "5", "6"), week.keySet());
    for (JsonValue day : week.values()) {
      if (day.getValueType() != JsonValue.ValueType.NULL) {
        String open = day.asJsonObject().getString("open");
        String close = day.asJsonObject().getString("close");
        assertTrue(
            open.matches("\\d{2}:\\d{2}")
                && close.matches("\\d{2}:\\d{2}")
                && open.compareTo(close) < 0);
      }
    }
  }

  @Test
  void everyShopHasFourToSixListableProducts() {
    for (DemoShop shop : SHOPS) {
      long listable = shop.products().stream().filter(p -> !p.preorder()).count();
      assertTrue(listable >= 4 && listable <= 6, shop.name());
      for (DemoProduct p : shop.products()) {
        assertTrue(p.price().signum() > 0 && p.price().scale() <= 2, p.name());
        assertTrue(p.quantity() > 0, p.name());
        assertTrue(p.photos() >= 1 && p.photos() <= 3, p.name());
        JsonArray composition =
            Json.createReader(new StringReader(DemoWriter.composition(p.composition())))
                .readArray();
        for (JsonValue v : composition) {
          JsonObject item = v.asJsonObject();
          assertFalse(item.getString("name").isBlank());
          // qty is a number or null, never a string (API.md §0.7)
          assertTrue(
              item.get("qty").getValueType() == JsonValue.ValueType.NUMBER
                  || item.get("qty").getValueType() == JsonValue.ValueType.NULL);
          assertTrue(
              item.isNull("unit") || UNITS.contains(item.getString("unit")), item.toString());
        }
      }
    }
  }

  @Test
  void photosAreStoredLikeUploadsAndAreDeterministic() throws Exception {
    Map<String, List<StoredImage>> photos = DemoSeed.photos(SHOPS);
    assertEquals(SHOPS.stream().mapToInt(s -> s.products().size()).sum(), photos.size());
    for (DemoShop shop : SHOPS) {
      for (DemoProduct p : shop.products()) {
        List<StoredImage> images = photos.get(shop.login() + "/" + p.name());
        assertEquals(p.photos(), images.size());
        for (StoredImage image : images) {
          assertEquals(
              HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(image.bytes())),
              image.sha256Hex());
          assertTrue(image.width() <= 1200 && image.height() <= 1200);
          assertNotNull(ImageIO.read(new ByteArrayInputStream(image.bytes())));
          String path = DemoWriter.PHOTO_DIR + image.sha256Hex() + "." + image.extension();
          assertEquals(path, StaticPath.parse(path).orElseThrow().path());
        }
      }
    }
    DemoShop first = SHOPS.get(0);
    assertArrayEquals(
        DemoPhotos.png(first.colorFrom(), first.colorTo(), first.initial(), 1),
        DemoPhotos.png(first.colorFrom(), first.colorTo(), first.initial(), 1));
  }

  @Test
  void theSettingSwitchesItOff() {
    assertFalse(demoData("false"));
    assertFalse(demoData(" FALSE "));
    assertFalse(demoData("0"));
    assertTrue(demoData("true"));
    assertTrue(demoData(" "));
  }

  private static boolean demoData(String setting) {
    return new FluraiConfig(Settings.of(Map.of("DEMO_DATA", setting))).demoData();
  }
}
