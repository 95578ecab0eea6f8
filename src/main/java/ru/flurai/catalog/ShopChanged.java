package ru.flurai.catalog;

/**
 * Fired (CDI event, in the writer's transaction) whenever something a buyer sees of a shop changes:
 * its settings, listing status, limits or products. The public catalogue observes it and
 * invalidates its caches on every instance after the commit.
 */
public record ShopChanged(long sellerId) {}
