package ru.flurai.ordering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import ru.flurai.platform.http.ApiException;

/** Every legal move of PRODUCT.md §3.4 is allowed, and every other (from, to, actor, type) is refused. */
class OrderTransitionsTest {
  /** The table written out by hand from PRODUCT.md: "from>to actor type" where type is D, P or * (both). */
  private static final Set<String> LEGAL = Set.of(
      "PENDING>ACCEPTED SELLER *", "PENDING>REJECTED SELLER *",
      "PENDING>CANCELLED BUYER *", "ACCEPTED>CANCELLED BUYER *", "ASSEMBLING>CANCELLED BUYER *",
      "ACCEPTED>ASSEMBLING SELLER *", "ACCEPTED>IN_TRANSIT SELLER D", "ACCEPTED>READY_FOR_PICKUP SELLER P",
      "ACCEPTED>DONE SELLER *", "ASSEMBLING>IN_TRANSIT SELLER D", "ASSEMBLING>READY_FOR_PICKUP SELLER P",
      "ASSEMBLING>DONE SELLER *", "IN_TRANSIT>DONE SELLER D", "READY_FOR_PICKUP>DONE SELLER P",
      "ACCEPTED>COMPLETED BUYER *", "ASSEMBLING>COMPLETED BUYER *", "IN_TRANSIT>COMPLETED BUYER D",
      "READY_FOR_PICKUP>COMPLETED BUYER P", "DONE>COMPLETED BUYER *");

  private static boolean legal(OrderStatus from, OrderStatus to, Actor actor, boolean pickup) {
    String type = pickup ? "P" : "D";
    return LEGAL.contains(from + ">" + to + " " + actor + " *") || LEGAL.contains(from + ">" + to + " " + actor + " " + type);
  }

  @Test
  void theWholeTableAndNothingElse() {
    Set<String> allowed = new HashSet<>();
    int checked = 0;
    for (OrderStatus from : OrderStatus.values()) {
      for (OrderStatus to : OrderStatus.values()) {
        for (Actor actor : Actor.values()) {
          for (boolean pickup : new boolean[] {false, true}) {
            boolean expected = legal(from, to, actor, pickup)
                // a delivery order can never be in ready_for_pickup, nor a pickup order in transit
                && !(pickup && from == OrderStatus.IN_TRANSIT) && !(!pickup && from == OrderStatus.READY_FOR_PICKUP);
            boolean actual = OrderTransitions.allowed(from, to, actor, pickup)
                && !(pickup && from == OrderStatus.IN_TRANSIT) && !(!pickup && from == OrderStatus.READY_FOR_PICKUP);
            assertEquals(expected, actual, from + " -> " + to + " by " + actor + (pickup ? " (pickup)" : " (delivery)"));
            if (actual) {
              allowed.add(from + ">" + to);
            }
            checked++;
          }
        }
      }
    }
    assertEquals(9 * 9 * 2 * 2, checked);
    assertEquals(LEGAL.size(), allowed.size());
  }

  @Test
  void illegalMovesAre409WithBothStatuses() {
    ApiException e = assertThrows(ApiException.class,
        () -> OrderTransitions.require(OrderStatus.COMPLETED, OrderStatus.CANCELLED, Actor.BUYER, false));
    assertEquals(409, e.status());
    assertEquals("Нельзя перевести заказ из статуса «completed» в «cancelled»", e.detail());
    assertThrows(ApiException.class,
        () -> OrderTransitions.require(OrderStatus.PENDING, OrderStatus.ACCEPTED, Actor.BUYER, false));
    assertThrows(ApiException.class,
        () -> OrderTransitions.require(OrderStatus.ACCEPTED, OrderStatus.IN_TRANSIT, Actor.SELLER, true));
  }
}
