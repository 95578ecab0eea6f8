-- Indexes the housekeeping sweep (platform/housekeeping) reads to find what it may prune, in bounded batches.
-- A refresh token is dead from its expiry or its revocation, whichever comes first (least() skips the null).
create index if not exists ix_refresh_tokens_dead on refresh_tokens ((least(expires_at, revoked_at)));
-- Settled notifications (sent, failed, undeliverable), by when they were settled.
create index if not exists ix_outbox_settled on notification_outbox ((coalesce(sent_at, next_attempt_at)))
    where status <> 'pending';
create index if not exists ix_processed_updates_at on processed_updates (processed_at);
