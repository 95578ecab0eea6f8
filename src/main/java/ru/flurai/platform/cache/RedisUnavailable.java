package ru.flurai.platform.cache;

/**
 * Redis is not configured, not connected yet, or not answering. Callers degrade; they never fail a
 * request.
 */
public class RedisUnavailable extends RuntimeException {
  public RedisUnavailable(String message) {
    super(message, null, false, false);
  }
}
