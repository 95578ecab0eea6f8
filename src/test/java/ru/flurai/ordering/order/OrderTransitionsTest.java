package ru.flurai.ordering.order;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import ru.flurai.platform.domain.Conflict;

/**
 * Every (from, to, actor, delivery type), 9 × 9 × 3 × 2 = 486 cases with none filtered out, is
 * compared with a table built independently of {@link OrderTransitions}: the rows of PRODUCT.md
 * §3.4, copied as text, and the system's two preorder moves.
 */
class OrderTransitionsTest {
  /**
   * PRODUCT.md §3.4 as written: "from | to | who". A "(delivery)" or "(pickup)" after a target
   * limits that target to orders of that type; a row without one holds for both types. So
   * "in_transit, ready_for_pickup | done" holds for either type, as the specification says,
   * although a pickup order cannot get into in_transit (nor a delivery order into
   * ready_for_pickup): the move into it is refused.
   */
  private static final List<String> SPEC =
      List.of(
          "pending | accepted, rejected | seller",
          "pending, accepted, assembling | cancelled | buyer",
          "accepted | assembling, in_transit (delivery), ready_for_pickup (pickup), done | seller",
          "assembling | in_transit (delivery), ready_for_pickup (pickup), done | seller",
          "in_transit, ready_for_pickup | done | seller",
          "accepted, assembling, in_transit, ready_for_pickup, done | completed | buyer",
          // the preorder jobs' moves (PRODUCT.md §8.3, LATER.md §2.7)
          "accepted | assembling | system",
          "pending | rejected | system");

  private static final String DELIVERY = "delivery";
  private static final String PICKUP = "pickup";

  /** "from>to actor type" for every legal case of the table above. */
  private static Set<String> legalCases() {
    Set<String> legal = new HashSet<>();
    for (String row : SPEC) {
      String[] cols = row.split("\\|");
      String actor = cols[2].strip().toUpperCase(Locale.ROOT);
      for (String from : cols[0].split(",")) {
        for (String target : cols[1].split(",")) {
          String[] words = target.strip().split(" ");
          String to = words[0];
          List<String> types =
              words.length == 1
                  ? List.of(DELIVERY, PICKUP)
                  : List.of(words[1].replaceAll("[()]", ""));
          for (String type : types) {
            legal.add(key(status(from), status(to), Actor.valueOf(actor), type));
          }
        }
      }
    }
    return legal;
  }

  private static OrderStatus status(String wire) {
    return OrderStatus.parse(wire)
        .orElseThrow(() -> new IllegalArgumentException("not a status: " + wire));
  }

  private static String key(OrderStatus from, OrderStatus to, Actor actor, String type) {
    return from.wire() + ">" + to.wire() + " " + actor + " " + type;
  }

  @Test
  void everyCaseAgreesWithTheSpecificationTable() {
    Set<String> legal = legalCases();
    // 4 + 6 + 6 + 4 + 4 + 10 + 2 + 2 legal cases, counted by hand from the table: guards the
    // parsing above
    assertEquals(38, legal.size());
    List<String> wrong = new ArrayList<>();
    int checked = 0;
    for (OrderStatus from : OrderStatus.values()) {
      for (OrderStatus to : OrderStatus.values()) {
        for (Actor actor : Actor.values()) {
          for (String type : List.of(DELIVERY, PICKUP)) {
            String key = key(from, to, actor, type);
            boolean expected = legal.contains(key);
            boolean actual = OrderTransitions.allowed(from, to, actor, type.equals(PICKUP));
            if (expected != actual) {
              wrong.add(key + (expected ? " is refused" : " is allowed"));
            }
            checked++;
          }
        }
      }
    }
    assertEquals(9 * 9 * 3 * 2, checked);
    assertEquals(List.of(), wrong);
  }

  @Test
  void illegalMovesAre409WithBothStatuses() {
    IllegalTransition e =
        assertThrows(
            IllegalTransition.class,
            () ->
                OrderTransitions.require(
                    OrderStatus.COMPLETED, OrderStatus.CANCELLED, Actor.BUYER, false));
    assertInstanceOf(Conflict.class, e); // 409
    assertEquals("Нельзя перевести заказ из статуса «completed» в «cancelled»", e.detail());
    assertThrows(
        IllegalTransition.class,
        () ->
            OrderTransitions.require(
                OrderStatus.PENDING, OrderStatus.ACCEPTED, Actor.BUYER, false));
    assertThrows(
        IllegalTransition.class,
        () ->
            OrderTransitions.require(
                OrderStatus.ACCEPTED, OrderStatus.IN_TRANSIT, Actor.SELLER, true));
  }
}
