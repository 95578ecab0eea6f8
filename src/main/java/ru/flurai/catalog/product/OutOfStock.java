package ru.flurai.catalog.product;

import ru.flurai.platform.domain.Conflict;

/** A stock move refused because the units are not there (409, API.md's texts). */
public class OutOfStock extends Conflict {
  static final String SOLD_OUT = "Товар закончился";

  OutOfStock(String detail) {
    super(detail);
  }

  /** Nothing of the product is free to reserve: {@code Товар закончился}. */
  static OutOfStock soldOut() {
    return new OutOfStock(SOLD_OUT);
  }

  /** A line that cannot be sold, named: {@code Товар закончился: <name>}. */
  static OutOfStock of(String productName) {
    return new OutOfStock(SOLD_OUT + ": " + productName);
  }
}
