package ru.flurai.platform.db;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * A {@code timestamptz} column read through a native query, whatever the driver and EclipseLink
 * hand back for it ({@link Timestamp}, {@link OffsetDateTime}, {@link Instant}, or its text), as an
 * instant or as a UTC offset date-time (what the JSON of the API shows). The one converter for
 * them.
 */
public final class Timestamps {
  private Timestamps() {}

  /** The instant of a column value; null for null. */
  public static Instant instant(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof Timestamp t) {
      return t.toInstant();
    }
    if (value instanceof OffsetDateTime o) {
      return o.toInstant();
    }
    if (value instanceof Instant i) {
      return i;
    }
    return Instant.parse(value.toString());
  }

  /** The column value at offset UTC; null for null. */
  public static OffsetDateTime utc(Object value) {
    Instant i = instant(value);
    return i == null ? null : i.atOffset(ZoneOffset.UTC);
  }
}
