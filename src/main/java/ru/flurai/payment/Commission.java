package ru.flurai.payment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import ru.flurai.platform.db.Rows;
import ru.flurai.platform.domain.Invalid;

/**
 * The platform's commission (LATER.md §4.9): a global whole percent (the admin's, default 3) and a
 * per-seller override ({@code sellers.commission_percent}, null = global). The effective rate feeds
 * the YooKassa {@code platform_fee_amount}, seller stats and the finance summary.
 */
@ApplicationScoped
public class Commission {
  /** SQL for a seller's effective rate; needs the alias {@code s} for {@code sellers}. */
  public static final String EFFECTIVE_SQL =
      "coalesce(s.commission_percent, (select commission_percent from platform_settings where"
          + " id = 1), 3)";

  @PersistenceContext(unitName = "primary")
  EntityManager db;

  public int global() {
    return Rows.first(db, "select commission_percent from platform_settings where id = 1")
        .map(r -> r.integer("commission_percent"))
        .orElse(3);
  }

  @Transactional
  public int setGlobal(int percent) {
    if (percent < 0 || percent > 100) {
      throw new Invalid("Комиссия должна быть от 0 до 100%");
    }
    db.createNativeQuery(
            "insert into platform_settings (id, commission_percent) values (1, ?1)"
                + " on conflict (id) do update set commission_percent = excluded.commission_percent")
        .setParameter(1, percent)
        .executeUpdate();
    return percent;
  }

  /** The seller's override, else the global percent. */
  public int effective(long sellerId) {
    return Rows.first(
            db,
            "select " + EFFECTIVE_SQL + " as rate from sellers s where s.seller_id = ?1",
            sellerId)
        .map(r -> r.integer("rate"))
        .orElseGet(this::global);
  }

  /** {@code amount × percent / 100}, half up to the kopeck. */
  public static BigDecimal fee(BigDecimal amount, int percent) {
    return amount
        .multiply(BigDecimal.valueOf(percent))
        .divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
  }
}
