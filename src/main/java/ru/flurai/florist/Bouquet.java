package ru.flurai.florist;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;
import ru.flurai.platform.domain.Invalid;
import ru.flurai.platform.text.CleanText;

/**
 * A bouquet recipe's head: its name and packaging cost. Its lines (flower, stems) are {@code
 * bouquet_items}, replaced as a whole by {@link Bouquets}.
 */
@Entity
@Table(name = "bouquets")
public class Bouquet {
  static final BigDecimal MAX_PACKAGING = new BigDecimal("99999999.99");

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  Long id;

  @Column(name = "seller_id", nullable = false)
  long sellerId;

  String name;

  @Column(name = "packaging_cost")
  BigDecimal packagingCost = BigDecimal.ZERO;

  protected Bouquet() {}

  Bouquet(long sellerId) {
    this.sellerId = sellerId;
  }

  void describe(String newName, BigDecimal packaging) {
    String n = CleanText.line(newName, 255);
    if (n == null) {
      throw new Invalid("Укажите название букета");
    }
    BigDecimal p = packaging == null ? BigDecimal.ZERO : packaging;
    if (p.signum() < 0 || p.compareTo(MAX_PACKAGING) > 0 || p.stripTrailingZeros().scale() > 2) {
      throw new Invalid("Стоимость упаковки должна быть от 0 до " + MAX_PACKAGING.toPlainString());
    }
    name = n;
    packagingCost = p.setScale(2, RoundingMode.HALF_UP);
  }

  public Long id() {
    return id;
  }

  public String name() {
    return name;
  }

  public BigDecimal packagingCost() {
    return packagingCost;
  }
}
