package ru.flurai.identity.token;

import java.time.Instant;
import ru.flurai.identity.Role;

/**
 * A verified access token's claims; {@code family} links it to its refresh-token family (null for
 * buyers), and {@code incarnation} to the seller account it was issued for (null for buyers and the
 * admin).
 */
public record AccessToken(
    String subject,
    Role role,
    String jti,
    Instant issuedAt,
    Instant expiresAt,
    String family,
    String incarnation) {}
