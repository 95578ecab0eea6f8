-- when the line was first reserved: extensions stop CART_RESERVATION_MAX_SECONDS after it (PRODUCT.md §3.2)
alter table cart_items add column first_reserved_at timestamptz not null default now();
-- repair what the old checkout leaked (it re-reserved lapsed lines on top of what their rows held): a product's
-- reserved units are exactly what its cart rows hold
update products p set reserved_quantity = least(p.quantity,
    coalesce((select sum(c.quantity) from cart_items c where c.product_id = p.id), 0))
where p.reserved_quantity <> coalesce((select sum(c.quantity) from cart_items c where c.product_id = p.id), 0);
