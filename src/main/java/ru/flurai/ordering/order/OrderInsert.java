package ru.flurai.ordering.order;

import java.util.ArrayList;
import java.util.List;

/**
 * The one statement that writes a new {@link Order}: its row, with the shop snapshot taken from the
 * live seller row, its lines, its first history row and the seller's outbox row (the row {@link
 * OrderLog#notify} writes), answering the id and the snapshot. EclipseLink took six round trips for
 * the same rows (order, {@code lastval()}, lines, history, {@code lastval()}, outbox), each of them
 * under checkout's seller lock (loadtest/README.md). Every parameter is cast: a parameter in a
 * {@code select} list or a {@code values} row has no column type to infer.
 */
final class OrderInsert {
  private final StringBuilder sql = new StringBuilder();
  private final List<Object> args = new ArrayList<>();

  OrderInsert(Order o, String sellerNotice) {
    if (o.id != null || o.history.size() != 1) {
      throw new IllegalStateException("only a new order with its first history row is inserted");
    }
    sql.append("with o as (insert into orders (buyer_id, seller_id, status, delivery_type,")
        .append(" total_price, original_price, delivery_fee, address, comment, buyer_phone,")
        .append(" buyer_fio, delivery_zone_id, delivery_zone_name, is_guest, is_preorder,")
        .append(" preorder_delivery_date, preorder_discount, points_used, points_discount, ")
        .append(OrderLog.SNAPSHOT)
        .append(") select ");
    param("bigint", o.buyerId).append(", ");
    long seller = o.sellerId;
    param("bigint", seller).append(", ");
    param("text", new OrderStatusColumn().convertToDatabaseColumn(o.status)).append(", ");
    param("text", new DeliveryTypeColumn().convertToDatabaseColumn(o.deliveryType)).append(", ");
    param("numeric", o.totalPrice).append(", ");
    param("numeric", o.originalPrice).append(", ");
    param("numeric", o.deliveryFee).append(", ");
    param("text", o.address).append(", ");
    param("text", o.comment).append(", ");
    param("text", o.buyerPhone).append(", ");
    param("text", o.buyerFio).append(", ");
    param("bigint", o.deliveryZoneId).append(", ");
    param("text", o.deliveryZoneName).append(", ");
    param("boolean", o.guest).append(", ");
    param("boolean", o.preorder).append(", ");
    param("date", o.preorderDeliveryDate).append(", ");
    param("numeric", o.preorderDiscount).append(", ");
    param("numeric", o.pointsUsed).append(", ");
    param("numeric", o.pointsDiscount).append(", ");
    sql.append(OrderLog.SNAPSHOT_VALUES)
        .append(" from sellers s left join users u on u.tg_id = s.seller_id where s.seller_id = ");
    param("bigint", seller).append(" returning id, ").append(OrderLog.SNAPSHOT).append(")");
    sql.append(", i as (insert into order_items (order_id, line_no, product_id, name, price,")
        .append(" quantity) select o.id, l.* from o, (values ");
    for (OrderLine l : o.lines) {
      sql.append(l.lineNo == 1 ? "(" : ", (");
      param("integer", l.lineNo).append(", ");
      param("bigint", l.productId).append(", ");
      param("text", l.name).append(", ");
      param("numeric", l.price).append(", ");
      param("integer", l.quantity).append(")");
    }
    sql.append(") l)");
    sql.append(", h as (insert into order_status_history (order_id, from_status, to_status,")
        .append(" actor, actor_id) select o.id, ");
    StatusChange first = o.history.get(0);
    param("text", new OrderStatusColumn().convertToDatabaseColumn(first.from())).append(", ");
    param("text", new OrderStatusColumn().convertToDatabaseColumn(first.to())).append(", ");
    param("text", new ActorColumn().convertToDatabaseColumn(first.actor())).append(", ");
    param("bigint", first.actorId()).append(" from o)");
    sql.append(", n as (insert into notification_outbox (chat_id, kind, payload) select ");
    param("bigint", seller).append(", ");
    param("text", sellerNotice).append(", jsonb_build_object('order_id', o.id) from o)");
    sql.append(" select id as order_id, ").append(OrderLog.SNAPSHOT).append(" from o");
  }

  String sql() {
    return sql.toString();
  }

  Object[] args() {
    return args.toArray();
  }

  private StringBuilder param(String type, Object value) {
    args.add(value);
    return sql.append("cast(?").append(args.size()).append(" as ").append(type).append(")");
  }
}
