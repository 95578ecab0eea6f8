package ru.flurai.ordering.order;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import ru.flurai.platform.domain.Conflict;
import ru.flurai.platform.domain.Invalid;

/** The {@link Order} aggregate's rules without a database: placing, lines, moves, repricing. */
class OrderTest {
  private static final long BUYER = 11;
  private static final long SELLER = 22;

  private static Order order(DeliveryType type, String fee, ItemsInfo.Line... lines) {
    return Order.place(
        new Order.Placement(
            BUYER,
            SELLER,
            type,
            new BigDecimal(fee),
            "Невский 2\n📞 79991112233",
            null,
            "79991112233",
            "Тест"),
        List.of(lines));
  }

  private static ItemsInfo.Line line(long product, String price, int qty) {
    return new ItemsInfo.Line(product, "Роза " + product, new BigDecimal(price), qty);
  }

  private static Order pending() {
    return order(DeliveryType.DELIVERY, "300", line(1, "150.50", 2), line(2, "99.99", 1));
  }

  @Test
  void aPreorderTakesItsDateAndDiscountOffTheTotalKeepingTheOriginalPrice() {
    Order o = pending(); // goods 400.99 + fee 300
    assertFalse(o.preorder());
    o.bookFor(LocalDate.of(2030, 3, 8), new BigDecimal("40.10"));
    assertTrue(o.preorder());
    assertEquals(LocalDate.of(2030, 3, 8), o.preorderDeliveryDate());
    assertEquals(new BigDecimal("40.10"), o.preorderDiscount());
    assertEquals(new BigDecimal("660.89"), o.totalPrice());
    assertEquals(new BigDecimal("700.99"), o.originalPrice());
    // once only, for a date, with a discount between 0 and the goods
    assertThrows(
        IllegalStateException.class, () -> o.bookFor(LocalDate.of(2030, 3, 9), BigDecimal.ZERO));
    assertThrows(IllegalStateException.class, () -> pending().bookFor(null, BigDecimal.ZERO));
    assertThrows(
        IllegalArgumentException.class,
        () -> pending().bookFor(LocalDate.of(2030, 3, 8), new BigDecimal("401.00")));
    assertThrows(
        IllegalArgumentException.class,
        () -> pending().bookFor(LocalDate.of(2030, 3, 8), new BigDecimal("-1")));
  }

  @Test
  void aPlacedOrderIsPendingWithNumberedLinesTotalsAndItsFirstHistoryRow() {
    Order o = pending();
    assertEquals(OrderStatus.PENDING, o.status());
    assertEquals(List.of(1, 2), o.lines().stream().map(OrderLine::lineNo).toList());
    assertEquals(new BigDecimal("400.99"), o.goods());
    assertEquals(new BigDecimal("700.99"), o.totalPrice(), "lines plus the delivery fee");
    assertEquals(o.totalPrice(), o.originalPrice(), "the first price is the original one");
    assertEquals("1:Роза 1@150.5 x 2, 2:Роза 2@99.99 x 1", o.itemsInfo());
    assertEquals(1, o.history().size());
    assertEquals(">pending:buyer:" + BUYER, o.history().get(0).toString());
    assertNull(o.completedAt());
    assertTrue(o.soldBy(SELLER));
    assertTrue(o.placedBy(BUYER));
    assertTrue(!o.soldBy(BUYER) && !o.placedBy(SELLER));
  }

  @Test
  void anOrderHasAtLeastOneLineAndNoNegativeFee() {
    assertThrows(IllegalArgumentException.class, () -> order(DeliveryType.DELIVERY, "0"));
    assertThrows(
        IllegalArgumentException.class, () -> order(DeliveryType.DELIVERY, "-1", line(1, "1", 1)));
  }

  @Test
  void aLineHoldsAtLeastOneUnitANameAndAPriceOfAtLeastZeroInKopecks() {
    assertThrows(
        IllegalArgumentException.class, () -> order(DeliveryType.PICKUP, "0", line(1, "10", 0)));
    assertThrows(
        IllegalArgumentException.class, () -> order(DeliveryType.PICKUP, "0", line(1, "-1", 1)));
    assertThrows(
        IllegalArgumentException.class, () -> order(DeliveryType.PICKUP, "0", line(1, "1.001", 1)));
    assertThrows(
        IllegalArgumentException.class,
        () -> order(DeliveryType.PICKUP, "0", new ItemsInfo.Line(1L, " ", BigDecimal.ONE, 1)));
    Order free = order(DeliveryType.PICKUP, "0", line(1, "0", 3), line(2, "1.50", 1));
    assertEquals(new BigDecimal("1.50"), free.totalPrice());
    assertEquals(new BigDecimal("0"), free.lines().get(0).amount());
  }

  @Test
  void movesFollowTheStateMachineAndAppendHistory() {
    Order o = pending();
    assertEquals(OrderStatus.PENDING, o.moveTo(OrderStatus.ACCEPTED, Actor.SELLER, SELLER));
    assertEquals(OrderStatus.ACCEPTED, o.moveTo(OrderStatus.IN_TRANSIT, Actor.SELLER, SELLER));
    assertNull(o.completedAt());
    o.moveTo(OrderStatus.DONE, Actor.SELLER, SELLER);
    assertNotNull(o.completedAt(), "done stamps the completion");
    var done = o.completedAt();
    o.moveTo(OrderStatus.COMPLETED, Actor.BUYER, BUYER);
    assertSame(done, o.completedAt(), "the completion is stamped once");
    assertEquals(
        List.of(
            ">pending:buyer:" + BUYER,
            "pending>accepted:seller:" + SELLER,
            "accepted>in_transit:seller:" + SELLER,
            "in_transit>done:seller:" + SELLER,
            "done>completed:buyer:" + BUYER),
        o.history().stream().map(StatusChange::toString).toList());
  }

  @Test
  void anIllegalMoveThrowsAndChangesNothing() {
    Order o = pending();
    IllegalTransition e =
        assertThrows(
            IllegalTransition.class, () -> o.moveTo(OrderStatus.ACCEPTED, Actor.BUYER, BUYER));
    assertInstanceOf(Conflict.class, e);
    assertEquals("Нельзя перевести заказ из статуса «pending» в «accepted»", e.detail());
    assertEquals(OrderStatus.PENDING, o.status());
    assertEquals(1, o.history().size());
  }

  @Test
  void deliveryOnlyAndPickupOnlyStatusesFollowTheDeliveryType() {
    Order pickup = order(DeliveryType.PICKUP, "0", line(1, "10", 1));
    pickup.moveTo(OrderStatus.ACCEPTED, Actor.SELLER, SELLER);
    assertThrows(
        IllegalTransition.class, () -> pickup.moveTo(OrderStatus.IN_TRANSIT, Actor.SELLER, SELLER));
    pickup.moveTo(OrderStatus.READY_FOR_PICKUP, Actor.SELLER, SELLER);
    Order delivery = pending();
    delivery.moveTo(OrderStatus.ACCEPTED, Actor.SELLER, SELLER);
    assertThrows(
        IllegalTransition.class,
        () -> delivery.moveTo(OrderStatus.READY_FOR_PICKUP, Actor.SELLER, SELLER));
  }

  @Test
  void repricingKeepsTheFirstPriceAndOnlyWhilePendingOrAccepted() {
    Order o = pending();
    o.reprice(new BigDecimal("500"));
    o.moveTo(OrderStatus.ACCEPTED, Actor.SELLER, SELLER);
    o.reprice(new BigDecimal("450.10"));
    assertEquals(new BigDecimal("450.10"), o.totalPrice());
    assertEquals(new BigDecimal("700.99"), o.originalPrice());
    for (String bad : new String[] {"0", "-1", "1.001"}) {
      Invalid e = assertThrows(Invalid.class, () -> o.reprice(new BigDecimal(bad)));
      assertEquals("Цена должна быть больше 0", e.detail());
    }
    assertEquals(
        "Цена не может быть больше 9999999999.99",
        assertThrows(Invalid.class, () -> o.reprice(new BigDecimal("10000000000"))).detail());
    assertThrows(Invalid.class, () -> o.reprice(null));
    o.moveTo(OrderStatus.ASSEMBLING, Actor.SELLER, SELLER);
    Conflict late = assertThrows(Conflict.class, () -> o.reprice(BigDecimal.TEN));
    assertEquals(
        "Цену можно изменить только у заказа в статусе pending или accepted", late.detail());
    assertEquals(new BigDecimal("450.10"), o.totalPrice());
  }

  @Test
  void theColumnsConvertBothWays() {
    OrderStatusColumn status = new OrderStatusColumn();
    for (OrderStatus s : OrderStatus.values()) {
      assertEquals(s, status.convertToEntityAttribute(status.convertToDatabaseColumn(s)));
    }
    assertEquals("ready_for_pickup", status.convertToDatabaseColumn(OrderStatus.READY_FOR_PICKUP));
    assertThrows(IllegalStateException.class, () -> status.convertToEntityAttribute("lost"));
    DeliveryTypeColumn type = new DeliveryTypeColumn();
    assertEquals("Самовывоз", type.convertToDatabaseColumn(DeliveryType.PICKUP));
    assertEquals(DeliveryType.PICKUP, type.convertToEntityAttribute("Самовывоз"));
    assertEquals(DeliveryType.DELIVERY, type.convertToEntityAttribute("Доставка"));
    ActorColumn actor = new ActorColumn();
    assertEquals("seller", actor.convertToDatabaseColumn(Actor.SELLER));
    assertEquals(Actor.BUYER, actor.convertToEntityAttribute("buyer"));
  }
}
