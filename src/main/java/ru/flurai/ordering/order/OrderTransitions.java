package ru.flurai.ordering.order;

import static ru.flurai.ordering.order.OrderStatus.ACCEPTED;
import static ru.flurai.ordering.order.OrderStatus.ASSEMBLING;
import static ru.flurai.ordering.order.OrderStatus.CANCELLED;
import static ru.flurai.ordering.order.OrderStatus.COMPLETED;
import static ru.flurai.ordering.order.OrderStatus.DONE;
import static ru.flurai.ordering.order.OrderStatus.IN_TRANSIT;
import static ru.flurai.ordering.order.OrderStatus.PENDING;
import static ru.flurai.ordering.order.OrderStatus.READY_FOR_PICKUP;
import static ru.flurai.ordering.order.OrderStatus.REJECTED;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import ru.flurai.platform.domain.Conflict;

/**
 * The order state machine of PRODUCT.md §3.4 — the one table of legal moves. Delivery-only and
 * pickup-only statuses follow the order's delivery type. Everything else is refused with 409.
 */
public final class OrderTransitions {
  private record Move(Set<OrderStatus> from, OrderStatus to, Actor actor) {}

  private static final List<Move> MOVES =
      List.of(
          new Move(EnumSet.of(PENDING), ACCEPTED, Actor.SELLER),
          new Move(EnumSet.of(PENDING), REJECTED, Actor.SELLER),
          new Move(EnumSet.of(PENDING, ACCEPTED, ASSEMBLING), CANCELLED, Actor.BUYER),
          new Move(EnumSet.of(ACCEPTED), ASSEMBLING, Actor.SELLER),
          new Move(EnumSet.of(ACCEPTED, ASSEMBLING), IN_TRANSIT, Actor.SELLER),
          new Move(EnumSet.of(ACCEPTED, ASSEMBLING), READY_FOR_PICKUP, Actor.SELLER),
          new Move(
              EnumSet.of(ACCEPTED, ASSEMBLING, IN_TRANSIT, READY_FOR_PICKUP), DONE, Actor.SELLER),
          new Move(
              EnumSet.of(ACCEPTED, ASSEMBLING, IN_TRANSIT, READY_FOR_PICKUP, DONE),
              COMPLETED,
              Actor.BUYER),
          // preorders (LATER.md §2.7): an accepted one is assembled when its date comes, and a
          // pending one the seller never answered is rejected once its date has passed
          new Move(EnumSet.of(ACCEPTED), ASSEMBLING, Actor.SYSTEM),
          new Move(EnumSet.of(PENDING), REJECTED, Actor.SYSTEM));

  /**
   * The payment gate (PRODUCT.md §8.4): an order that requires online payment goes no further than
   * accepted before its payment succeeded.
   */
  private static final Set<OrderStatus> AFTER_PAYMENT =
      EnumSet.of(ASSEMBLING, IN_TRANSIT, READY_FOR_PICKUP, DONE);

  static final String UNPAID = "Невозможно изменить статус: заказ ещё не оплачен покупателем";

  private OrderTransitions() {}

  /** As below, for an order still waiting for its online payment when {@code unpaid}. */
  public static boolean allowed(
      OrderStatus from, OrderStatus to, Actor actor, boolean pickup, boolean unpaid) {
    return allowed(from, to, actor, pickup) && !(unpaid && AFTER_PAYMENT.contains(to));
  }

  public static boolean allowed(OrderStatus from, OrderStatus to, Actor actor, boolean pickup) {
    if (to == IN_TRANSIT && pickup || to == READY_FOR_PICKUP && !pickup) {
      return false;
    }
    return MOVES.stream()
        .anyMatch(m -> m.to() == to && m.actor() == actor && m.from().contains(from));
  }

  /** Refuses an illegal move with {@link IllegalTransition} (409), naming both statuses. */
  public static void require(OrderStatus from, OrderStatus to, Actor actor, boolean pickup) {
    if (!allowed(from, to, actor, pickup)) {
      throw new IllegalTransition(from, to);
    }
  }

  /** Also refuses, with 409 {@link #UNPAID}, a move the payment gate holds back. */
  public static void require(
      OrderStatus from, OrderStatus to, Actor actor, boolean pickup, boolean unpaid) {
    require(from, to, actor, pickup);
    if (unpaid && AFTER_PAYMENT.contains(to)) {
      throw new Conflict(UNPAID);
    }
  }
}
