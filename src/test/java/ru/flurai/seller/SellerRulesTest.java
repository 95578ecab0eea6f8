package ru.flurai.seller;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.io.StringReader;
import org.junit.jupiter.api.Test;
import ru.flurai.platform.domain.Invalid;

/**
 * The seller panel's pure rules: composition, preorder dates, query limits, links. No container.
 * (Schedules, hours and limit bounds are the Shop aggregate's: catalog.ShopTest.)
 */
class SellerRulesTest {
  static JsonValue json(String text) {
    try (var r = Json.createReader(new StringReader(text))) {
      return r.readValue();
    }
  }

  static String refusal(Runnable r) {
    return assertThrows(Invalid.class, r::run).detail();
  }

  @Test
  void compositionQuantitiesAreNumbersOrNull() {
    var c =
        Composition.normalize(
            json(
                "[{\"name\":\" Роза <b>red</b> \",\"qty\":\"5\",\"unit\":\"шт.\"},"
                    + "{\"name\":\"Лента\",\"qty\":1.50,\"unit\":\"метр\"},{\"name\":\"Вода\",\"qty\":-1,\"unit\":\"л\"},"
                    + "{\"name\":\"Мох\",\"qty\":\"немного\",\"unit\":null},{\"qty\":3},\"строка\",{\"name\":\"\"}]"));
    assertEquals(
        "[{\"name\":\"Роза red\",\"qty\":5,\"unit\":\"шт.\"},{\"name\":\"Лента\",\"qty\":1.5,\"unit\":null},"
            + "{\"name\":\"Вода\",\"qty\":null,\"unit\":\"л\"},{\"name\":\"Мох\",\"qty\":null,\"unit\":null}]",
        c.toString());
    refusal(() -> Composition.normalize(json("{\"name\":\"x\"}")));
    StringBuilder many = new StringBuilder("[");
    for (int i = 0; i < 80; i++) {
      many.append(i == 0 ? "" : ",").append("{\"name\":\"n").append(i).append("\"}");
    }
    assertEquals(Composition.MAX_ITEMS, Composition.normalize(json(many + "]")).size());
  }

  @Test
  void limitParams() {
    assertNull(LimitParams.parse("x", null));
    assertNull(LimitParams.parse("x", " "));
    assertEquals(7, LimitParams.parse("x", "7"));
    assertEquals(7, LimitParams.parse("x", "7.0"));
    assertEquals("Лимит должен быть целым числом: x", refusal(() -> LimitParams.parse("x", "7.5")));
    // the bounds are the Shop aggregate's (catalog.ShopTest)
    assertEquals(-1, LimitParams.parse("x", "-1"));
    assertEquals(5000, LimitParams.parse("x", "5000"));
  }

  @Test
  void deliveryTypesAndLinks() {
    assertEquals(
        "доставка и самовывоз", ProfileEdit.deliveryType(" Доставка  и самовывоз ").stored());
    assertEquals("", ProfileEdit.deliveryType("").stored());
    assertEquals(
        "Некорректный тип доставки: допустимы «доставка», «самовывоз», «доставка и самовывоз»",
        refusal(() -> ProfileEdit.deliveryType("курьер")));
    assertNull(ProfileEdit.link(" ", "Ссылка"));
    assertEquals(
        "https://yandex.ru/maps?a=1", ProfileEdit.link("https://yandex.ru/maps?a=1", "Ссылка"));
    refusal(() -> ProfileEdit.link("javascript:alert(1)", "Ссылка"));
    refusal(() -> ProfileEdit.link("https://x.ru/\"><script>", "Ссылка"));
    // entity-encoded markup and quotes are refused as the raw ones are; ordinary query strings are
    // kept as sent
    refusal(
        () -> ProfileEdit.link("https://x.ru/?q=&lt;script&gt;alert(1)&lt;/script&gt;", "Ссылка"));
    refusal(() -> ProfileEdit.link("https://x.ru/?q=&amp;lt;img&amp;gt;", "Ссылка"));
    refusal(() -> ProfileEdit.link("https://x.ru/?q=&#34;onmouseover=alert(1)", "Ссылка"));
    refusal(() -> ProfileEdit.link("https://x.ru/?q=&#x3c;svg", "Ссылка"));
    assertEquals(
        "https://yandex.ru/maps/?ll=37.6,55.7&z=16&param=1&copy=2",
        ProfileEdit.link("https://yandex.ru/maps/?ll=37.6,55.7&z=16&param=1&copy=2", "Ссылка"));
  }
}
