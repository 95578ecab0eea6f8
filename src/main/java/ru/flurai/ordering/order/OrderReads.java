package ru.flurai.ordering.order;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import ru.flurai.ordering.cart.Carts;
import ru.flurai.platform.db.Rows;
import ru.flurai.platform.db.Rows.Row;

/**
 * Order lists for buyers and sellers, from the primary (people read back what they just did). Two
 * queries per list whatever its length: the orders, then all their lines.
 */
@ApplicationScoped
public class OrderReads {
  /**
   * The shop as an order shows it: the live seller row while it exists, else the snapshot the order
   * kept when the seller was hard-deleted ({@code seller_id} is then null). Needs {@link #FROM}'s
   * aliases.
   */
  public static final String SHOP_NAME =
      "case when s.seller_id is null then o.seller_shop_name else s.shop_name end";

  static final String COLUMNS =
      "o.id, coalesce(o.seller_id, o.seller_tg_id) as seller_id, o.buyer_id, o.status,"
          + " o.delivery_type, o.total_price, o.original_price, o.delivery_fee,"
          + " o.delivery_zone_id, o.buyer_fio,"
          + " o.buyer_phone, o.address, o.created_at, o.completed_at, o.is_preorder,"
          + " o.preorder_delivery_date::text as preorder_delivery_date, o.points_used,"
          + " o.points_discount, (select c.id from customers c where c.seller_id = o.seller_id"
          + " and (c.linked_user_id = o.buyer_id or c.phone = o.buyer_phone)"
          + " order by c.linked_user_id = o.buyer_id desc nulls last, c.id limit 1) as customer_id,"
          + " o.payment_id, o.payment_status, o.is_guest, "
          + SHOP_NAME
          + " as shop_name,"
          + " case when s.seller_id is null then o.seller_username else u.username end"
          + " as seller_username,"
          + " case when s.seller_id is null then o.seller_address_name else s.address_name end"
          + " as seller_address_name,"
          + " case when s.seller_id is null then o.seller_map_url else s.map_url end"
          + " as seller_map_url";

  /** Orders with their seller and the seller's user row, both possibly gone. */
  public static final String FROM =
      " from orders o left join sellers s on s.seller_id = o.seller_id"
          + " left join users u on u.tg_id = s.seller_id";

  @PersistenceContext(unitName = "primary")
  EntityManager db;

  @Inject Orders orders;

  public List<OrderViews.BuyerOrder> ofBuyer(long buyerId) {
    List<Row> rows =
        Rows.list(
            db,
            "select "
                + COLUMNS
                + FROM
                + " where o.buyer_id = ?1"
                + " order by o.created_at desc, o.id desc",
            buyerId);
    Map<Long, Lines> lines = lines(rows);
    return rows.stream()
        .map(
            r -> {
              Lines l = lines.get(r.num("id"));
              return new OrderViews.BuyerOrder(
                  r.num("id"),
                  r.optNum("seller_id"),
                  r.optNum("buyer_id"),
                  l.info(),
                  r.decimal("total_price"),
                  r.str("status"),
                  r.str("delivery_type"),
                  r.str("address"),
                  r.time("created_at"),
                  r.flag("is_preorder"),
                  r.str("preorder_delivery_date"),
                  r.str("shop_name"),
                  r.str("seller_username"),
                  l.firstPhoto(),
                  r.str("seller_address_name"),
                  r.str("seller_map_url"),
                  r.str("payment_id"),
                  r.str("payment_status"));
            })
        .toList();
  }

  public List<OrderViews.SellerOrder> ofSeller(
      long sellerId, List<String> statuses, LocalDate from, LocalDate to, ZoneId zone) {
    return ofSeller(sellerId, statuses, from, to, zone, null);
  }

  /** {@code preorder} true: preorders only (the panel's preorder tabs); false: none; null: all. */
  public List<OrderViews.SellerOrder> ofSeller(
      long sellerId,
      List<String> statuses,
      LocalDate from,
      LocalDate to,
      ZoneId zone,
      Boolean preorder) {
    StringBuilder sql = new StringBuilder("select " + COLUMNS + FROM + " where o.seller_id = ?1");
    List<Object> args = new ArrayList<>(List.of(sellerId));
    if (preorder != null) {
      sql.append(preorder ? " and o.is_preorder" : " and not o.is_preorder");
    }
    if (!statuses.isEmpty()) {
      args.add(statuses.toArray(String[]::new));
      sql.append(" and o.status = any (?").append(args.size()).append(")");
    }
    if (from != null) {
      args.add(Timestamp.from(from.atStartOfDay(zone).toInstant()));
      sql.append(" and o.created_at >= ?").append(args.size());
    }
    if (to != null) {
      args.add(Timestamp.from(to.plusDays(1).atStartOfDay(zone).toInstant()));
      sql.append(" and o.created_at < ?").append(args.size());
    }
    List<Row> rows =
        Rows.listOf(db, sql.append(" order by o.created_at desc, o.id desc").toString(), args);
    Map<Long, Lines> lines = lines(rows);
    return rows.stream().map(r -> seller(r, lines.get(r.num("id")))).toList();
  }

  public List<OrderViews.SellerOrder> one(long sellerId, long orderId) {
    List<Row> rows =
        Rows.list(
            db,
            "select " + COLUMNS + FROM + " where o.seller_id = ?1 and o.id = ?2",
            sellerId,
            orderId);
    Map<Long, Lines> lines = lines(rows);
    return rows.stream().map(r -> seller(r, lines.get(r.num("id")))).toList();
  }

  /** Any orders by id (admin oversight), in the given order: two queries whatever the count. */
  public List<OrderViews.SellerOrder> byIds(List<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    List<Row> rows =
        Rows.list(
            db,
            "select " + COLUMNS + FROM + " where o.id = any (?1)",
            (Object) ids.toArray(Long[]::new));
    Map<Long, Lines> lines = lines(rows);
    Map<Long, OrderViews.SellerOrder> byId = new HashMap<>();
    rows.forEach(r -> byId.put(r.num("id"), seller(r, lines.get(r.num("id")))));
    return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
  }

  /** The name of the order's shop (the snapshot once the seller is gone). */
  public String shopName(long orderId) {
    return Rows.first(
            db, "select " + SHOP_NAME + " as shop_name" + FROM + " where o.id = ?1", orderId)
        .map(r -> r.str("shop_name"))
        .orElse("Магазин");
  }

  /** Where the order's shop hands orders over (the snapshot once the seller is gone). */
  public Optional<String> pickupAddress(long orderId) {
    return Rows.first(
            db,
            "select case when s.seller_id is null then coalesce(nullif(o.seller_address_name,"
                + " ''), o.seller_map_url) else coalesce(nullif(s.address_name, ''), s.map_url) end"
                + " as place"
                + FROM
                + " where o.id = ?1",
            orderId)
        .map(r -> r.str("place"));
  }

  /** The name of the delivery zone that priced the order, if one did. */
  public Optional<String> zoneName(long orderId) {
    return Rows.first(db, "select delivery_zone_name from orders where id = ?1", orderId)
        .map(r -> r.str("delivery_zone_name"));
  }

  public Optional<String> comment(long orderId) {
    return orders.comment(orderId);
  }

  private static OrderViews.SellerOrder seller(Row r, Lines l) {
    return new OrderViews.SellerOrder(
        r.num("id"),
        r.optNum("seller_id"),
        r.optNum("buyer_id"),
        r.str("status"),
        r.str("delivery_type"),
        l.info(),
        r.decimal("total_price"),
        r.decimal("original_price"),
        r.decimal("delivery_fee"),
        r.optNum("delivery_zone_id"),
        r.str("buyer_fio"),
        r.str("buyer_phone"),
        r.optNum("customer_id"),
        r.str("address"),
        r.time("created_at"),
        r.time("completed_at"),
        r.flag("is_preorder"),
        r.str("preorder_delivery_date"),
        points(r.decimal("points_used")),
        points(r.decimal("points_discount")),
        r.str("payment_id"),
        r.str("payment_status"),
        r.flag("is_guest"));
  }

  /** Loyalty points of an order; none is the 0 the clients have always been sent. */
  private static BigDecimal points(BigDecimal v) {
    return v == null || v.signum() == 0 ? BigDecimal.ZERO : v;
  }

  private record Lines(String info, String firstPhoto) {}

  private Map<Long, Lines> lines(List<Row> orders) {
    Map<Long, Lines> out = new HashMap<>();
    if (orders.isEmpty()) {
      return out;
    }
    Long[] ids = orders.stream().map(r -> r.num("id")).toArray(Long[]::new);
    Map<Long, List<Row>> byOrder =
        Rows.list(
                db,
                "select i.order_id, i.product_id, i.name, i.price, i.quantity, p.photo_ids"
                    + " from order_items i left join products p on p.id = i.product_id"
                    + " where i.order_id = any (?1) order by i.order_id, i.line_no",
                (Object) ids)
            .stream()
            .collect(Collectors.groupingBy(r -> r.num("order_id")));
    for (Long id : ids) {
      List<Row> ls = byOrder.getOrDefault(id, List.of());
      String info =
          ItemsInfo.of(
              ls.stream()
                  .map(
                      r ->
                          new ItemsInfo.Line(
                              r.optNum("product_id"),
                              r.str("name"),
                              r.decimal("price"),
                              r.integer("quantity")))
                  .toList());
      out.put(
          id, new Lines(info, ls.isEmpty() ? null : Carts.firstPhoto(ls.get(0).get("photo_ids"))));
    }
    return out;
  }
}
