package ru.flurai.identity;

import java.time.Instant;

/** A verified access token's claims; {@code family} links it to its refresh-token family (null for buyers). */
public record AccessToken(String subject, Role role, String jti, Instant issuedAt, Instant expiresAt, String family) {}
