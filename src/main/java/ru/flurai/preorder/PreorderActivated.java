package ru.flurai.preorder;

import java.time.LocalDate;

/**
 * A preorder became active: the daily job moved it from accepted to assembling because its date has
 * come (PRODUCT.md §8.3). Fired synchronously inside that move's transaction, after the order and
 * its history row are written: an observer ({@code @Observes PreorderActivated}) works in the same
 * transaction, and a refusal it throws undoes the activation of that order (florist stock: "a
 * preorder consumes flowers when it becomes active", PRODUCT.md §8.7).
 */
public record PreorderActivated(long orderId, long sellerId, LocalDate deliveryDate) {}
