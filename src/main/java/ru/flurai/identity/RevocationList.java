package ru.flurai.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;
import ru.flurai.platform.cache.RedisConnection;
import ru.flurai.platform.cache.RedisGateway;

/**
 * Access tokens that were revoked before they expire (logout). PostgreSQL holds the list; Redis holds a copy that
 * every authenticated request checks. When Redis is unavailable the check goes to the database, and when Redis comes
 * back the copy is refilled from the database, so a logout during an outage is not forgotten.
 */
@ApplicationScoped
public class RevocationList {
  private static final Logger LOG = Logger.getLogger(RevocationList.class.getName());
  private static final String PREFIX = "flurai:revoked:";

  @PersistenceContext(unitName = "primary")
  EntityManager db;

  @Inject RedisGateway redis;
  @Inject RedisConnection connection;

  @Transactional
  public void revoke(String jti, Instant expiresAt) {
    db.createNativeQuery("insert into revoked_tokens (jti, expires_at) values (?1, ?2) on conflict do nothing")
        .setParameter(1, jti).setParameter(2, Timestamp.from(expiresAt)).executeUpdate();
    db.createNativeQuery("delete from revoked_tokens where expires_at < now() - interval '1 hour'")
        .executeUpdate();
    copyToRedis(jti, expiresAt);
  }

  public boolean isRevoked(String jti) {
    if (connection.connected()) {
      try {
        return redis.exists(PREFIX + jti);
      } catch (RuntimeException e) {
        // Redis unavailable: the database answers
      }
    }
    return !db.createNativeQuery("select 1 from revoked_tokens where jti = ?1").setParameter(1, jti)
        .getResultList().isEmpty();
  }

  @Transactional
  void refill(@Observes RedisConnection.RedisConnected event) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows = db.createNativeQuery(
            "select jti, expires_at from revoked_tokens where expires_at > now()").getResultList();
    for (Object[] row : rows) {
      copyToRedis((String) row[0], toInstant(row[1]));
    }
    LOG.fine(() -> "revocation list copied to Redis: " + rows.size());
  }

  private void copyToRedis(String jti, Instant expiresAt) {
    Duration ttl = Duration.between(Instant.now(), expiresAt);
    if (ttl.isNegative() || ttl.isZero() || !connection.connected()) {
      return;
    }
    try {
      redis.set(PREFIX + jti, "1", ttl);
    } catch (RuntimeException e) {
      LOG.fine(() -> "revocation kept in the database only until Redis returns: " + e);
    }
  }

  private static Instant toInstant(Object value) {
    if (value instanceof Timestamp t) {
      return t.toInstant();
    }
    if (value instanceof java.time.OffsetDateTime o) {
      return o.toInstant();
    }
    return Instant.parse(value.toString());
  }
}
