package ru.flurai.identity.token;

import java.time.Instant;

/** A freshly signed access token and what the issuer needs to remember of it. */
public record IssuedToken(String token, String jti, Instant expiresAt) {}
