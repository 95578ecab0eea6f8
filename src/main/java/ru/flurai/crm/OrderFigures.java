package ru.flurai.crm;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ru.flurai.platform.db.Rows;

/**
 * A seller's completed orders (done or completed) summed per buyer and per phone, for the CRM list:
 * a customer linked to a buyer is counted by the buyer's orders, any other by the phone on the
 * orders (guest and typed phones included, for the seller's view only; points never follow it).
 */
final class OrderFigures {
  static final String SQL =
      "select buyer_id, buyer_phone, count(*) as orders, sum(total_price) as total,"
          + " max(coalesce(completed_at, created_at)) as last_at from orders"
          + " where seller_id = ?1 and status in ('done', 'completed')"
          + " group by buyer_id, buyer_phone";

  record Figures(long count, BigDecimal total, OffsetDateTime last) {
    static final Figures NONE = new Figures(0, BigDecimal.ZERO, null);

    Figures plus(Figures o) {
      OffsetDateTime l = last == null || (o.last != null && o.last.isAfter(last)) ? o.last : last;
      return new Figures(count + o.count, total.add(o.total), l);
    }
  }

  private final Map<Long, Figures> byBuyer = new HashMap<>();
  private final Map<String, Figures> byPhone = new HashMap<>();

  OrderFigures(List<Rows.Row> rows) {
    for (Rows.Row r : rows) {
      Figures f = new Figures(r.num("orders"), r.decimal("total"), r.time("last_at"));
      Long buyer = r.optNum("buyer_id");
      if (buyer != null) {
        byBuyer.merge(buyer, f, Figures::plus);
      }
      String phone = r.str("buyer_phone");
      if (phone != null) {
        byPhone.merge(phone, f, Figures::plus);
      }
    }
  }

  Figures buyer(long buyerId) {
    return byBuyer.getOrDefault(buyerId, Figures.NONE);
  }

  /** A card: its buyer's orders when linked, else the orders carrying its phone. */
  Figures card(Long linkedUser, String phone) {
    return linkedUser != null ? buyer(linkedUser) : byPhone.getOrDefault(phone, Figures.NONE);
  }

  Iterable<Long> buyers() {
    return byBuyer.keySet();
  }
}
