package ru.flurai.platform.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ru.flurai.platform.db.Rows.Row;

/** {@link Row}'s typed getters over the column map a native query answers. */
class RowsTest {
  private static Row row() {
    Map<String, Object> m = new HashMap<>();
    m.put("id", 42L);
    m.put("n", 7);
    m.put("seller_id", null);
    m.put("name", "Роза");
    m.put("price", new BigDecimal("150.50"));
    m.put("qty", 3L);
    m.put("closed", true);
    m.put("created_at", Timestamp.from(Instant.parse("2026-03-01T09:30:00Z")));
    m.put("day", Date.valueOf(LocalDate.of(2026, 3, 1)));
    return new Row(m);
  }

  @Test
  void readsEachTypeByColumnName() {
    Row r = row();
    assertEquals(42L, r.num("id"));
    assertEquals(7L, r.num("n"));
    assertEquals(3, r.integer("qty"));
    assertNull(r.optNum("seller_id"));
    assertEquals(42L, r.optNum("id"));
    assertEquals("Роза", r.str("name"));
    assertNull(r.str("seller_id"));
    assertEquals(new BigDecimal("150.50"), r.decimal("price"));
    assertEquals(new BigDecimal("3"), r.decimal("qty"));
    assertTrue(r.bool("closed"));
    assertEquals(OffsetDateTime.of(2026, 3, 1, 9, 30, 0, 0, ZoneOffset.UTC), r.time("created_at"));
    assertNull(r.time("seller_id"));
    assertEquals(LocalDate.of(2026, 3, 1), r.date("day"));
  }

  @Test
  void aColumnTheQueryDidNotSelectThrowsInsteadOfReadingNull() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> row().str("shop_name"));
    assertTrue(e.getMessage().contains("shop_name"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> row().optNum("sellerid"));
  }

  @Test
  void nullTolerantGettersKeepTheirDefaults() {
    Row r = row();
    assertEquals(7, r.optInt("n"));
    assertNull(r.optInt("seller_id"));
    assertEquals(7, r.integerOr("n", 0));
    assertEquals(0, r.integerOr("seller_id", 0));
    assertTrue(r.flag("closed"));
    assertFalse(r.flag("seller_id"));
    assertEquals(150.5, r.real("price"));
    assertNull(r.real("seller_id"));
  }

  @Test
  void aRequiredNumberThatIsNullThrows() {
    assertThrows(IllegalStateException.class, () -> row().num("seller_id"));
    assertThrows(IllegalStateException.class, () -> row().integer("seller_id"));
  }
}
