package ru.flurai.platform.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Every shape a timestamptz column arrives in gives the same instant and the same UTC value. */
class TimestampsTest {
  private static final Instant AT = Instant.parse("2026-03-08T09:15:30.123456Z");
  private static final OffsetDateTime UTC =
      OffsetDateTime.of(2026, 3, 8, 9, 15, 30, 123_456_000, ZoneOffset.UTC);

  @Test
  void everyDriverShapeIsTheSameInstant() {
    assertEquals(AT, Timestamps.instant(Timestamp.from(AT)));
    assertEquals(AT, Timestamps.instant(AT.atOffset(ZoneOffset.ofHours(3))));
    assertEquals(AT, Timestamps.instant(AT));
    assertEquals(AT, Timestamps.instant("2026-03-08T09:15:30.123456Z"));
  }

  @Test
  void utcIsTheInstantAtOffsetZeroWhateverTheSourceOffset() {
    assertEquals(UTC, Timestamps.utc(Timestamp.from(AT)));
    assertEquals(UTC, Timestamps.utc(AT.atOffset(ZoneOffset.ofHours(3))));
    assertEquals(ZoneOffset.UTC, Timestamps.utc(AT.atOffset(ZoneOffset.ofHours(-5))).getOffset());
    assertEquals(UTC, Timestamps.utc(AT));
  }

  @Test
  void nullStaysNull() {
    assertNull(Timestamps.instant(null));
    assertNull(Timestamps.utc(null));
  }
}
