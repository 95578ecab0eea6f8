package ru.flurai.ordering.order;

/** Who moves an order. */
public enum Actor {
  SELLER,
  BUYER,
  /** The server's own jobs (the preorder activation, PRODUCT.md §8.3). */
  SYSTEM
}
