package ru.flurai.identity.token;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import ru.flurai.platform.config.FluraiConfig;
import ru.flurai.platform.db.Rows;
import ru.flurai.platform.db.Rows.Row;
import ru.flurai.platform.domain.DomainException;
import ru.flurai.platform.domain.Unauthenticated;
import ru.flurai.platform.text.Sha256;

/**
 * Opaque refresh tokens: 256 random bits, stored as SHA-256, rotated on every use. Presenting one
 * that was already used means it leaked: the whole family is revoked (OAuth 2.0 Security BCP,
 * refresh token rotation).
 */
@ApplicationScoped
public class RefreshTokens {
  static final String INVALID = "Недействительный refresh-токен";
  private static final SecureRandom RANDOM = new SecureRandom();

  @PersistenceContext(unitName = "primary")
  EntityManager db;

  @Inject FluraiConfig config;
  @Inject RevocationList revocations;

  /** A rotated token: who it belongs to, its family and the replacement. */
  public record Rotation(String subject, UUID family, String token) {}

  @Transactional
  public String issue(String subject, UUID family) {
    String token = newToken();
    db.createNativeQuery(
            "insert into refresh_tokens (token_hash, family_id, subject, expires_at)"
                + " values (?1, ?2, ?3, ?4)")
        .setParameter(1, hash(token))
        .setParameter(2, family)
        .setParameter(3, subject)
        .setParameter(4, Timestamp.from(Instant.now().plus(config.refreshTtl())))
        .executeUpdate();
    return token;
  }

  @Transactional(dontRollbackOn = DomainException.class)
  public Rotation rotate(String token) {
    if (token == null || token.isBlank() || token.length() > 200) {
      throw new Unauthenticated(INVALID);
    }
    Row row =
        Rows.first(
                db,
                "select family_id, subject, used_at is not null as used,"
                    + " revoked_at is not null or expires_at < now() as dead from refresh_tokens"
                    + " where token_hash = ?1 for update",
                hash(token))
            .orElseThrow(() -> new Unauthenticated(INVALID));
    UUID family = (UUID) row.get("family_id");
    if (row.flag("used")) {
      revokeFamily(family); // reuse: someone else holds a copy; the family's access tokens end too
      revocations.revokeFamily(family);
      throw new Unauthenticated(INVALID);
    }
    if (row.flag("dead")) {
      throw new Unauthenticated(INVALID);
    }
    db.createNativeQuery("update refresh_tokens set used_at = now() where token_hash = ?1")
        .setParameter(1, hash(token))
        .executeUpdate();
    String subject = row.str("subject");
    return new Rotation(subject, family, issue(subject, family));
  }

  @Transactional
  public void revokeFamily(UUID family) {
    db.createNativeQuery(
            "update refresh_tokens set revoked_at = now() where family_id = ?1 and revoked_at is null")
        .setParameter(1, family)
        .executeUpdate();
  }

  /**
   * Revokes every refresh token of the subject except those of {@code keepFamily} (may be null).
   */
  @Transactional
  public void revokeSubjectExcept(String subject, UUID keepFamily) {
    db.createNativeQuery(
            "update refresh_tokens set revoked_at = now() where subject = ?1 and revoked_at is null"
                + " and family_id is distinct from cast(?2 as uuid)")
        .setParameter(1, subject)
        .setParameter(2, keepFamily)
        .executeUpdate();
  }

  private static String newToken() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  static String hash(String token) {
    return Sha256.hex(token);
  }
}
