package ru.flurai.ordering.order;

/** Who moves an order. */
public enum Actor {
  SELLER,
  BUYER
}
