package ru.flurai.media;

/**
 * A re-encoded upload, ready to store.
 *
 * @param bytes the encoded output (never the client's bytes)
 * @param contentType {@code image/jpeg} or {@code image/png}
 * @param extension {@code jpg} or {@code png}, matching {@code contentType}
 * @param sha256Hex lower-case hex SHA-256 of {@code bytes}: the storage key, so identical outputs
 *     dedupe
 * @param width output width in pixels
 * @param height output height in pixels
 */
public record StoredImage(
    byte[] bytes, String contentType, String extension, String sha256Hex, int width, int height) {}
