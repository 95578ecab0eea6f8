package ru.flurai.ordering;

import ru.flurai.platform.domain.Conflict;

/** A line cannot be sold: its product no longer holds the units (409). */
public class OutOfStock extends Conflict {
  private static final long serialVersionUID = 1L;

  public OutOfStock(String productName) {
    super("Товар закончился: " + productName);
  }
}
