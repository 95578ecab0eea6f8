package ru.flurai.ordering;

/** Who moves an order. */
public enum Actor {
  SELLER,
  BUYER
}
