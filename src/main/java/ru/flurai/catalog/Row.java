package ru.flurai.catalog;

import java.math.BigDecimal;

/**
 * Typed access to one row of a native query (JDBC types vary: count(*) is a Long, int columns
 * Integers …).
 */
final class Row {
  private final Object[] cells;

  Row(Object[] cells) {
    this.cells = cells;
  }

  String text(int i) {
    return cells[i] == null ? null : cells[i].toString();
  }

  Long id(int i) {
    return cells[i] == null ? null : ((Number) cells[i]).longValue();
  }

  Integer integer(int i) {
    return cells[i] == null ? null : ((Number) cells[i]).intValue();
  }

  int number(int i) {
    return cells[i] == null ? 0 : ((Number) cells[i]).intValue();
  }

  long count(int i) {
    return cells[i] == null ? 0 : ((Number) cells[i]).longValue();
  }

  BigDecimal money(int i) {
    Object v = cells[i];
    if (v == null || v instanceof BigDecimal) {
      return (BigDecimal) v;
    }
    return new BigDecimal(v.toString());
  }

  Double decimal(int i) {
    return cells[i] == null ? null : ((Number) cells[i]).doubleValue();
  }

  boolean flag(int i) {
    return Boolean.TRUE.equals(cells[i]);
  }
}
