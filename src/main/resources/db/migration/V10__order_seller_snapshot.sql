-- A hard-deleted seller's orders stay (API.md §7 DELETE /admin/sellers/{tg_id}). Each order carries a snapshot of the
-- shop's name and contacts (written at checkout, refreshed when the seller is deleted), and its seller_id becomes
-- null when the seller row goes, so a seller re-created with the same Telegram id never inherits the old orders.
alter table orders
    add column seller_tg_id        bigint,
    add column seller_shop_name    varchar(255),
    add column seller_username     varchar(64),
    add column seller_phone        varchar(11),
    add column seller_address_name varchar(512),
    add column seller_map_url      text;

update orders o
   set seller_tg_id = s.seller_id, seller_shop_name = s.shop_name, seller_username = u.username,
       seller_phone = u.phone, seller_address_name = s.address_name, seller_map_url = s.map_url
  from sellers s left join users u on u.tg_id = s.seller_id
 where s.seller_id = o.seller_id;

alter table orders alter column seller_id drop not null;
alter table orders drop constraint orders_seller_id_fkey;
alter table orders add constraint orders_seller_id_fkey
    foreign key (seller_id) references sellers (seller_id) on delete set null;
