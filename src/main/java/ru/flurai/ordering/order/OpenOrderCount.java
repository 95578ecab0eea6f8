package ru.flurai.ordering.order;

/** One (seller, status) group of open orders: a constructor result of {@link Order}'s JPQL. */
public record OpenOrderCount(Long sellerId, OrderStatus status, Long count) {}
