package ru.flurai.ordering.checkout;

import ru.flurai.platform.domain.Conflict;

/** The shop has no order slot left today for this delivery type (409, PRODUCT.md §3.3). */
public class LimitReached extends Conflict {
  private static final long serialVersionUID = 1L;

  static final String TEXT = "Магазин сейчас не принимает заказы: лимит на сегодня исчерпан";

  public LimitReached() {
    super(TEXT);
  }
}
