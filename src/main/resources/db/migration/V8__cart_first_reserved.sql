-- when the line was first reserved: extensions stop CART_RESERVATION_MAX_SECONDS after it (PRODUCT.md §3.2)
alter table cart_items add column first_reserved_at timestamptz not null default now();
