package ru.flurai.identity.token;

/**
 * What a login returns (API.md §6/§7 shapes, plus {@code refresh_token}, which the existing panel
 * ignores). {@code role} and {@code seller_id} are null for the admin.
 */
public record TokenPair(String token, String refreshToken, String role, Long sellerId) {}
