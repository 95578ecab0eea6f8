package ru.flurai.ordering.order;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import ru.flurai.platform.domain.Conflict;

/**
 * The payment gate in the one state machine (PRODUCT.md §8.4): an order that requires online
 * payment goes no further than accepted before it succeeded; nothing else changes.
 */
class OrderPaymentGateTest {
  private static final Set<OrderStatus> AFTER_PAYMENT =
      EnumSet.of(
          OrderStatus.ASSEMBLING,
          OrderStatus.IN_TRANSIT,
          OrderStatus.READY_FOR_PICKUP,
          OrderStatus.DONE);

  @Test
  void theGateOnlyHoldsBackMovesPastAcceptedOfUnpaidOrders() {
    int gated = 0;
    for (OrderStatus from : OrderStatus.values()) {
      for (OrderStatus to : OrderStatus.values()) {
        for (Actor actor : Actor.values()) {
          for (boolean pickup : new boolean[] {false, true}) {
            boolean plain = OrderTransitions.allowed(from, to, actor, pickup);
            assertEquals(plain, OrderTransitions.allowed(from, to, actor, pickup, false));
            boolean held = plain && AFTER_PAYMENT.contains(to);
            assertEquals(plain && !held, OrderTransitions.allowed(from, to, actor, pickup, true));
            if (held) {
              gated++;
              Conflict c =
                  assertThrows(
                      Conflict.class,
                      () -> OrderTransitions.require(from, to, actor, pickup, true));
              assertEquals(OrderTransitions.UNPAID, c.getMessage());
            }
          }
        }
      }
    }
    assertEquals(
        16, gated); // 14 by the seller, 2 by the preorder activation (accepted → assembling)
  }

  private static Order pickupOf100() {
    return Order.place(
        new Order.Placement(
            11L, 22, DeliveryType.PICKUP, BigDecimal.ZERO, null, null, "79991112233", "Тест"),
        List.of(new ItemsInfo.Line(1L, "Роза", new BigDecimal("100.00"), 1)));
  }

  @Test
  void anOrderRequiringPaymentMovesOnOnceItIsPaid() {
    Order o = pickupOf100();
    o.moveTo(OrderStatus.ACCEPTED, Actor.SELLER, 22);
    o.requirePayment();
    o.attachPayment("pay-1", "pending");
    assertThrows(Conflict.class, () -> o.moveTo(OrderStatus.ASSEMBLING, Actor.SELLER, 22));
    assertThrows(Conflict.class, () -> o.moveTo(OrderStatus.DONE, Actor.SELLER, 22));
    assertEquals(OrderStatus.ACCEPTED, o.status());
    assertEquals(2, o.history().size());
    o.attachPayment("pay-1", "succeeded");
    o.moveTo(OrderStatus.ASSEMBLING, Actor.SELLER, 22);
    assertEquals(OrderStatus.ASSEMBLING, o.status());
  }

  @Test
  void anOrderItsPointsPaidInFullHasNothingToPayOnline() {
    Order o = pickupOf100();
    o.payWithPoints(new BigDecimal("100.00"), new BigDecimal("100.00"));
    o.moveTo(OrderStatus.ACCEPTED, Actor.SELLER, 22);
    o.requirePayment();
    assertEquals(false, o.paymentRequired());
    o.moveTo(OrderStatus.ASSEMBLING, Actor.SELLER, 22);
    assertEquals(OrderStatus.ASSEMBLING, o.status());
  }
}
