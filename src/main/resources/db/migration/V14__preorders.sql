-- Preorders (PRODUCT.md §8.3, LATER.md §2): an order for a delivery date, its early-booking discount snapshotted,
-- cart lines for a date (one product may be in the cart for several dates), and the daily jobs' last runs.
alter table orders
    add column is_preorder            boolean not null default false,
    add column preorder_delivery_date date,
    add column preorder_discount      numeric(12, 2) not null default 0 check (preorder_discount >= 0),
    add constraint ck_orders_preorder_date check (is_preorder = (preorder_delivery_date is not null));
-- the per-date seat count under the seller lock, the seller's preorder lists, the procurement summary
create index ix_orders_seller_preorder_date on orders (seller_id, preorder_delivery_date) where is_preorder;
-- the activation job: accepted (and stale pending) preorders whose date has come
create index ix_orders_preorder_due on orders (preorder_delivery_date, status) where is_preorder;

-- a preorder line is not stock-bound: it reserves nothing, so it has no reservation time and is never swept
alter table cart_items
    add column preorder_delivery_date date,
    alter column reserved_at drop not null,
    add constraint ck_cart_items_reservation check ((preorder_delivery_date is null) = (reserved_at is not null));
alter table cart_items drop constraint cart_items_pkey;
create unique index ux_cart_items_regular on cart_items (buyer_id, product_id) where preorder_delivery_date is null;
create unique index ux_cart_items_preorder on cart_items (buyer_id, product_id, preorder_delivery_date)
    where preorder_delivery_date is not null;
create index ix_cart_items_buyer on cart_items (buyer_id, seller_id, product_id);

-- the last business date each daily preorder job ran for (cluster-once, caught up after a missed day)
create table preorder_job_runs (
    job       varchar(40) primary key,
    last_date date not null
);
