package ru.flurai.ordering.checkout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ru.flurai.catalog.shop.DailyLimits;
import ru.flurai.ordering.order.DeliveryType;
import ru.flurai.platform.domain.Invalid;

/**
 * The decisions of {@link Checkout} that need no database (PRODUCT.md §3.3): one order per seller,
 * today's limit of the chosen kind, the buyer's contacts, the order's address line, and which
 * delivery type a seller's order takes.
 */
class CheckoutTest {
  private static Checkout.Line line(long seller, long product) {
    return new Checkout.Line(product, seller, "Товар " + product, BigDecimal.TEN, 1);
  }

  private static Checkout.Line preorder(long seller, long product, String date) {
    return new Checkout.Line(
        product, seller, "Товар " + product, BigDecimal.TEN, 1, LocalDate.parse(date));
  }

  /**
   * One order per (seller, date): regular lines first, then each date in turn (PRODUCT.md §8.3).
   */
  @Test
  void aSellersLinesSplitByPreorderDateRegularFirst() {
    Map<LocalDate, List<Checkout.Line>> parts =
        Checkout.byDate(
            List.of(
                preorder(3, 1, "2030-03-08"),
                line(3, 2),
                preorder(3, 3, "2030-02-14"),
                preorder(3, 4, "2030-03-08"),
                line(3, 5)));
    assertEquals(
        Arrays.asList(null, LocalDate.parse("2030-02-14"), LocalDate.parse("2030-03-08")),
        new ArrayList<>(parts.keySet()));
    assertEquals(List.of(line(3, 2), line(3, 5)), parts.get(null));
    assertEquals(List.of(preorder(3, 3, "2030-02-14")), parts.get(LocalDate.parse("2030-02-14")));
    assertEquals(
        List.of(preorder(3, 1, "2030-03-08"), preorder(3, 4, "2030-03-08")),
        parts.get(LocalDate.parse("2030-03-08")));
    // a cart of preorders only makes no regular order
    assertEquals(
        List.of(LocalDate.parse("2030-03-08")),
        new ArrayList<>(Checkout.byDate(List.of(preorder(3, 1, "2030-03-08"))).keySet()));
  }

  @Test
  void oneGroupPerSellerInTheLockedOrder() {
    Map<Long, List<Checkout.Line>> bySeller =
        Checkout.bySeller(List.of(line(3, 7), line(3, 9), line(8, 1), line(8, 2)));
    assertEquals(List.of(3L, 8L), new ArrayList<>(bySeller.keySet()));
    assertEquals(List.of(line(3, 7), line(3, 9)), bySeller.get(3L));
    assertEquals(List.of(line(8, 1), line(8, 2)), bySeller.get(8L));
    assertTrue(Checkout.bySeller(List.of()).isEmpty(), "an empty cart makes no order");
  }

  /** The deleted cart rows come back in no order; they are sold in the order they were locked. */
  @Test
  void cartLinesSortIntoTheLockOrder() {
    List<Checkout.Line> lines =
        new ArrayList<>(
            List.of(
                preorder(8, 1, "2030-03-08"),
                line(8, 2),
                line(3, 9),
                line(8, 1),
                preorder(8, 1, "2030-02-14"),
                line(3, 7)));
    lines.sort(Checkout.CART_ORDER);
    assertEquals(
        List.of(
            line(3, 7),
            line(3, 9),
            preorder(8, 1, "2030-02-14"),
            preorder(8, 1, "2030-03-08"),
            line(8, 1),
            line(8, 2)),
        lines);
  }

  @Test
  void theLimitOfTheChosenKindDecides() {
    DailyLimits.Limits limits = new DailyLimits.Limits(3, 1);
    assertTrue(Checkout.slotLeft(limits, DeliveryType.DELIVERY, 2));
    assertFalse(Checkout.slotLeft(limits, DeliveryType.DELIVERY, 3), "the 4th delivery of 3");
    assertFalse(Checkout.slotLeft(limits, DeliveryType.DELIVERY, 4));
    assertTrue(Checkout.slotLeft(limits, DeliveryType.PICKUP, 0));
    assertFalse(Checkout.slotLeft(limits, DeliveryType.PICKUP, 1), "pickups count apart");
  }

  @Test
  void aZeroLimitClosesThatKindOnly() {
    DailyLimits.Limits pickupOnly = new DailyLimits.Limits(0, 5);
    assertFalse(Checkout.slotLeft(pickupOnly, DeliveryType.DELIVERY, 0));
    assertTrue(Checkout.slotLeft(pickupOnly, DeliveryType.PICKUP, 4));
  }

  @Test
  void phonesAreStoredInOneForm() {
    for (String raw :
        List.of(
            "+7 (912) 345-67-89",
            "89123456789",
            "79123456789",
            "9123456789",
            " 8 912 345 67 89 ")) {
      assertEquals("79123456789", Checkout.phone(raw), raw);
    }
  }

  @Test
  void aBadPhoneIsA400WithApisText() {
    for (String raw :
        Arrays.asList(null, "", "12345", "+1 212 555 0100", "8912345678x", "7".repeat(33))) {
      Invalid e = assertThrows(Invalid.class, () -> Checkout.phone(raw), String.valueOf(raw));
      assertEquals("Неверный формат телефона. Ожидается +7 000 000 00 00", e.detail());
    }
  }

  @Test
  void theNameIsOneCleanLineOfAtMost200() {
    assertEquals("Анна Петрова", Checkout.fio("  Анна\n\tПетрова "));
    assertEquals("Анна", Checkout.fio("<b>Анна</b>"));
    assertEquals(200, Checkout.fio("я".repeat(300)).length());
    assertNull(Checkout.fio("   "));
    assertNull(Checkout.fio(null));
  }

  @Test
  void theAddressLineCarriesThePlaceThePhoneAndTheName() {
    assertEquals(
        "ул. Ленина, 1\n📞 79123456789\n👤 Анна",
        Checkout.address(
            DeliveryType.DELIVERY, "ул. Ленина,\n1", "https://map", "79123456789", "Анна"));
    assertEquals(
        "https://map\n📞 79123456789",
        Checkout.address(DeliveryType.PICKUP, "ул. Ленина, 1", "https://map", "79123456789", null),
        "a pickup goes to the shop's map link");
    assertEquals(
        "ул. Ленина, 1\n📞 79123456789",
        Checkout.address(DeliveryType.PICKUP, "ул. Ленина, 1", " ", "79123456789", null),
        "without a map link the buyer's text stays");
    assertEquals(
        "\n📞 79123456789",
        Checkout.address(DeliveryType.DELIVERY, null, null, "79123456789", null));
  }

  @Test
  void theSellersOwnChoiceOfDeliveryWinsOverTheCommonOne() {
    CheckoutRequest req =
        request(
            "Доставка",
            Arrays.asList(
                null,
                new CheckoutRequest.SellerChoice(null, "Самовывоз"),
                new CheckoutRequest.SellerChoice(4L, null),
                new CheckoutRequest.SellerChoice(5L, "Самовывоз")));
    assertEquals("Самовывоз", req.deliveryTypeFor(5));
    assertEquals("Доставка", req.deliveryTypeFor(4), "a choice without a type is no choice");
    assertEquals("Доставка", req.deliveryTypeFor(6));
    assertEquals("Самовывоз", request("Самовывоз", null).deliveryTypeFor(5));
    assertNull(request(null, List.of()).deliveryTypeFor(5));
  }

  @Test
  void deliveryTypesAreReadInBothLanguages() {
    assertEquals(DeliveryType.DELIVERY, DeliveryType.parse(" Доставка "));
    assertEquals(DeliveryType.DELIVERY, DeliveryType.parse("DELIVERY"));
    assertEquals(DeliveryType.PICKUP, DeliveryType.parse("самовывоз"));
    assertEquals(DeliveryType.PICKUP, DeliveryType.parse("pickup"));
    Invalid e = assertThrows(Invalid.class, () -> DeliveryType.parse(null));
    assertEquals("Способ получения должен быть «Доставка» или «Самовывоз»", e.detail());
  }

  private static CheckoutRequest request(String type, List<CheckoutRequest.SellerChoice> choices) {
    return new CheckoutRequest(
        "Анна", "79123456789", type, "ул. Ленина, 1", null, choices, null, null, null);
  }
}
