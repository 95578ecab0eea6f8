package ru.flurai.loyalty;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.bind.Jsonb;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import ru.flurai.platform.db.Rows;
import ru.flurai.platform.http.JsonConfig;

/**
 * The one owner of {@code loyalty_settings}: a seller's {@link LoyaltyTerms} (defaults until the
 * seller saves them) and the per-seller card number counter.
 */
@ApplicationScoped
public class LoyaltySettings {
  private static final Jsonb JSON = JsonConfig.create();
  private static final Type TIERS =
      new ArrayList<LoyaltyTerms.Tier>() {}.getClass().getGenericSuperclass();

  @PersistenceContext(unitName = "primary")
  EntityManager db;

  /** The seller's terms, or {@link LoyaltyTerms#DEFAULT}. */
  @Transactional
  public LoyaltyTerms terms(long sellerId) {
    return Rows.first(
            db,
            "select points_percent, max_points_discount_percent, points_to_ruble_rate,"
                + " cast(tiers_config as text) as tiers, points_expire_days"
                + " from loyalty_settings where seller_id = ?1",
            sellerId)
        .map(
            r ->
                new LoyaltyTerms(
                    r.decimal("points_percent"),
                    r.integer("max_points_discount_percent"),
                    r.decimal("points_to_ruble_rate"),
                    tiers(r.str("tiers")),
                    r.optInt("points_expire_days")))
        .orElse(LoyaltyTerms.DEFAULT);
  }

  /** Replaces the seller's terms (already validated by {@link LoyaltyTerms#of}). */
  @Transactional
  public LoyaltyTerms save(long sellerId, LoyaltyTerms t) {
    db.createNativeQuery(
            "insert into loyalty_settings (seller_id, points_percent, max_points_discount_percent,"
                + " points_to_ruble_rate, tiers_config, points_expire_days)"
                + " values (?1, ?2, ?3, ?4, cast(?5 as jsonb), ?6) on conflict (seller_id) do update"
                + " set points_percent = excluded.points_percent,"
                + " max_points_discount_percent = excluded.max_points_discount_percent,"
                + " points_to_ruble_rate = excluded.points_to_ruble_rate,"
                + " tiers_config = excluded.tiers_config,"
                + " points_expire_days = excluded.points_expire_days, updated_at = now()")
        .setParameter(1, sellerId)
        .setParameter(2, t.pointsPercent())
        .setParameter(3, t.maxPointsDiscountPercent())
        .setParameter(4, t.pointsToRubleRate())
        .setParameter(5, t.tiersConfig() == null ? null : JSON.toJson(t.tiersConfig()))
        .setParameter(6, t.pointsExpireDays())
        .executeUpdate();
    return terms(sellerId);
  }

  /** The next card number of this seller ({@code FL-00001}, …), counted under its settings row. */
  @Transactional(Transactional.TxType.MANDATORY)
  public String nextCardNumber(long sellerId) {
    long n =
        ((Number)
                db.createNativeQuery(
                        "insert into loyalty_settings (seller_id, last_card_no) values (?1, 1)"
                            + " on conflict (seller_id) do update"
                            + " set last_card_no = loyalty_settings.last_card_no + 1"
                            + " returning last_card_no")
                    .setParameter(1, sellerId)
                    .getSingleResult())
            .longValue();
    return String.format("FL-%05d", n);
  }

  static List<LoyaltyTerms.Tier> tiers(String json) {
    if (json == null || json.isBlank() || "null".equals(json.strip())) {
      return null;
    }
    List<LoyaltyTerms.Tier> tiers = JSON.fromJson(json, TIERS);
    return tiers.isEmpty() ? null : List.copyOf(tiers);
  }
}
