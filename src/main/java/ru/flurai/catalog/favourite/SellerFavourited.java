package ru.flurai.catalog.favourite;

/**
 * A buyer added a shop to their favourites, fired in that transaction (loyalty gives the buyer a
 * card there).
 */
public record SellerFavourited(long buyerId, long sellerId) {}
