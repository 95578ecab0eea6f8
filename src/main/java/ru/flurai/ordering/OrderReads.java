package ru.flurai.ordering;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

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
  static final String SHOP_NAME =
      "case when s.seller_id is null then o.seller_shop_name else s.shop_name end";

  static final String COLUMNS =
      "o.id, coalesce(o.seller_id, o.seller_tg_id), o.buyer_id, o.status,"
          + " o.delivery_type, o.total_price, o.original_price, o.delivery_fee, o.buyer_fio, o.buyer_phone, o.address,"
          + " o.created_at, o.completed_at, "
          + SHOP_NAME
          + ","
          + " case when s.seller_id is null then o.seller_username else u.username end,"
          + " case when s.seller_id is null then o.seller_address_name else s.address_name end,"
          + " case when s.seller_id is null then o.seller_map_url else s.map_url end";

  /** Orders with their seller and the seller's user row, both possibly gone. */
  static final String FROM =
      " from orders o left join sellers s on s.seller_id = o.seller_id"
          + " left join users u on u.tg_id = s.seller_id";

  @PersistenceContext(unitName = "primary")
  EntityManager db;

  public List<OrderViews.BuyerOrder> ofBuyer(long buyerId) {
    List<Object[]> rows =
        query(
            "select "
                + COLUMNS
                + FROM
                + " where o.buyer_id = ?1"
                + " order by o.created_at desc, o.id desc",
            List.of(buyerId));
    Map<Long, Lines> lines = lines(rows);
    return rows.stream()
        .map(
            r -> {
              Lines l = lines.get(id(r));
              return new OrderViews.BuyerOrder(
                  id(r),
                  optNum(r[1]),
                  optNum(r[2]),
                  l.info(),
                  (BigDecimal) r[5],
                  (String) r[3],
                  (String) r[4],
                  (String) r[10],
                  time(r[11]),
                  false,
                  null,
                  (String) r[13],
                  (String) r[14],
                  l.firstPhoto(),
                  (String) r[15],
                  (String) r[16],
                  null,
                  null);
            })
        .toList();
  }

  public List<OrderViews.SellerOrder> ofSeller(
      long sellerId, List<String> statuses, LocalDate from, LocalDate to, ZoneId zone) {
    StringBuilder sql = new StringBuilder("select " + COLUMNS + FROM + " where o.seller_id = ?1");
    List<Object> args = new ArrayList<>(List.of(sellerId));
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
    List<Object[]> rows =
        query(sql.append(" order by o.created_at desc, o.id desc").toString(), args);
    Map<Long, Lines> lines = lines(rows);
    return rows.stream().map(r -> seller(r, lines.get(id(r)))).toList();
  }

  public List<OrderViews.SellerOrder> one(long sellerId, long orderId) {
    List<Object[]> rows =
        query(
            "select " + COLUMNS + FROM + " where o.seller_id = ?1 and o.id = ?2",
            List.of(sellerId, orderId));
    Map<Long, Lines> lines = lines(rows);
    return rows.stream().map(r -> seller(r, lines.get(id(r)))).toList();
  }

  /** Any orders by id (admin oversight), in the given order: two queries whatever the count. */
  public List<OrderViews.SellerOrder> byIds(List<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    List<Object[]> rows =
        query(
            "select " + COLUMNS + FROM + " where o.id = any (?1)",
            List.of((Object) ids.toArray(Long[]::new)));
    Map<Long, Lines> lines = lines(rows);
    Map<Long, OrderViews.SellerOrder> byId = new HashMap<>();
    rows.forEach(r -> byId.put(id(r), seller(r, lines.get(id(r)))));
    return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
  }

  /** The name of the order's shop (the snapshot once the seller is gone). */
  public String shopName(long orderId) {
    List<?> r =
        db.createNativeQuery("select " + SHOP_NAME + FROM + " where o.id = ?1")
            .setParameter(1, orderId)
            .getResultList();
    return r.isEmpty() || r.get(0) == null ? "Магазин" : (String) r.get(0);
  }

  /** Where the order's shop hands orders over (the snapshot once the seller is gone). */
  public Optional<String> pickupAddress(long orderId) {
    List<?> r =
        db.createNativeQuery(
                "select case when s.seller_id is null then coalesce(nullif(o.seller_address_name,"
                    + " ''), o.seller_map_url) else coalesce(nullif(s.address_name, ''), s.map_url) end"
                    + FROM
                    + " where o.id = ?1")
            .setParameter(1, orderId)
            .getResultList();
    return r.isEmpty() || r.get(0) == null ? Optional.empty() : Optional.of((String) r.get(0));
  }

  public Optional<String> comment(long orderId) {
    List<?> r =
        db.createNativeQuery("select comment from orders where id = ?1")
            .setParameter(1, orderId)
            .getResultList();
    return r.isEmpty() || r.get(0) == null ? Optional.empty() : Optional.of((String) r.get(0));
  }

  /** The items_info string of one order. */
  public String itemsInfo(long orderId) {
    List<Object[]> one = new ArrayList<>();
    one.add(new Object[] {orderId});
    return lines(one).get(orderId).info();
  }

  private static OrderViews.SellerOrder seller(Object[] r, Lines l) {
    return new OrderViews.SellerOrder(
        id(r),
        optNum(r[1]),
        optNum(r[2]),
        (String) r[3],
        (String) r[4],
        l.info(),
        (BigDecimal) r[5],
        (BigDecimal) r[6],
        (BigDecimal) r[7],
        (String) r[8],
        (String) r[9],
        null,
        (String) r[10],
        time(r[11]),
        time(r[12]),
        false,
        null,
        BigDecimal.ZERO,
        BigDecimal.ZERO,
        null,
        null,
        false);
  }

  private record Lines(String info, String firstPhoto) {}

  private Map<Long, Lines> lines(List<Object[]> orders) {
    Map<Long, Lines> out = new HashMap<>();
    if (orders.isEmpty()) {
      return out;
    }
    Long[] ids = orders.stream().map(OrderReads::id).toArray(Long[]::new);
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        db.createNativeQuery(
                "select i.order_id, i.product_id, i.name, i.price, i.quantity,"
                    + " p.photo_ids from order_items i left join products p on p.id = i.product_id"
                    + " where i.order_id = any (?1) order by i.order_id, i.line_no")
            .setParameter(1, ids)
            .getResultList();
    Map<Long, List<Object[]>> byOrder =
        rows.stream().collect(Collectors.groupingBy(r -> num(r[0])));
    for (Long id : ids) {
      List<Object[]> ls = byOrder.getOrDefault(id, List.of());
      String info =
          ItemsInfo.of(
              ls.stream()
                  .map(
                      r ->
                          new ItemsInfo.Line(
                              optNum(r[1]),
                              (String) r[2],
                              (BigDecimal) r[3],
                              ((Number) r[4]).intValue()))
                  .toList());
      out.put(id, new Lines(info, ls.isEmpty() ? null : Carts.firstPhoto(ls.get(0)[5])));
    }
    return out;
  }

  @SuppressWarnings("unchecked")
  private List<Object[]> query(String sql, List<Object> args) {
    var q = db.createNativeQuery(sql);
    for (int i = 0; i < args.size(); i++) {
      q.setParameter(i + 1, args.get(i));
    }
    return q.getResultList();
  }

  private static long id(Object[] r) {
    return num(r[0]);
  }

  static long num(Object o) {
    return ((Number) o).longValue();
  }

  static Long optNum(Object o) {
    return o == null ? null : ((Number) o).longValue();
  }

  static OffsetDateTime time(Object o) {
    return o == null ? null : Carts.instant(o).atOffset(ZoneOffset.UTC);
  }
}
