package ru.flurai.ordering.stats;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ru.flurai.ordering.order.OrderReads;
import ru.flurai.ordering.order.OrderStatus;
import ru.flurai.ordering.order.OrderViews;
import ru.flurai.platform.db.Rows;
import ru.flurai.platform.db.Rows.Row;
import ru.flurai.platform.domain.Invalid;

/**
 * GET /admin/orders (API.md §7): paged oversight of every order with its breakdowns, including the
 * orders of hard-deleted sellers (shown with the shop name they kept).
 */
@ApplicationScoped
public class AdminOrders {
  @PersistenceContext(unitName = "primary")
  EntityManager db;

  @Inject OrderReads reads;

  public Map<String, Object> page(
      String status,
      Long sellerId,
      LocalDate from,
      LocalDate to,
      int page,
      int perPage,
      ZoneId zone) {
    StringBuilder where = new StringBuilder(" where 1 = 1");
    List<Object> args = new ArrayList<>();
    if (status != null && !status.isBlank()) {
      args.add(
          OrderStatus.parse(status)
              .map(OrderStatus::wire)
              .orElseThrow(() -> new Invalid("Неизвестный статус: " + status)));
      where.append(" and o.status = ?").append(args.size());
    }
    if (sellerId != null) {
      args.add(sellerId);
      where.append(" and o.seller_id = ?").append(args.size());
    }
    if (from != null) {
      args.add(Timestamp.from(from.atStartOfDay(zone).toInstant()));
      where.append(" and o.created_at >= ?").append(args.size());
    }
    if (to != null) {
      args.add(Timestamp.from(to.plusDays(1).atStartOfDay(zone).toInstant()));
      where.append(" and o.created_at < ?").append(args.size());
    }
    Row sums =
        Rows.oneOf(
            db,
            "select count(*) as n, coalesce(sum(o.total_price), 0) as amount,"
                + " coalesce(sum(o.total_price) filter (where o.status in ('done', 'completed')), 0)"
                + " as completed from orders o"
                + where,
            args);
    long total = sums.num("n");
    List<Object> pageArgs = new ArrayList<>(args);
    pageArgs.add(perPage);
    pageArgs.add((long) (page - 1) * perPage);
    List<Row> ids =
        Rows.listOf(
            db,
            "select o.id, "
                + OrderReads.SHOP_NAME
                + " as seller_name, o.comment"
                + OrderReads.FROM
                + where
                + " order by o.created_at desc, o.id desc limit ?"
                + (args.size() + 1)
                + " offset ?"
                + (args.size() + 2),
            pageArgs);
    List<Map<String, Object>> orders = new ArrayList<>();
    List<OrderViews.SellerOrder> views = reads.byIds(ids.stream().map(r -> r.num("id")).toList());
    for (int i = 0; i < views.size(); i++) {
      orders.add(row(views.get(i), ids.get(i).str("seller_name"), ids.get(i).str("comment")));
    }
    Map<String, Long> breakdown = new LinkedHashMap<>();
    Rows.listOf(
            db,
            "select o.status, count(*) as n from orders o" + where + " group by 1 order by 1",
            args)
        .forEach(r -> breakdown.put(r.str("status"), r.num("n")));
    List<Row> sellers =
        Rows.list(
            db,
            "select seller_id, shop_name from sellers where deleted_at is null"
                + " order by shop_name, seller_id");
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("orders", orders);
    out.put("total", total);
    out.put("pages", Math.max(1, (total + perPage - 1) / perPage));
    out.put("page", page);
    out.put("per_page", perPage);
    out.put("status_breakdown", breakdown);
    out.put("total_amount", sums.decimal("amount"));
    out.put("completed_amount", sums.decimal("completed"));
    out.put(
        "sellers_list",
        sellers.stream()
            .map(r -> Map.<String, Object>of("id", r.num("seller_id"), "name", r.get("shop_name")))
            .toList());
    return out;
  }

  /** One order in the admin shape. */
  private static Map<String, Object> row(
      OrderViews.SellerOrder o, String sellerName, String comment) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", o.id());
    m.put("buyer_id", o.buyerId());
    m.put("seller_id", o.sellerId());
    m.put("items_info", o.itemsInfo());
    m.put("total_price", o.totalPrice());
    m.put("original_price", o.originalPrice());
    m.put("points_discount", o.pointsDiscount());
    m.put("status", o.status());
    m.put("delivery_type", o.deliveryType());
    m.put("address", o.address());
    m.put("comment", comment);
    m.put("created_at", o.createdAt());
    m.put("completed_at", o.completedAt());
    m.put("is_preorder", o.isPreorder());
    m.put("preorder_delivery_date", o.preorderDeliveryDate());
    m.put("seller_name", sellerName);
    m.put("buyer_fio", o.buyerFio());
    m.put("buyer_phone", o.buyerPhone());
    return m;
  }
}
