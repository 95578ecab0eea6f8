package ru.flurai.ordering.order;

import ru.flurai.platform.domain.NotFound;

/** No such order, or not the caller's (404). */
public class OrderNotFound extends NotFound {
  private static final long serialVersionUID = 1L;

  static final String TEXT = "Заказ не найден";

  public OrderNotFound() {
    super(TEXT);
  }
}
