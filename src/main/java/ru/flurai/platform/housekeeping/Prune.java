package ru.flurai.platform.housekeeping;

import java.time.Duration;
import java.util.function.Function;
import ru.flurai.platform.config.FluraiConfig;

/**
 * What housekeeping deletes, one kind at a time, in batches. Each statement takes {@code ?1} = the
 * retention in seconds and {@code ?2} = the batch size. Rows are picked by {@code ctid} and the
 * outer condition is repeated, so a row changed by a concurrent transaction (a re-upload touching
 * {@code created_at}) is skipped, never deleted.
 */
public enum Prune {
  /**
   * Expired or revoked longer ago than the retention (a used token lives until then: reuse
   * detection).
   */
  REFRESH_TOKENS(
      "refresh_tokens",
      FluraiConfig::refreshTokenRetention,
      "delete from refresh_tokens where ctid = any(array(select ctid from refresh_tokens"
          + " where least(expires_at, revoked_at) < now() - make_interval(secs => ?1) limit ?2))"
          + " and least(expires_at, revoked_at) < now() - make_interval(secs => ?1)"),
  /**
   * Notifications sent, failed or undeliverable longer ago than the retention; pending ones always
   * stay.
   */
  OUTBOX(
      "outbox",
      FluraiConfig::outboxRetention,
      "delete from notification_outbox where ctid = any(array(select ctid from notification_outbox"
          + " where status <> 'pending' and coalesce(sent_at, next_attempt_at) < now() - make_interval(secs => ?1)"
          + " limit ?2)) and status <> 'pending'"
          + " and coalesce(sent_at, next_attempt_at) < now() - make_interval(secs => ?1)"),
  /**
   * Public paths that no product photo and no shop banner mentions (as a path, an absolute URL or
   * with a {@code ?v=} version), older than the grace period so an upload not yet saved on its
   * product stays.
   */
  STATIC_FILES(
      "static_files",
      FluraiConfig::mediaOrphanGrace,
      "with referenced as ("
          + " select m[1] as path from products p,"
          + "   regexp_matches(p.photo_ids::text, '/static/uploads/[A-Za-z0-9_./-]+', 'g') m"
          + " union select m[1] from sellers s,"
          + "   regexp_matches(s.banner_url, '/static/uploads/[A-Za-z0-9_./-]+', 'g') m)"
          + " delete from static_files where ctid = any(array(select f.ctid from static_files f"
          + " where f.created_at < now() - make_interval(secs => ?1)"
          + " and not exists (select 1 from referenced r where r.path = f.path) limit ?2))"
          + " and created_at < now() - make_interval(secs => ?1)"),
  /**
   * Stored bytes that no public path points at any more (after {@link #STATIC_FILES}, same grace
   * period).
   */
  MEDIA(
      "media",
      FluraiConfig::mediaOrphanGrace,
      "delete from media where ctid = any(array(select m.ctid from media m"
          + " where m.created_at < now() - make_interval(secs => ?1)"
          + " and not exists (select 1 from static_files f where f.hash = m.hash) limit ?2))"
          + " and created_at < now() - make_interval(secs => ?1)"),
  /** Checkout idempotency keys answer repeats for 24 hours. */
  IDEMPOTENCY_KEYS(
      "idempotency_keys",
      c -> Duration.ofHours(24),
      "delete from idempotency_keys where ctid = any(array(select ctid from idempotency_keys"
          + " where created_at < now() - make_interval(secs => ?1) limit ?2))"),
  /** Handled Telegram update ids: Telegram does not redeliver after a week. */
  PROCESSED_UPDATES(
      "processed_updates",
      c -> Duration.ofDays(7),
      "delete from processed_updates where ctid = any(array(select ctid from processed_updates"
          + " where processed_at < now() - make_interval(secs => ?1) limit ?2))"),
  /** Failure counts of Telegram updates, kept as long as their ids. */
  UPDATE_FAILURES(
      "update_failures",
      c -> Duration.ofDays(7),
      "delete from update_failures where ctid = any(array(select ctid from update_failures"
          + " where last_failed_at < now() - make_interval(secs => ?1) limit ?2))");

  /** The {@code kind} label of the metric. */
  final String label;

  /** How old a row must be: a configured retention (README), or a fixed one. */
  final Function<FluraiConfig, Duration> retention;

  final String sql;

  Prune(String label, Function<FluraiConfig, Duration> retention, String sql) {
    this.label = label;
    this.retention = retention;
    this.sql = sql;
  }
}
