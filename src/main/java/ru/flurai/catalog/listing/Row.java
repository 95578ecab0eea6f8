package ru.flurai.catalog.listing;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ru.flurai.platform.db.Rows;

/**
 * Typed access to one row of a native query (JDBC types vary: count(*) is a Long, int columns
 * Integers …).
 */
public final class Row {
  private final Object[] cells;

  public Row(Object[] cells) {
    this.cells = cells;
  }

  /** The same cells by name, {@code labels} naming the columns in order (the bridge to Rows). */
  public Rows.Row named(List<String> labels) {
    if (labels.size() != cells.length) {
      throw new IllegalArgumentException(labels.size() + " labels for " + cells.length + " cells");
    }
    Map<String, Object> columns = new HashMap<>();
    for (int i = 0; i < cells.length; i++) {
      columns.put(labels.get(i), cells[i]);
    }
    return new Rows.Row(columns);
  }

  public String text(int i) {
    return cells[i] == null ? null : cells[i].toString();
  }

  public Long id(int i) {
    return cells[i] == null ? null : ((Number) cells[i]).longValue();
  }

  Integer integer(int i) {
    return cells[i] == null ? null : ((Number) cells[i]).intValue();
  }

  public int number(int i) {
    return cells[i] == null ? 0 : ((Number) cells[i]).intValue();
  }

  public long count(int i) {
    return cells[i] == null ? 0 : ((Number) cells[i]).longValue();
  }

  public BigDecimal money(int i) {
    Object v = cells[i];
    if (v == null || v instanceof BigDecimal) {
      return (BigDecimal) v;
    }
    return new BigDecimal(v.toString());
  }

  Double decimal(int i) {
    return cells[i] == null ? null : ((Number) cells[i]).doubleValue();
  }

  public boolean flag(int i) {
    return Boolean.TRUE.equals(cells[i]);
  }
}
