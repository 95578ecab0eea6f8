package ru.flurai.preorder;

import java.time.LocalDate;

/**
 * A preorder became active: the daily job moved it from accepted to assembling because its date has
 * come (PRODUCT.md §8.3). Fired synchronously by {@link PreorderJobs#activate} inside that one
 * order's transaction, after the order, its history row and the buyer's outbox row are written: an
 * observer ({@code @Observes PreorderActivated}) works in the same transaction, and an exception it
 * throws undoes the activation of that order alone (it stays accepted and is retried on the next
 * round; other orders still move). For florist stock: "a preorder consumes flowers when it becomes
 * active" (PRODUCT.md §8.7).
 */
public record PreorderActivated(long orderId, long sellerId, LocalDate deliveryDate) {}
