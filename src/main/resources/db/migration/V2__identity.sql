-- Identity: buyers (Telegram users), seller accounts, refresh tokens, revoked access tokens, admin 2FA.
create table users (
    tg_id                bigint primary key,
    username             varchar(64),
    fio                  varchar(200),
    phone                varchar(11),
    role                 varchar(16) not null default 'BUYER',
    city_id              bigint references cities (id) on delete set null,
    district_id          bigint references districts (id) on delete set null,
    balance              numeric(12, 2) not null default 0,
    referrer_id          bigint,
    privacy_accepted_at  timestamptz,
    created_at           timestamptz not null default now(),
    updated_at           timestamptz not null default now()
);

-- The seller's account. Shop fields are added by the catalogue migration.
create table sellers (
    seller_id             bigint primary key references users (tg_id),
    web_login             varchar(64),
    password_hash         varchar(200),
    is_blocked            boolean not null default false,
    deleted_at            timestamptz,
    -- access tokens issued before this instant are dead (block, delete, credential change) ...
    sessions_valid_after  timestamptz not null default 'epoch',
    -- ... except this one: the session that changed the credentials keeps working
    session_keep_jti      varchar(64),
    created_at            timestamptz not null default now()
);
create unique index ux_sellers_web_login_ci on sellers (lower(web_login));
create index ix_sellers_is_blocked on sellers (is_blocked);
create index ix_sellers_deleted_at on sellers (deleted_at);

-- Opaque refresh tokens, stored as SHA-256; rotated on every use; a reused one revokes its family.
create table refresh_tokens (
    token_hash  char(64) primary key,
    family_id   uuid not null,
    subject     varchar(40) not null,
    expires_at  timestamptz not null,
    used_at     timestamptz,
    revoked_at  timestamptz,
    created_at  timestamptz not null default now()
);
create index ix_refresh_tokens_family on refresh_tokens (family_id);
create index ix_refresh_tokens_subject on refresh_tokens (subject) where revoked_at is null;

-- Revoked access tokens until they expire: the source of truth behind the Redis revocation set.
create table revoked_tokens (
    jti         varchar(64) primary key,
    expires_at  timestamptz not null,
    created_at  timestamptz not null default now()
);
create index ix_revoked_tokens_expires on revoked_tokens (expires_at);

-- The platform admin's TOTP secret (encrypted with a key derived from ADMIN_SECRET) and the last used step.
create table admin_totp (
    id          smallint primary key check (id = 1),
    secret_enc  varchar(200) not null,
    enabled     boolean not null default false,
    last_step   bigint not null default 0,
    updated_at  timestamptz not null default now()
);
