package ru.flurai.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneId;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import ru.flurai.catalog.shop.DeliveryOption;
import ru.flurai.catalog.shop.Plan;
import ru.flurai.platform.domain.Invalid;
import ru.flurai.platform.security.PasswordPolicy;

/**
 * The admin's seller field rules, the generated passwords and the organisation stub, without a
 * container.
 */
class SellerFieldsTest {
  private static final ZoneId MSK = ZoneId.of("Europe/Moscow");

  private static String refused(Runnable r) {
    return assertThrows(Invalid.class, r::run).detail();
  }

  @Test
  void namesAreCleanedAndSized() {
    assertEquals("Иван Петров", SellerFields.fio("  Иван <b>Петров</b>\n"));
    assertEquals("ФИО должно быть от 2 до 200 символов", refused(() -> SellerFields.fio("И")));
    assertEquals(
        "ФИО должно быть от 2 до 200 символов", refused(() -> SellerFields.fio("я".repeat(201))));
    assertEquals(
        "Название магазина должно быть от 2 до 255 символов",
        refused(() -> SellerFields.shopName(" ")));
    assertEquals("", SellerFields.hashtags(null));
  }

  @Test
  void legalIdentifiers() {
    assertEquals("7707083893", SellerFields.inn("7707083893"));
    assertEquals("500100732259", SellerFields.inn(" 500100732259 "));
    assertNull(SellerFields.inn(""));
    assertEquals(
        "ИНН должен состоять из 10 или 12 цифр", refused(() -> SellerFields.inn("12345678901")));
    assertEquals(
        "ОГРН должен состоять из 13 или 15 цифр", refused(() -> SellerFields.ogrn("77070838931")));
    assertEquals("1027700132195", SellerFields.ogrn("1027700132195"));
  }

  @Test
  void linksAreHttpOnly() {
    assertEquals("https://yandex.ru/maps/-/CC", SellerFields.mapUrl("https://yandex.ru/maps/-/CC"));
    refused(() -> SellerFields.mapUrl("javascript:alert(1)"));
    refused(() -> SellerFields.bannerUrl("/etc/passwd"));
    String banner = "/static/uploads/shop_banners/5.webp?v=2";
    assertEquals(banner, SellerFields.bannerUrl(banner));
    assertNull(SellerFields.bannerUrl("null"));
  }

  @Test
  void deliveryTypesAndPlans() {
    assertEquals(DeliveryOption.RU_BOTH, SellerFields.deliveryType("Доставка и самовывоз"));
    assertEquals(DeliveryOption.BOTH, SellerFields.deliveryType(null));
    assertEquals(DeliveryOption.NOT_CHOSEN, SellerFields.deliveryType(""));
    assertEquals(
        "Неизвестный способ доставки: телепорт",
        refused(() -> SellerFields.deliveryType("телепорт")));
    for (String plan : new String[] {"none", "active", "free", "pro", "premium"}) {
      assertEquals(plan, Plan.parse(plan.toUpperCase()).orElseThrow().wire());
    }
    assertEquals(Optional.empty(), Plan.parse("gold"));
  }

  @Test
  void placementDatesInBothFormatsStartOfDayInTheShopZone() {
    var ru = PanelValues.placement("31.12.2030", MSK);
    var iso = PanelValues.placement("2030-12-31", MSK);
    assertEquals(ru, iso);
    assertEquals("2030-12-31T00:00+03:00", ru.toString());
    assertNull(PanelValues.placement("", MSK));
    assertEquals(
        "Дата должна быть в формате ДД.ММ.ГГГГ или ГГГГ-ММ-ДД",
        refused(() -> PanelValues.placement("31/12/2030", MSK)));
    refused(() -> PanelValues.placement("2030-13-45", MSK));
  }

  @Test
  void numbersAndIds() {
    assertNull(SellerFields.commission(null));
    assertEquals(100, SellerFields.commission(100));
    assertEquals("Комиссия должна быть от 0 до 100", refused(() -> SellerFields.commission(101)));
    assertEquals(
        "Время до метро должно быть больше 0 минут", refused(() -> SellerFields.walkMinutes(0)));
    assertNull(PanelValues.id("0", "района"));
    assertNull(PanelValues.id("null", "района"));
    assertEquals(12L, PanelValues.id(" 12 ", "района"));
    refused(() -> PanelValues.id("-3", "района"));
    refused(() -> PanelValues.id("abc", "района"));
    assertEquals("нет", refused(() -> PanelValues.integer("1.5", "нет")));
    assertTrue(PanelValues.bool("true"));
    refused(() -> PanelValues.bool("maybe"));
  }

  @Test
  void generatedPasswordsPassThePolicyAndDiffer() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 200; i++) {
      String p = WebPasswords.generate();
      assertTrue(p.matches("[A-Za-z0-9]{12,}"), p);
      assertEquals(Optional.empty(), PasswordPolicy.violation(p));
      assertTrue(seen.add(p));
    }
    assertEquals("Seller42", WebPasswords.standardLogin(42));
  }

  @Test
  void organisationStubFromTheIdentifier() {
    assertEquals("LEGAL", OrgCard.of("7707083893").type());
    assertEquals("7707083893", OrgCard.of("7707083893").inn());
    assertEquals("INDIVIDUAL", OrgCard.of("500100732259").type());
    assertEquals("1027700132195", OrgCard.of("1027700132195").ogrn());
    assertNull(OrgCard.of("1027700132195").inn());
    assertEquals("INDIVIDUAL", OrgCard.of("304500116000157").type());
    assertEquals("ACTIVE", OrgCard.of("7707083893").state().status());
    assertEquals("", OrgCard.of("7707083893").name());
    refused(() -> OrgCard.of("12345"));
    refused(() -> OrgCard.ofInn("1027700132195"));
  }
}
