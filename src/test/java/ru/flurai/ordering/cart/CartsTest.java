package ru.flurai.ordering.cart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The pure part of the buyer's cart (API.md §4): grouping, totals, photos and timestamps. */
class CartsTest {
  private static final Instant AT = Instant.parse("2026-03-01T10:15:30.123456Z");

  private static Carts.Line line(long seller, long product, String price, int qty) {
    return new Carts.Line(
        seller,
        "Лавка " + seller,
        product,
        "Товар " + product,
        new BigDecimal(price),
        qty,
        AT,
        "photo-" + product,
        "delivery",
        new BigDecimal("300.00"),
        77L,
        "ул. Цветочная, " + seller,
        "https://maps/" + seller,
        null,
        false);
  }

  @Test
  void aPreorderLineHasItsDateAndNoReservation() {
    Carts.Line l = line(5, 11, "9500", 2);
    Carts.Line pre =
        new Carts.Line(
            l.sellerId(),
            l.shopName(),
            l.productId(),
            l.name(),
            l.price(),
            l.quantity(),
            null,
            l.photoId(),
            l.deliveryType(),
            l.deliveryPrice(),
            l.cityId(),
            l.addressName(),
            l.mapUrl(),
            "2030-03-08",
            false);
    CartViews.Group g = Carts.groups(List.of(line(5, 1, "100", 1), pre)).get(0);
    CartViews.Item item = g.items().get(1);
    assertEquals(true, item.isPreorder());
    assertEquals("2030-03-08", item.preorderDeliveryDate());
    assertNull(item.reservedAt());
    assertEquals(false, g.items().get(0).isPreorder());
    assertEquals(new BigDecimal("19100"), g.total());
  }

  @Test
  void oneGroupPerSellerInTheOrderSellersComeWithTheirLinesInOrder() {
    List<CartViews.Group> groups =
        Carts.groups(
            List.of(
                line(5, 11, "100", 1),
                line(5, 12, "50", 2),
                line(9, 3, "10", 1),
                line(9, 4, "1", 1)));
    assertEquals(List.of(5L, 9L), groups.stream().map(CartViews.Group::sellerId).toList());
    assertEquals(
        List.of(11L, 12L), groups.get(0).items().stream().map(CartViews.Item::productId).toList());
    assertEquals(
        List.of(3L, 4L), groups.get(1).items().stream().map(CartViews.Item::productId).toList());
    assertEquals("Лавка 9", groups.get(1).shopName());
  }

  @Test
  void aSellerSplitAcrossTheListIsStillOneGroup() {
    List<CartViews.Group> groups =
        Carts.groups(List.of(line(5, 1, "1", 1), line(9, 2, "1", 1), line(5, 3, "1", 1)));
    assertEquals(2, groups.size());
    assertEquals(
        List.of(1L, 3L), groups.get(0).items().stream().map(CartViews.Item::productId).toList());
  }

  @Test
  void theTotalIsPriceTimesQuantitySummedExactly() {
    CartViews.Group g =
        Carts.groups(
                List.of(line(5, 1, "1499.99", 3), line(5, 2, "0.01", 7), line(5, 3, "250.50", 1)))
            .get(0);
    assertEquals(new BigDecimal("4750.54"), g.total());
    assertEquals(0, new BigDecimal("300.00").compareTo(g.deliveryPrice()));
  }

  @Test
  void itemsCarryWhatTheMiniAppReads() {
    CartViews.Item item = Carts.groups(List.of(line(5, 11, "100.50", 4))).get(0).items().get(0);
    assertEquals(
        new CartViews.Item(
            11,
            "Товар 11",
            new BigDecimal("100.50"),
            4,
            false,
            null,
            "photo-11",
            "2026-03-01T10:15:30.123Z"),
        item);
  }

  @Test
  void theShopsTermsComeFromItsLinesAndBlankPlacesAreAbsent() {
    Carts.Line blank =
        new Carts.Line(
            5,
            "Лавка",
            1,
            "Роза",
            BigDecimal.TEN,
            1,
            AT,
            null,
            null,
            BigDecimal.ZERO,
            null,
            "  ",
            "",
            null,
            false);
    CartViews.Group g = Carts.groups(List.of(blank)).get(0);
    assertNull(g.addressName());
    assertNull(g.mapUrl());
    assertNull(g.cityId());
    assertFalse(g.hasDeliveryZones());
    assertNull(g.deliveryType());
    assertNull(g.items().get(0).photoId());
    assertEquals(false, g.hasDeliveryZones());

    CartViews.Group full = Carts.groups(List.of(line(5, 1, "1", 1))).get(0);
    assertEquals("ул. Цветочная, 5", full.addressName());
    assertEquals("https://maps/5", full.mapUrl());
    assertEquals(77L, full.cityId());
    assertEquals("delivery", full.deliveryType());
  }

  @Test
  void anEmptyCartHasNoGroups() {
    assertTrue(Carts.groups(List.of()).isEmpty());
  }

  @Test
  void theFirstPhotoIsTheFirstStringOfTheJsonArray() {
    assertEquals("a1", Carts.firstPhoto("[\"a1\", \"b2\"]"));
    assertNull(Carts.firstPhoto("[]"));
    assertNull(Carts.firstPhoto(null));
    assertNull(Carts.firstPhoto("[1, \"b2\"]"));
    assertNull(Carts.firstPhoto("{\"a\": 1}"));
    assertNull(Carts.firstPhoto("not json"));
  }

  @Test
  void reservationTimesAreWrittenInUtcWithMilliseconds() {
    assertEquals("2026-03-01T10:15:30.123Z", CartViews.reservedAt(AT));
  }
}
