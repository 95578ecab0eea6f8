package ru.flurai.florist;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Set;
import ru.flurai.platform.domain.Invalid;
import ru.flurai.platform.text.CleanText;

/**
 * Stems written off a batch, with a reason and the loss at the purchase price. The panel's reasons
 * are wilted, broken, defect and other; an inventory count's shortage is written off as {@code
 * inventory} (LATER.md §7.6), so every loss has a record.
 */
@Entity
@Table(name = "write_offs")
public class WriteOff {
  static final Set<String> REASONS = Set.of("wilted", "broken", "defect", "other");
  static final String INVENTORY = "inventory";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  Long id;

  @Column(name = "seller_id", nullable = false)
  long sellerId;

  @Column(name = "reception_item_id", nullable = false)
  long receptionItemId;

  int quantity;
  String reason;
  String comment;

  @Column(name = "loss_amount")
  BigDecimal lossAmount;

  @Column(name = "created_at")
  OffsetDateTime createdAt = OffsetDateTime.now();

  protected WriteOff() {}

  WriteOff(
      long sellerId, long itemId, int quantity, String reason, String comment, BigDecimal loss) {
    this.sellerId = sellerId;
    this.receptionItemId = itemId;
    this.quantity = quantity;
    this.reason = reason;
    this.comment = CleanText.of(comment, 1000);
    this.lossAmount = loss;
  }

  /** The panel's reason, checked before anything is taken off. */
  static String reason(String value) {
    String r = value == null ? null : value.strip();
    if (r == null || !REASONS.contains(r)) {
      throw new Invalid("Причина списания: wilted, broken, defect или other");
    }
    return r;
  }

  public Long id() {
    return id;
  }

  public int quantity() {
    return quantity;
  }

  public String reason() {
    return reason;
  }

  public String comment() {
    return comment;
  }

  public BigDecimal lossAmount() {
    return lossAmount;
  }

  public OffsetDateTime createdAt() {
    return createdAt;
  }
}
