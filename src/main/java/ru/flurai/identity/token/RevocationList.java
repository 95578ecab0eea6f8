package ru.flurai.identity.token;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Logger;
import ru.flurai.identity.Role;
import ru.flurai.platform.cache.RedisConnection;
import ru.flurai.platform.cache.RedisGateway;

/**
 * Access tokens that were revoked before they expire: one token (logout) or a whole session family
 * (logout, refresh token reuse). PostgreSQL holds the list and is the source of truth; Redis only
 * caches answers per id, the positive ones ("1") until the token expires and the negative ones
 * ("0") for {@link #NEGATIVE_TTL}. A missing key means "not known": the database answers and the
 * cache is refilled, so an empty Redis (restart, flush, failover) and a Redis that errors both fall
 * back to the database and never fail open. A revocation overwrites a cached "0" at once; only when
 * that write itself fails does a cached "0" survive, for at most {@link #NEGATIVE_TTL}.
 */
@ApplicationScoped
public class RevocationList {
  private static final Logger LOG = Logger.getLogger(RevocationList.class.getName());
  private static final String PREFIX = "flurai:revoked:";
  static final Duration NEGATIVE_TTL = Duration.ofSeconds(30);

  @PersistenceContext(unitName = "primary")
  EntityManager db;

  @Inject RedisGateway redis;
  @Inject RedisConnection connection;
  @Inject Tokens tokens;

  /** Revokes one access token until it expires. */
  @Transactional
  public void revoke(String jti, Instant expiresAt) {
    store(jti, expiresAt);
  }

  /** Revokes every access token of the session family, for as long as any of them can live. */
  @Transactional
  public void revokeFamily(UUID family) {
    Duration longest =
        tokens.ttl(Role.SELLER).compareTo(tokens.ttl(Role.ADMIN)) > 0
            ? tokens.ttl(Role.SELLER)
            : tokens.ttl(Role.ADMIN);
    store(familyId(family.toString()), Instant.now().plus(longest).plusSeconds(60));
  }

  /** Whether the token itself or its session family was revoked. */
  public boolean isRevoked(AccessToken token) {
    List<String> ids = new ArrayList<>(2);
    ids.add(token.jti());
    if (token.family() != null) {
      ids.add(familyId(token.family()));
    }
    Map<String, String> cached = cached(ids);
    if (cached != null) {
      if (cached.containsValue("1")) {
        return true;
      }
      if (cached.size() == ids.size()) {
        return false;
      }
    }
    Set<String> revoked = fromDatabase(ids);
    if (cached != null) {
      for (String id : ids) {
        if (!cached.containsKey(id)) {
          remember(id, revoked.contains(id), token.expiresAt());
        }
      }
    }
    return !revoked.isEmpty();
  }

  private void store(String id, Instant expiresAt) {
    db.createNativeQuery(
            "insert into revoked_tokens (jti, expires_at) values (?1, ?2) on conflict do nothing")
        .setParameter(1, id)
        .setParameter(2, Timestamp.from(expiresAt))
        .executeUpdate();
    db.createNativeQuery("delete from revoked_tokens where expires_at < now() - interval '1 hour'")
        .executeUpdate();
    Duration ttl = Duration.between(Instant.now(), expiresAt);
    if (ttl.isNegative() || ttl.isZero() || !connection.connected()) {
      return;
    }
    try {
      redis.set(PREFIX + id, "1", ttl);
    } catch (RuntimeException e) {
      LOG.warning(
          "revocation of "
              + id
              + " kept in the database only; a cached answer may lag for "
              + NEGATIVE_TTL.toSeconds()
              + " s: "
              + e);
    }
  }

  /** The cached answers by id (absent ids are unknown), or null when Redis cannot answer. */
  private Map<String, String> cached(List<String> ids) {
    if (!connection.connected()) {
      return null;
    }
    try {
      Map<String, String> byKey = redis.getAll(ids.stream().map(id -> PREFIX + id).toList());
      Map<String, String> byId = new HashMap<>();
      byKey.forEach((k, v) -> byId.put(k.substring(PREFIX.length()), v));
      return byId;
    } catch (RuntimeException e) {
      return null; // Redis unavailable: the database answers
    }
  }

  /**
   * Caches an answer read from the database; never overwrites a revocation that arrived meanwhile.
   */
  private void remember(String id, boolean revoked, Instant tokenExpires) {
    Duration untilExpiry = Duration.between(Instant.now(), tokenExpires);
    Duration ttl = revoked ? untilExpiry : NEGATIVE_TTL;
    if (ttl.isNegative() || ttl.isZero()) {
      return;
    }
    try {
      if (revoked) {
        redis.set(PREFIX + id, "1", ttl);
      } else {
        redis.setIfAbsent(PREFIX + id, "0", ttl);
      }
    } catch (RuntimeException e) {
      // the next request asks the database again
    }
  }

  private Set<String> fromDatabase(List<String> ids) {
    @SuppressWarnings("unchecked")
    List<Object> rows =
        db.createNativeQuery("select jti from revoked_tokens where jti = ?1 or jti = ?2")
            .setParameter(1, ids.get(0))
            .setParameter(2, ids.get(ids.size() - 1))
            .getResultList();
    Set<String> found = new HashSet<>();
    rows.forEach(r -> found.add(r.toString()));
    return found;
  }

  private static String familyId(String family) {
    return "fam:" + family;
  }
}
