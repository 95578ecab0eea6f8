package ru.flurai.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import ru.flurai.delivery.DeliveryRules.Outcome;
import ru.flurai.delivery.DeliveryRules.Refusal;
import ru.flurai.delivery.DeliveryRules.Zone;
import ru.flurai.platform.domain.Invalid;

/** The pricing table of PRODUCT.md §8.1 / LATER.md §3.5, without I/O. */
class DeliveryRulesTest {
  private static final long CENTRE = 10;
  private static final long NORTH = 11;
  private static final long FAR = 12;

  private static Zone zone(
      long id, String price, String min, String freeFrom, int priority, Long... districts) {
    return new Zone(
        id,
        ZoneTerms.of(
            "Зона " + id,
            Set.of(districts),
            new BigDecimal(price),
            min == null ? null : new BigDecimal(min),
            freeFrom == null ? null : new BigDecimal(freeFrom),
            true,
            priority));
  }

  private static Outcome price(List<Zone> zones, Long district, String subtotal) {
    return DeliveryRules.price(zones, district, subtotal == null ? null : new BigDecimal(subtotal));
  }

  private static final List<Zone> ZONES =
      List.of(
          zone(1, "300", "1000", "5000", 0, CENTRE, NORTH),
          zone(2, "500", null, null, 0, NORTH, FAR),
          zone(3, "0", null, null, -1, FAR));

  @Test
  void insideAZoneTheFeeIsItsPrice() {
    Outcome o = price(ZONES, CENTRE, "2000");
    assertTrue(o.delivers());
    assertEquals(1, o.zone().id());
    assertEquals(new BigDecimal("300.00"), o.fee());
    assertEquals(CENTRE, o.districtId());
  }

  @Test
  void outsideEveryZoneIsRefusedWithTheMiniAppsTexts() {
    Outcome o = price(ZONES, 99L, "2000");
    assertFalse(o.delivers());
    assertEquals(Refusal.OUTSIDE, o.refusal());
    assertEquals("Магазин не доставляет по этому адресу", o.checkText());
    assertEquals("Магазин не доставляет по вашему адресу", o.checkoutText());
    assertEquals(0, o.fee().signum());
  }

  @Test
  void belowTheMinimumOrderIsRefusedNamingIt() {
    Outcome o = price(ZONES, CENTRE, "999.99");
    assertEquals(Refusal.BELOW_MINIMUM, o.refusal());
    assertEquals("Минимальная сумма заказа для доставки в этот район — 1000 ₽", o.checkoutText());
    assertTrue(price(ZONES, CENTRE, "1000").delivers());
  }

  @Test
  void fromTheFreeFromAmountDeliveryCostsNothing() {
    assertEquals(new BigDecimal("300.00"), price(ZONES, CENTRE, "4999.99").fee());
    assertEquals(new BigDecimal("0.00"), price(ZONES, CENTRE, "5000").fee());
    assertEquals(new BigDecimal("0.00"), price(ZONES, CENTRE, "12000").fee());
  }

  @Test
  void withoutASubtotalNeitherMinimumNorFreeFromApply() {
    Outcome o = price(ZONES, CENTRE, null);
    assertTrue(o.delivers());
    assertEquals(new BigDecimal("300.00"), o.fee());
  }

  @Test
  void overlappingZonesTheHighestPriorityWinsThenTheOldest() {
    // NORTH is in zones 1 and 2, both priority 0: the older (1) prices it
    assertEquals(1, price(ZONES, NORTH, "2000").zone().id());
    // FAR is in zone 2 (priority 0) and zone 3 (priority -1): zone 2 wins
    assertEquals(2, price(ZONES, FAR, "100").zone().id());
    assertEquals(new BigDecimal("500.00"), price(ZONES, FAR, "100").fee());
    // raised above the others, the free zone 3 takes FAR
    List<Zone> raised = List.of(ZONES.get(0), ZONES.get(1), zone(3, "0", null, null, 5, FAR));
    assertEquals(3, price(raised, FAR, "100").zone().id());
    assertEquals(0, price(raised, FAR, "100").fee().signum());
  }

  @Test
  void noActiveZoneMeansNoDelivery() {
    Outcome o = price(List.of(), CENTRE, "2000");
    assertEquals(Refusal.NO_ZONES, o.refusal());
    assertEquals("Доставка недоступна — зоны доставки не настроены", o.checkText());
    assertEquals("Доставка недоступна — настройте зоны доставки", o.checkoutText());
  }

  @Test
  void anUnknownDistrictIsAskedFor() {
    Outcome o = price(ZONES, null, "2000");
    assertEquals(Refusal.NO_DISTRICT, o.refusal());
    assertEquals("Укажите адрес для проверки доставки", o.checkText());
    assertEquals("Не удалось определить район для доставки. Уточните адрес.", o.checkoutText());
    assertNull(o.districtId());
  }

  @Test
  void termsRefuseWhatIsNotAZone() {
    assertThrows(Invalid.class, () -> ZoneTerms.of(" ", Set.of(1L), null, null, null, true, 0));
    assertEquals(
        "Выберите хотя бы один район",
        assertThrows(Invalid.class, () -> ZoneTerms.of("A", Set.of(), null, null, null, true, 0))
            .getMessage());
    assertEquals(
        "Стоимость доставки не может быть отрицательной",
        assertThrows(
                Invalid.class,
                () -> ZoneTerms.of("A", Set.of(1L), new BigDecimal("-1"), null, null, true, 0))
            .getMessage());
    assertThrows(
        Invalid.class,
        () -> ZoneTerms.of("A", Set.of(1L), new BigDecimal("1.001"), null, null, true, 0));
    assertThrows(
        Invalid.class,
        () -> ZoneTerms.of("A", Set.of(1L), new BigDecimal("1e20"), null, null, true, 0));
    ZoneTerms t = ZoneTerms.of(" Центр ", Set.of(2L, 1L), null, null, null, true, 0);
    assertEquals("Центр", t.name());
    assertEquals(new BigDecimal("0.00"), t.deliveryPrice());
    assertEquals(List.of(1L, 2L), List.copyOf(t.districtIds()));
  }

  @Test
  void anInactiveZoneNeverPrices() {
    Zone off =
        new Zone(
            7, ZoneTerms.of("Выкл", Set.of(CENTRE), new BigDecimal("1"), null, null, false, 100));
    assertEquals(1, price(List.of(off, ZONES.get(0)), CENTRE, "2000").zone().id());
  }
}
