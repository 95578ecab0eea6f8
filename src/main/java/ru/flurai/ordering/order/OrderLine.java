package ru.flurai.ordering.order;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/**
 * One line of an order ({@code order_items}): what was sold, at the price of the moment. The
 * product may be deleted later ({@code product_id} then points nowhere, or is null on old rows);
 * the line keeps its name and price.
 */
@Embeddable
public class OrderLine {
  @Column(name = "line_no")
  int lineNo;

  @Column(name = "product_id")
  Long productId;

  @Column(name = "name")
  String name;

  @Column(name = "price")
  BigDecimal price;

  @Column(name = "quantity")
  int quantity;

  protected OrderLine() {}

  /**
   * A line as checkout sells it: at least one unit, a price of at least 0 with at most two decimals
   * (numeric(12, 2)), a name.
   */
  OrderLine(int lineNo, Long productId, String name, BigDecimal price, int quantity) {
    if (lineNo < 1) {
      throw new IllegalArgumentException("line numbers start at 1: " + lineNo);
    }
    if (quantity < 1) {
      throw new IllegalArgumentException("a line holds at least one unit: " + quantity);
    }
    if (price == null || price.signum() < 0 || price.stripTrailingZeros().scale() > 2) {
      throw new IllegalArgumentException("a line's price is at least 0, in kopecks: " + price);
    }
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("a line has a name");
    }
    this.lineNo = lineNo;
    this.productId = productId;
    this.name = name;
    this.price = price;
    this.quantity = quantity;
  }

  public int lineNo() {
    return lineNo;
  }

  public Long productId() {
    return productId;
  }

  public String name() {
    return name;
  }

  public BigDecimal price() {
    return price;
  }

  public int quantity() {
    return quantity;
  }

  /** price × quantity. */
  public BigDecimal amount() {
    return price.multiply(BigDecimal.valueOf(quantity));
  }

  ItemsInfo.Line info() {
    return new ItemsInfo.Line(productId, name, price, quantity);
  }
}
