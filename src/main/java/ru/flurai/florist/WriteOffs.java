package ru.flurai.florist;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import ru.flurai.florist.FloristBodies.WriteOffBody;
import ru.flurai.florist.FloristViews.DayLoss;
import ru.flurai.florist.FloristViews.FlowerLoss;
import ru.flurai.florist.FloristViews.ReasonTotal;
import ru.flurai.florist.FloristViews.WriteOffResult;
import ru.flurai.florist.FloristViews.WriteOffStats;
import ru.flurai.platform.config.FluraiConfig;
import ru.flurai.platform.db.Rows;
import ru.flurai.platform.domain.Invalid;

/** Write-offs of stems from a batch, and the waste report's figures. */
@ApplicationScoped
public class WriteOffs {
  static final int MAX_DAYS = 366;

  @PersistenceContext(unitName = "primary")
  EntityManager db;

  @Inject Receptions receptions;
  @Inject DerivedStock derived;
  @Inject FluraiConfig config;

  /** Takes stems off a batch with a reason; the loss is at the batch's purchase price. */
  @Transactional
  public WriteOffResult writeOff(long sellerId, long itemId, WriteOffBody body) {
    WriteOffBody b = FloristBodies.required(body);
    String reason = WriteOff.reason(b.reason());
    derived.lock(sellerId);
    ReceptionItem item = receptions.lockedItem(sellerId, itemId);
    BigDecimal loss = item.writeOff(b.quantity());
    WriteOff w = new WriteOff(sellerId, itemId, b.quantity(), reason, b.comment(), loss);
    db.persist(w);
    db.flush();
    derived.sync(sellerId);
    return new WriteOffResult(
        w.id(),
        itemId,
        receptions.flowerNames(sellerId).get(item.flowerId()),
        w.quantity(),
        w.reason(),
        w.comment(),
        w.lossAmount(),
        item.remainingQuantity(),
        w.createdAt());
  }

  /**
   * Totals, by reason, by flower (largest loss first) and by day (SHOP_TIMEZONE calendar days),
   * between two dates inclusive; with both dates every day of the range is listed, zeros included.
   */
  @Transactional
  public WriteOffStats stats(long sellerId, String from, String to) {
    LocalDate start = FloristBodies.date(from);
    LocalDate end = FloristBodies.date(to);
    if (start != null && end != null && start.isAfter(end)) {
      LocalDate t = start;
      start = end;
      end = t;
    }
    if (start != null && end != null && ChronoUnit.DAYS.between(start, end) >= MAX_DAYS) {
      throw new Invalid("Период не может быть длиннее " + MAX_DAYS + " дней");
    }
    ZoneId zone = config.shopTimezone();
    List<Object> args = new ArrayList<>(List.of(zone.getId(), sellerId));
    StringBuilder sql =
        new StringBuilder(
            "select w.reason, f.name as flower_name,"
                + " cast(w.created_at at time zone ?1 as date) as day,"
                + " count(*) as n, sum(w.quantity) as quantity, sum(w.loss_amount) as loss"
                + " from write_offs w join reception_items i on i.id = w.reception_item_id"
                + " join flowers f on f.id = i.flower_id where w.seller_id = ?2");
    if (start != null) {
      args.add(Timestamp.from(start.atStartOfDay(zone).toInstant()));
      sql.append(" and w.created_at >= ?").append(args.size());
    }
    if (end != null) {
      args.add(Timestamp.from(end.plusDays(1).atStartOfDay(zone).toInstant()));
      sql.append(" and w.created_at < ?").append(args.size());
    }
    sql.append(" group by 1, 2, 3");
    int count = 0;
    int quantity = 0;
    BigDecimal loss = BigDecimal.ZERO;
    Map<String, ReasonTotal> byReason = new TreeMap<>();
    Map<String, FlowerLoss> byFlower = new LinkedHashMap<>();
    Map<LocalDate, DayLoss> daily = new TreeMap<>();
    for (Rows.Row r : Rows.listOf(db, sql.toString(), args)) {
      int q = r.integer("quantity");
      BigDecimal l = r.decimal("loss");
      count += r.integer("n");
      quantity += q;
      loss = loss.add(l);
      byReason.merge(
          r.str("reason"),
          new ReasonTotal(q, l),
          (a, b) ->
              new ReasonTotal(a.quantity() + b.quantity(), a.lossAmount().add(b.lossAmount())));
      byFlower.merge(
          r.str("flower_name"),
          new FlowerLoss(r.str("flower_name"), q, l),
          (a, b) ->
              new FlowerLoss(
                  a.flowerName(), a.quantity() + b.quantity(), a.lossAmount().add(b.lossAmount())));
      daily.merge(
          r.date("day"),
          new DayLoss(r.date("day"), q, l),
          (a, b) ->
              new DayLoss(
                  a.date(), a.quantity() + b.quantity(), a.lossAmount().add(b.lossAmount())));
    }
    if (start != null && end != null) {
      for (LocalDate d = start; !d.isAfter(end); d = d.plusDays(1)) {
        daily.putIfAbsent(d, new DayLoss(d, 0, BigDecimal.ZERO));
      }
    }
    return new WriteOffStats(
        count,
        quantity,
        loss,
        byReason,
        byFlower.values().stream()
            .sorted(Comparator.comparing(FlowerLoss::lossAmount).reversed())
            .toList(),
        List.copyOf(daily.values()));
  }
}
