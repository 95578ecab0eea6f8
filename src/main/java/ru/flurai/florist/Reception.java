package ru.flurai.florist;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import ru.flurai.platform.domain.Invalid;
import ru.flurai.platform.text.CleanText;

/**
 * A delivery from a supplier (a goods receipt). Its lines are {@link ReceptionItem}s; a closed
 * reception takes no new lines (its lines may still be edited, written off and counted).
 */
@Entity
@Table(name = "receptions")
public class Reception {
  static final String CLOSED = "Приёмка закрыта. Новые позиции добавлять нельзя.";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  Long id;

  @Column(name = "seller_id", nullable = false)
  long sellerId;

  String name;

  @Column(name = "reception_date")
  LocalDate receptionDate;

  @Column(name = "is_closed")
  boolean closed;

  String supplier;

  @Column(name = "invoice_number")
  String invoiceNumber;

  protected Reception() {}

  Reception(long sellerId, String name, LocalDate date, String supplier, String invoice) {
    this.sellerId = sellerId;
    String n = CleanText.line(name, 255);
    if (n == null) {
      throw new Invalid("Укажите название приёмки");
    }
    this.name = n;
    this.receptionDate = date;
    supplier(supplier);
    invoice(invoice);
  }

  void supplier(String value) {
    supplier = CleanText.line(value, 255);
  }

  void invoice(String value) {
    invoiceNumber = CleanText.line(value, 128);
  }

  void close(boolean value) {
    closed = value;
  }

  /** Refuses a new line on a closed reception. */
  void requireOpen() {
    if (closed) {
      throw new Invalid(CLOSED);
    }
  }

  public Long id() {
    return id;
  }

  public String name() {
    return name;
  }

  public LocalDate receptionDate() {
    return receptionDate;
  }

  public boolean closed() {
    return closed;
  }

  public String supplier() {
    return supplier;
  }

  public String invoiceNumber() {
    return invoiceNumber;
  }
}
