package ru.flurai.florist;

/**
 * Flowers of a seller moved in a way that may change what its bouquet products can offer (an order
 * took or gave back stems); {@link DerivedStock} re-derives them once the move is committed.
 */
public record FlowersMoved(long sellerId) {}
