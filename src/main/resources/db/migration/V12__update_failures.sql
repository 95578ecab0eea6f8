-- Telegram updates whose handling failed. Handling an update and marking it in processed_updates are one
-- transaction, so a failure marks nothing and Telegram delivers the update again; this table, written in a
-- transaction of its own, counts the attempts so that an update that can never succeed is given up (marked
-- processed) after a few of them instead of blocking the bot. The row goes when the update finally succeeds; a
-- given-up update keeps its row (attempts, last error) until the sweeper drops it with the processed ids.
create table update_failures (
    update_id        bigint primary key,
    attempts         integer not null,
    last_error       text,
    first_failed_at  timestamptz not null default now(),
    last_failed_at   timestamptz not null default now()
);
