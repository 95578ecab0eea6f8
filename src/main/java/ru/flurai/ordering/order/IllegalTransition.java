package ru.flurai.ordering.order;

import ru.flurai.platform.domain.Conflict;

/** A status move the state machine ({@link OrderTransitions}) does not allow (409). */
public class IllegalTransition extends Conflict {
  private static final long serialVersionUID = 1L;

  public IllegalTransition(OrderStatus from, OrderStatus to) {
    super("Нельзя перевести заказ из статуса «" + from.wire() + "» в «" + to.wire() + "»");
  }
}
