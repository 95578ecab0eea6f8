package ru.flurai.catalog.shop;

import java.time.OffsetDateTime;

/**
 * The login side of a shop row, as identity checks a web login or a seller token: one indexed query
 * ({@link Shops#account}, {@link Shops#accountByLogin}), a JPQL constructor result of the Shop
 * aggregate's columns.
 */
public record ShopAccount(
    Long sellerId,
    String webLogin,
    String passwordHash,
    boolean blocked,
    OffsetDateTime deletedAt,
    OffsetDateTime sessionsValidAfter,
    String sessionKeepJti,
    Long incarnation) {}
