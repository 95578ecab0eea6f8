package ru.flurai.platform.db;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Native SQL read by column name: the one row mapper of the hand-written queries. A query made here
 * returns each row as a map from column label to value (EclipseLink's {@code
 * eclipselink.result-type=Map} hint), wrapped in a {@link Row} whose typed getters name the column
 * (alias it in the SQL). Asking for a column the query did not select throws, so a typo cannot read
 * as null.
 */
public final class Rows {
  private static final String RESULT_TYPE = "eclipselink.result-type";

  private Rows() {}

  /** A native query answering {@link Row}s, with positional parameters {@code ?1, ?2, ...}. */
  private static Query query(EntityManager db, String sql, List<?> args) {
    Query q = db.createNativeQuery(sql).setHint(RESULT_TYPE, "Map");
    for (int i = 0; i < args.size(); i++) {
      q.setParameter(i + 1, args.get(i));
    }
    return q;
  }

  /** Every row of {@code sql}. */
  public static List<Row> list(EntityManager db, String sql, Object... args) {
    return list(query(db, sql, Arrays.asList(args)));
  }

  /** Every row of {@code sql}, with its parameters as a list (built up by a filter). */
  public static List<Row> listOf(EntityManager db, String sql, List<?> args) {
    return list(query(db, sql, args));
  }

  /** The first row, if any. */
  public static Optional<Row> first(EntityManager db, String sql, Object... args) {
    List<Row> rows = list(db, sql, args);
    return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
  }

  /** The one row of an aggregate ({@code count(*)}, {@code sum(...)}) without grouping. */
  public static Row one(EntityManager db, String sql, Object... args) {
    return first(db, sql, args).orElseThrow(() -> new IllegalStateException("no row from " + sql));
  }

  /** The one row of an aggregate, with its parameters as a list. */
  public static Row oneOf(EntityManager db, String sql, List<?> args) {
    List<Row> rows = listOf(db, sql, args);
    if (rows.isEmpty()) {
      throw new IllegalStateException("no row from " + sql);
    }
    return rows.get(0);
  }

  private static List<Row> list(Query q) {
    return ((List<?>) q.getResultList()).stream().map(r -> new Row((Map<?, ?>) r)).toList();
  }

  /** One row: values by column label. */
  public static final class Row {
    private final Map<?, ?> columns;

    public Row(Map<?, ?> columns) {
      this.columns = columns;
    }

    /** The raw JDBC value (null for SQL null). */
    public Object get(String column) {
      if (!columns.containsKey(column)) {
        throw new IllegalArgumentException(
            "the query selected no column \"" + column + "\", only " + columns.keySet());
      }
      return columns.get(column);
    }

    public long num(String column) {
      return ((Number) required(column)).longValue();
    }

    public int integer(String column) {
      return ((Number) required(column)).intValue();
    }

    public Long optNum(String column) {
      Object v = get(column);
      return v == null ? null : ((Number) v).longValue();
    }

    /** An int column that may be null. */
    public Integer optInt(String column) {
      Object v = get(column);
      return v == null ? null : ((Number) v).intValue();
    }

    /** An int column, {@code otherwise} for null. */
    public int integerOr(String column, int otherwise) {
      Object v = get(column);
      return v == null ? otherwise : ((Number) v).intValue();
    }

    /** A boolean column where null reads as false. */
    public boolean flag(String column) {
      return Boolean.TRUE.equals(get(column));
    }

    /** A floating-point column that may be null. */
    public Double real(String column) {
      Object v = get(column);
      return v == null ? null : ((Number) v).doubleValue();
    }

    public String str(String column) {
      Object v = get(column);
      return v == null ? null : v.toString();
    }

    public BigDecimal decimal(String column) {
      Object v = get(column);
      return v == null ? null : v instanceof BigDecimal b ? b : new BigDecimal(v.toString());
    }

    public Boolean bool(String column) {
      return (Boolean) get(column);
    }

    /** A {@code timestamptz} as an instant on UTC (null stays null). */
    public OffsetDateTime time(String column) {
      Object v = get(column);
      return v == null ? null : Timestamps.utc(v);
    }

    /** A {@code date}. */
    public LocalDate date(String column) {
      Object v = get(column);
      return v == null
          ? null
          : v instanceof Date d ? d.toLocalDate() : LocalDate.parse(v.toString());
    }

    private Object required(String column) {
      Object v = get(column);
      if (v == null) {
        throw new IllegalStateException("column \"" + column + "\" is null");
      }
      return v;
    }
  }
}
