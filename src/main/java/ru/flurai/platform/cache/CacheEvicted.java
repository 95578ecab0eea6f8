package ru.flurai.platform.cache;

/**
 * A key ({@code key} given) or a whole region ({@code key} null) was just evicted on this instance,
 * by a local writer or by a message from another instance: fired synchronously, for holders of
 * values derived from the region (the catalogue's patched list).
 */
public record CacheEvicted(String region, String key) {}
