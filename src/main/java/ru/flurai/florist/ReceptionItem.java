package ru.flurai.florist;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import ru.flurai.platform.domain.Conflict;
import ru.flurai.platform.domain.Invalid;

/**
 * A line of a reception: one batch of one flower, bought at {@code price_per_unit}. {@code
 * remaining_quantity} is what is on hand; it never goes below 0 (nor does anything else here) and
 * every change of it happens on a row locked by the caller. Sold figures count what orders took.
 */
@Entity
@Table(name = "reception_items")
public class ReceptionItem {
  static final int MAX_UNITS = 1_000_000;
  static final BigDecimal MAX_PRICE = new BigDecimal("99999999.99");

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  Long id;

  @Column(name = "reception_id", nullable = false)
  long receptionId;

  @Column(name = "seller_id", nullable = false)
  long sellerId;

  @Column(name = "flower_id", nullable = false)
  long flowerId;

  @Column(name = "quantity_initial")
  int quantityInitial;

  @Column(name = "arrival_date")
  LocalDate arrivalDate;

  @Column(name = "shelf_life_days")
  int shelfLifeDays;

  @Column(name = "price_per_unit")
  BigDecimal pricePerUnit;

  @Column(name = "remaining_quantity")
  int remainingQuantity;

  @Column(name = "sold_quantity")
  int soldQuantity;

  @Column(name = "sold_amount")
  BigDecimal soldAmount = BigDecimal.ZERO;

  protected ReceptionItem() {}

  ReceptionItem(
      Reception reception,
      long flowerId,
      Integer quantity,
      LocalDate arrival,
      Integer shelfLife,
      BigDecimal price) {
    reception.requireOpen();
    this.receptionId = reception.id();
    this.sellerId = reception.sellerId;
    this.flowerId = flowerId;
    this.quantityInitial = units(quantity, 1, "Количество должно быть от 1 до " + MAX_UNITS);
    this.remainingQuantity = quantityInitial;
    this.arrivalDate = arrival;
    this.shelfLifeDays = ShelfLife.required(shelfLife);
    this.pricePerUnit = price(price);
  }

  /** The panel's edit: any of the fields, null = unchanged. */
  void edit(
      Integer remaining, Integer initial, LocalDate arrival, Integer shelfLife, BigDecimal price) {
    if (initial != null) {
      quantityInitial = units(initial, 1, "Количество должно быть от 1 до " + MAX_UNITS);
    }
    if (remaining != null) {
      remainingQuantity = units(remaining, 0, "Остаток должен быть от 0 до " + MAX_UNITS);
    }
    if (arrival != null) {
      arrivalDate = arrival;
    }
    if (shelfLife != null) {
      shelfLifeDays = ShelfLife.required(shelfLife);
    }
    if (price != null) {
      pricePerUnit = price(price);
    }
  }

  /** Takes {@code quantity} off the batch; returns the loss at the purchase price. */
  BigDecimal writeOff(Integer quantity) {
    if (quantity == null || quantity <= 0) {
      throw new Invalid("Количество должно быть больше 0");
    }
    if (quantity > remainingQuantity) {
      throw new Invalid("Нельзя списать " + quantity + " шт., остаток: " + remainingQuantity);
    }
    remainingQuantity -= quantity;
    return cost(quantity);
  }

  /** The counted quantity replaces what the system had; returns the shortage (0 for a surplus). */
  int count(int actual) {
    int counted = units(actual, 0, "Фактическое количество должно быть от 0 до " + MAX_UNITS);
    int shortage = Math.max(0, remainingQuantity - counted);
    remainingQuantity = counted;
    return shortage;
  }

  /** An order takes {@code units} of this batch (first in first out): on hand down, sold up. */
  void consume(int units) {
    if (units <= 0 || units > remainingQuantity) {
      throw new Conflict("Недостаточно цветов в партии " + id);
    }
    remainingQuantity -= units;
    soldQuantity += units;
    soldAmount = soldAmount.add(cost(units));
  }

  /** A cancelled or rejected order puts back what it took from this batch. */
  void giveBack(int units, BigDecimal amount) {
    remainingQuantity = Math.min(MAX_UNITS, remainingQuantity + units);
    soldQuantity = Math.max(0, soldQuantity - units);
    soldAmount = soldAmount.subtract(amount).max(BigDecimal.ZERO);
  }

  BigDecimal cost(int units) {
    return pricePerUnit.multiply(BigDecimal.valueOf(units)).setScale(2, RoundingMode.HALF_UP);
  }

  Integer daysLeft(LocalDate today) {
    return ShelfLife.daysLeft(arrivalDate, shelfLifeDays, today);
  }

  private static int units(Integer value, int min, String refusal) {
    if (value == null || value < min || value > MAX_UNITS) {
      throw new Invalid(refusal);
    }
    return value;
  }

  private static BigDecimal price(BigDecimal value) {
    if (value == null
        || value.signum() < 0
        || value.compareTo(MAX_PRICE) > 0
        || value.stripTrailingZeros().scale() > 2) {
      throw new Invalid("Цена за штуку должна быть от 0 до " + MAX_PRICE.toPlainString());
    }
    return value.setScale(2, RoundingMode.HALF_UP);
  }

  public Long id() {
    return id;
  }

  public long receptionId() {
    return receptionId;
  }

  public long flowerId() {
    return flowerId;
  }

  public int quantityInitial() {
    return quantityInitial;
  }

  public LocalDate arrivalDate() {
    return arrivalDate;
  }

  public int shelfLifeDays() {
    return shelfLifeDays;
  }

  public BigDecimal pricePerUnit() {
    return pricePerUnit;
  }

  public int remainingQuantity() {
    return remainingQuantity;
  }

  public int soldQuantity() {
    return soldQuantity;
  }

  public BigDecimal soldAmount() {
    return soldAmount;
  }
}
