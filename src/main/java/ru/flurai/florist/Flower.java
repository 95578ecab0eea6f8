package ru.flurai.florist;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import ru.flurai.platform.domain.Invalid;
import ru.flurai.platform.text.CleanText;

/**
 * A flower of the seller's catalogue of stems (LATER.md §7.1): a name and a shelf-life hint that
 * the panel pre-fills when a reception line is added.
 */
@Entity
@Table(name = "flowers")
public class Flower {
  static final int MAX_NAME = 255;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  Long id;

  @Column(name = "seller_id", nullable = false)
  long sellerId;

  String name;

  @Column(name = "default_shelf_life_days")
  Integer defaultShelfLifeDays;

  protected Flower() {}

  Flower(long sellerId, String name, Integer defaultShelfLifeDays) {
    this.sellerId = sellerId;
    String n = CleanText.line(name, MAX_NAME);
    if (n == null) {
      throw new Invalid("Укажите название цветка");
    }
    this.name = n;
    this.defaultShelfLifeDays = ShelfLife.optional(defaultShelfLifeDays);
  }

  public Long id() {
    return id;
  }

  public String name() {
    return name;
  }

  public Integer defaultShelfLifeDays() {
    return defaultShelfLifeDays;
  }
}
