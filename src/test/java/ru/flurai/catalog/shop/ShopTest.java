package ru.flurai.catalog.shop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import ru.flurai.catalog.BusinessDay;
import ru.flurai.platform.domain.Invalid;

/**
 * The Shop aggregate's rules, on the entity's own methods without a container: limits (the one set
 * of bounds, both panels' texts), weekly schedule, opening hours, a new shop's defaults, listing
 * and account state, and the enum converters of its columns.
 */
class ShopTest {
  private static final ZoneId MSK = ZoneId.of("Europe/Moscow");
  // Wednesday 2026-12-02, 12:00 in Moscow: business day 2026-12-02, weekday key "2"
  private static final BusinessDay WEDNESDAY =
      BusinessDay.at(Instant.parse("2026-12-02T09:00:00Z"), MSK);
  private static final BusinessDay THURSDAY =
      BusinessDay.at(Instant.parse("2026-12-03T09:00:00Z"), MSK);

  static JsonObject json(String text) {
    try (var r = Json.createReader(new StringReader(text))) {
      return r.readObject();
    }
  }

  static String refusal(Runnable r) {
    return assertThrows(Invalid.class, r::run).detail();
  }

  static Shop shop() {
    return Shop.create(
        new NewShop(
            42,
            "Ромашка",
            null,
            null,
            null,
            null,
            null,
            DeliveryOption.RU_DELIVERY,
            null,
            null,
            null,
            null,
            null,
            null,
            "Seller42",
            "hash"));
  }

  /** What a refused change must leave as it was. */
  static String limitState(Shop s) {
    return s.maxDeliveryOrders()
        + "/"
        + s.maxPickupOrders()
        + "/"
        + s.maxOrders()
        + "/"
        + s.dailyLimitDate()
        + "/"
        + s.defaultDailyLimit()
        + "/"
        + s.weeklySchedule();
  }

  @Test
  void aNewShopHasTheSchemaDefaults() {
    Shop s = shop();
    assertEquals(42L, s.sellerId());
    assertEquals("Ромашка", s.shopName());
    assertEquals("", s.hashtags());
    assertEquals("доставка", s.deliveryType());
    assertEquals(BigDecimal.ZERO, s.deliveryPrice());
    assertEquals(10, s.maxDeliveryOrders());
    assertEquals(20, s.maxPickupOrders());
    assertEquals(0, s.maxOrders());
    assertEquals("active", s.subscriptionPlan());
    assertTrue(s.planActive());
    assertFalse(s.blocked());
    assertNull(s.deletedAt());
    assertEquals(new DailyLimits.Limits(10, 20), s.limits(WEDNESDAY));
    Shop.Preorders p = s.preorders();
    assertEquals("[]", p.customDatesJson());
    assertEquals(2, p.minLeadDays());
    assertEquals(BigDecimal.ZERO, p.discountPercent());
    assertEquals(7, p.discountMinDays());
    assertEquals(Instant.EPOCH, s.access.sessionsValidAfter.toInstant());
    assertEquals("Seller42", s.record().webLogin());
    assertEquals(1000, s.record().planLimitCap());
  }

  @Test
  void limitsForTodayBecomeTheBaseAndOverrideTheScheduleForThatDayOnly() {
    Shop s = shop();
    s.changeWeeklySchedule(json("{\"2\":{\"delivery\":7,\"pickup\":7}}"));
    assertEquals(new DailyLimits.Limits(7, 7), s.limits(WEDNESDAY));
    s.limitToday(3, null, null, WEDNESDAY);
    assertEquals(new DailyLimits.Limits(3, 20), s.limits(WEDNESDAY));
    assertEquals(23, s.maxOrders());
    assertEquals(WEDNESDAY.date(), s.dailyLimitDate());
    assertEquals(3, s.maxDeliveryOrders());
    assertNull(s.defaultDailyLimit());
    // the next day has no schedule entry: the new base limits
    assertEquals(new DailyLimits.Limits(3, 20), s.limits(THURSDAY));
  }

  @Test
  void aLegacyTotalOfZeroAloneClosesToday() {
    Shop s = shop();
    s.limitToday(null, null, 0, WEDNESDAY);
    assertEquals(new DailyLimits.Limits(0, 0), s.limits(WEDNESDAY));
    assertFalse(s.limits(WEDNESDAY).open());
    assertEquals(new DailyLimits.Limits(10, 20), s.limits(THURSDAY));
    assertEquals(10, s.maxDeliveryOrders());
    Shop t = shop();
    t.closeFor(WEDNESDAY);
    assertEquals(0, t.limits(WEDNESDAY).total());
  }

  @Test
  void thePanelsLimitsAreBoundedWithThePanelsTextsAndARefusalChangesNothing() {
    Shop s = shop();
    String before = limitState(s);
    assertEquals(
        "Лимит не может быть отрицательным", refusal(() -> s.limitToday(-1, 2, null, WEDNESDAY)));
    assertEquals(
        "Лимит не может быть больше 1000", refusal(() -> s.limitToday(1, 1001, null, WEDNESDAY)));
    // the legacy total is checked too, though only its 0 is used
    assertEquals(
        "Лимит не может быть больше 1000", refusal(() -> s.limitToday(1, 1, 5000, WEDNESDAY)));
    assertEquals(
        "Укажите max_delivery_orders и/или max_pickup_orders",
        refusal(() -> s.limitToday(null, null, null, WEDNESDAY)));
    assertEquals("Лимит не может быть больше 1000", refusal(() -> s.changeBaseLimits(100000, 1)));
    assertEquals(
        "Укажите max_delivery_orders и/или max_pickup_orders",
        refusal(() -> s.changeBaseLimits(null, null)));
    assertEquals(before, limitState(s));
    s.limitToday(1000, 0, null, WEDNESDAY);
    assertEquals(new DailyLimits.Limits(1000, 0), s.limits(WEDNESDAY));
  }

  @Test
  void baseLimitsCarryTheirLegacyTotal() {
    Shop s = shop();
    s.changeBaseLimits(5, null);
    assertEquals(5, s.maxDeliveryOrders());
    assertEquals(20, s.maxPickupOrders());
    assertEquals(25, s.defaultDailyLimit());
    assertNull(s.dailyLimitDate());
  }

  @Test
  void theAdminsLimitsHaveTheSameBoundsWithTheAdminsText() {
    Shop s = shop();
    String before = limitState(s);
    for (Integer bad : new Integer[] {null, -1, 1001}) {
      assertEquals(
          "Лимит должен быть от 0 до 1000", refusal(() -> s.adminLimit(bad, WEDNESDAY.date())));
    }
    assertEquals(
        "Лимит должен быть от 0 до 1000", refusal(() -> s.adminDefaultLimit(null, 1001, null)));
    assertEquals("Укажите лимит", refusal(() -> s.adminDefaultLimit(null, null, null)));
    assertEquals(before, limitState(s));
    s.adminLimit(5, WEDNESDAY.date());
    assertEquals(WEDNESDAY.date(), s.dailyLimitDate());
    assertEquals(5, s.maxOrders());
    s.adminLimit(0, WEDNESDAY.date());
    assertNull(s.dailyLimitDate());
    assertEquals(new DailyLimits.Limits(10, 20), s.limits(WEDNESDAY));
  }

  @Test
  void theAdminsLegacyTotalIsSplitInProportionToTheBase() {
    Shop s = shop();
    s.adminDefaultLimit(9, null, null);
    assertEquals(3, s.maxDeliveryOrders());
    assertEquals(6, s.maxPickupOrders());
    assertEquals(9, s.defaultDailyLimit());
    s.adminDefaultLimit(0, null, null);
    assertNull(s.defaultDailyLimit());
    assertEquals(3, s.maxDeliveryOrders());
    s.adminDefaultLimit(null, 0, 0);
    assertEquals(0, s.defaultDailyLimit());
    s.adminDefaultLimit(7, null, null);
    assertEquals(3, s.maxDeliveryOrders());
    assertEquals(4, s.maxPickupOrders());
    s.adminDefaultLimit(50, 1, null);
    assertEquals(1, s.maxDeliveryOrders());
    assertEquals(4, s.maxPickupOrders());
    assertEquals(5, s.defaultDailyLimit());
  }

  @Test
  void weeklyScheduleIsNormalizedAndValidated() {
    Shop s = shop();
    assertEquals(
        "{\"0\":{\"delivery\":2,\"pickup\":0},\"6\":5}",
        s.changeWeeklySchedule(json("{\"6\":5,\"0\":{\"delivery\":2,\"extra\":1},\"3\":null}"))
            .toString());
    assertEquals("{\"0\":{\"delivery\":2,\"pickup\":0},\"6\":5}", s.weeklySchedule());
    String stored = s.weeklySchedule();
    assertEquals(
        "Некорректный день недели: 7",
        refusal(() -> s.changeWeeklySchedule(json("{\"7\":{\"delivery\":1}}"))));
    assertEquals(
        "Некорректный день недели: mon",
        refusal(() -> s.changeWeeklySchedule(json("{\"mon\":1}"))));
    assertEquals(
        "Лимит не может быть отрицательным",
        refusal(() -> s.changeWeeklySchedule(json("{\"1\":{\"delivery\":-1,\"pickup\":1}}"))));
    assertEquals(
        "Лимит должен быть целым числом (день 1)",
        refusal(() -> s.changeWeeklySchedule(json("{\"1\":{\"delivery\":1.5}}"))));
    assertEquals(
        "Некорректный формат для дня 1",
        refusal(() -> s.changeWeeklySchedule(json("{\"1\":\"5\"}"))));
    assertEquals(
        "Лимит не может быть больше 1000",
        refusal(() -> s.changeWeeklySchedule(json("{\"1\":{\"delivery\":1001}}"))));
    assertEquals(stored, s.weeklySchedule());
    assertNull(s.changeWeeklySchedule(JsonValue.EMPTY_JSON_OBJECT));
    assertNull(s.weeklySchedule());
  }

  @Test
  void workingHoursFollowThePanelTexts() {
    Shop s = shop();
    assertEquals(
        "{\"0\":{\"open\":\"09:00\",\"close\":\"24:00\"},\"5\":null}",
        s.changeWorkingHours(json("{\"5\":null,\"0\":{\"open\":\"09:00\",\"close\":\"24:00\"}}"))
            .toString());
    assertNotNull(s.workingHours());
    assertNull(OpeningHours.normalize(null));
    assertNull(OpeningHours.normalize(JsonValue.EMPTY_JSON_OBJECT));
    assertEquals(
        "Некорректный день недели: 8", refusal(() -> s.changeWorkingHours(json("{\"8\":null}"))));
    assertEquals(
        "Время должно быть в формате HH:MM для дня 1",
        refusal(
            () -> s.changeWorkingHours(json("{\"1\":{\"open\":\"25:00\",\"close\":\"26:00\"}}"))));
    assertEquals(
        "Время должно быть в формате HH:MM для дня 1",
        refusal(() -> s.changeWorkingHours(json("{\"1\":{\"open\":\"09:00\"}}"))));
    assertEquals(
        "Время открытия должно быть раньше закрытия для дня 2",
        refusal(
            () -> s.changeWorkingHours(json("{\"2\":{\"open\":\"10:00\",\"close\":\"10:00\"}}"))));
    assertEquals(
        "Некорректный формат для дня 3",
        refusal(() -> s.changeWorkingHours(json("{\"3\":\"09:00-18:00\"}"))));
    assertEquals("{\"0\":{\"open\":\"09:00\",\"close\":\"24:00\"},\"5\":null}", s.workingHours());
    assertNull(s.changeWorkingHours(null));
    assertNull(s.workingHours());
  }

  @Test
  void nameListingAndAccountState() {
    Shop s = shop();
    assertEquals("Название магазина не может быть пустым", refusal(() -> s.renameShop(" ")));
    assertEquals("Ромашка", s.shopName());
    s.changePlan(Plan.NONE);
    assertFalse(s.planActive());
    assertEquals("none", s.subscriptionPlan());
    assertEquals(0, s.record().planLimitCap());
    s.softDelete();
    OffsetDateTime first = s.deletedAt();
    assertNotNull(first);
    s.softDelete();
    assertEquals(first, s.deletedAt());
    assertTrue(s.record().deleted());
    s.restore();
    assertNull(s.deletedAt());
    s.block(true);
    assertTrue(s.record().blocked());
  }

  @Test
  void credentialsAndSessions() {
    Shop s = shop();
    s.changeCredentials("new.login", "h2", "jti-1");
    assertEquals("new.login", s.access.login());
    assertEquals("h2", s.access.passwordHash);
    assertEquals("jti-1", s.access.keepJti);
    assertTrue(s.access.sessionsValidAfter.toInstant().isAfter(Instant.EPOCH));
    s.endSessions(null);
    assertNull(s.access.keepJti);
  }

  @Test
  void preordersAreKeptConsistent() {
    Shop s = shop();
    s.changePreorders(new Shop.Preorders(true, "weekly", 3, null, null, null, -5, null, null, 0));
    Shop.Preorders p = s.preorders();
    assertTrue(p.enabled());
    assertEquals("[]", p.customDatesJson());
    assertEquals(0, p.minLeadDays());
    assertEquals(BigDecimal.ZERO, p.discountPercent());
    assertEquals(1, p.discountMinDays());
  }

  @Test
  void deliveryOptionsKeepTheirSpellingAndNormalize() {
    DeliveryOptionConverter c = new DeliveryOptionConverter();
    for (DeliveryOption o : DeliveryOption.values()) {
      assertEquals(o, c.convertToEntityAttribute(c.convertToDatabaseColumn(o)));
    }
    assertEquals(DeliveryOption.RU_BOTH, c.convertToEntityAttribute("доставка и самовывоз"));
    assertEquals(DeliveryOption.NOT_CHOSEN, c.convertToEntityAttribute("телепорт"));
    assertEquals("самовывоз", c.convertToDatabaseColumn(DeliveryOption.RU_PICKUP));
    assertEquals("pickup", Shop.normalizeDeliveryType(" Самовывоз "));
    assertEquals("both", Shop.normalizeDeliveryType("both"));
    assertNull(Shop.normalizeDeliveryType(""));
    assertNull(Shop.normalizeDeliveryType(null));
    assertNull(Shop.normalizeDeliveryType("телепорт"));
    assertEquals(Optional.empty(), DeliveryOption.parse("доставка  и самовывоз"));
    Shop s = shop();
    assertTrue(s.delivers());
    s.changeDeliveryOption(DeliveryOption.PICKUP);
    assertFalse(s.delivers());
    assertEquals("pickup", s.record().deliveryType());
  }

  @Test
  void plansAreStoredInLowerCase() {
    PlanConverter c = new PlanConverter();
    for (Plan p : Plan.values()) {
      assertEquals(p, c.convertToEntityAttribute(c.convertToDatabaseColumn(p)));
    }
    assertEquals("premium", c.convertToDatabaseColumn(Plan.PREMIUM));
    assertEquals(Plan.PRO, c.convertToEntityAttribute("PRO"));
    assertEquals(Plan.ACTIVE, c.convertToEntityAttribute("gold"));
    assertFalse(Plan.NONE.listed());
  }

  @Test
  void theAdminsFieldEdit() {
    Shop s = shop();
    s.put("hashtags", null);
    assertEquals("", s.hashtags());
    s.put("commission_percent", 15);
    s.put("city_id", 1L);
    s.put("use_delivery_zones", true);
    ShopRecord r = s.record();
    assertEquals(15, r.commissionPercent());
    assertEquals(1L, r.cityId());
    assertTrue(r.useDeliveryZones());
    assertThrows(IllegalArgumentException.class, () -> s.put("is_blocked", true));
  }
}
