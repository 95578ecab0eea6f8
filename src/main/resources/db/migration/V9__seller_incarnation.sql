-- Which incarnation of a seller account a session belongs to. A seller hard-deleted and re-created with the same
-- Telegram id (the primary key) gets a new value, so the old incarnation's access tokens never open the new one.
create sequence seller_incarnation;
alter table sellers add column incarnation bigint not null default nextval('seller_incarnation');
