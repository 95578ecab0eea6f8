package ru.flurai.identity.token;

import com.ibm.websphere.security.jwt.Claims;
import com.ibm.websphere.security.jwt.InvalidBuilderException;
import com.ibm.websphere.security.jwt.InvalidClaimException;
import com.ibm.websphere.security.jwt.InvalidConsumerException;
import com.ibm.websphere.security.jwt.InvalidTokenException;
import com.ibm.websphere.security.jwt.JwtBuilder;
import com.ibm.websphere.security.jwt.JwtConsumer;
import com.ibm.websphere.security.jwt.JwtException;
import com.ibm.websphere.security.jwt.JwtToken;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import ru.flurai.identity.Role;
import ru.flurai.platform.config.FluraiConfig;

/**
 * Signs and verifies access tokens with Liberty's JWT support (server.xml {@code jwtBuilder}/{@code
 * jwtConsumer} "flurai": HS256 with JWT_SECRET only, issuer and audience "flurai"). Lifetimes per
 * role come from configuration.
 */
@ApplicationScoped
public class Tokens {
  private static final Logger LOG = Logger.getLogger(Tokens.class.getName());
  static final String CONFIG_ID = "flurai";
  private static final SecureRandom RANDOM = new SecureRandom();

  @Inject FluraiConfig config;

  public Duration ttl(Role role) {
    return switch (role) {
      case BUYER -> config.accessTtlBuyer();
      case SELLER -> config.accessTtlSeller();
      case ADMIN -> config.accessTtlAdmin();
    };
  }

  public IssuedToken issue(Role role, String subject, String family) {
    return issue(role, subject, family, null);
  }

  /**
   * {@code incarnation}: the seller account's incarnation, so a re-created account never accepts
   * the token.
   */
  public IssuedToken issue(Role role, String subject, String family, String incarnation) {
    Instant expires = Instant.now().plus(ttl(role));
    try {
      JwtBuilder builder =
          JwtBuilder.create(CONFIG_ID)
              .subject(subject)
              .claim("role", role.claim())
              .claim("groups", List.of(role.claim()))
              // iat has whole seconds; sessions ended "now" must not spare a token issued earlier
              // in the same second
              .claim("iat_ms", System.currentTimeMillis())
              .expirationTime(expires.getEpochSecond())
              // The token id travels as "tid", not "jti": Liberty's consumer treats a repeated jti
              // as a replay, and an
              // access token is presented on every request. Revocation is keyed on tid.
              .claim("tid", newId());
      if (family != null) {
        builder.claim("fam", family);
      }
      if (incarnation != null) {
        builder.claim("inc", incarnation);
      }
      JwtToken jwt = builder.buildJwt();
      return new IssuedToken(jwt.compact(), jwt.getClaims().get("tid").toString(), expires);
    } catch (JwtException | InvalidBuilderException | InvalidClaimException e) {
      throw new IllegalStateException("cannot sign a token: " + e.getMessage(), e);
    }
  }

  /**
   * The claims of a valid token of that role; empty for anything else (bad signature, algorithm,
   * expiry, role).
   */
  public Optional<AccessToken> verify(String token, Role expected) {
    if (token == null || token.isBlank() || token.length() > 4096) {
      return Optional.empty();
    }
    try {
      Claims c = JwtConsumer.create(CONFIG_ID).createJwt(token.strip()).getClaims();
      if (!expected.claim().equals(c.get("role"))
          || c.get("tid") == null
          || c.getSubject() == null) {
        return Optional.empty();
      }
      return Optional.of(
          new AccessToken(
              c.getSubject(),
              expected,
              c.get("tid").toString(),
              issuedAt(c),
              Instant.ofEpochSecond(c.getExpiration()),
              c.get("fam") == null ? null : c.get("fam").toString(),
              c.get("inc") == null ? null : c.get("inc").toString()));
    } catch (InvalidTokenException | RuntimeException e) {
      LOG.fine(() -> "token refused: " + e.getMessage());
      return Optional.empty();
    } catch (InvalidConsumerException e) {
      LOG.severe("JWT consumer configuration is broken: " + e.getMessage());
      return Optional.empty();
    }
  }

  private static String newId() {
    byte[] b = new byte[16];
    RANDOM.nextBytes(b);
    return HexFormat.of().formatHex(b);
  }

  private static Instant issuedAt(Claims c) {
    Object ms = c.get("iat_ms");
    return ms instanceof Number n
        ? Instant.ofEpochMilli(n.longValue())
        : Instant.ofEpochSecond(c.getIssuedAt());
  }
}
