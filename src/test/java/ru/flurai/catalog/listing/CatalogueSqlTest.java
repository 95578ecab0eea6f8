package ru.flurai.catalog.listing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import ru.flurai.catalog.BusinessDay;

class CatalogueSqlTest {
  private static final BusinessDay DAY =
      BusinessDay.at(Instant.parse("2026-03-02T10:00:00Z"), ZoneId.of("Europe/Moscow"));

  @Test
  void repeatedPlaceholdersAreBoundOncePerOccurrence() {
    NativeSql sql = new NativeSql();
    String a = sql.param("A");
    String b = sql.param(2);
    sql.append("select " + a + ", " + b + ", " + a);
    NativeSql.Jdbc jdbc = sql.jdbc();
    assertEquals("select ?, ?, ?", jdbc.text());
    assertEquals(List.of("A", 2, "A"), jdbc.values());
  }

  @Test
  void theWholeListIsOneStatementWithTheDayBound() {
    NativeSql.Jdbc jdbc = ListingSql.listable(DAY).jdbc();
    assertTrue(jdbc.values().contains("2026-03-02"), jdbc.values().toString());
    assertFalse(jdbc.text().contains(" limit "), jdbc.text());
  }

  @Test
  void theListableProductPredicateIsThePartialIndexPredicate() {
    assertEquals(
        "p.is_active and not p.is_preorder and p.quantity > p.reserved_quantity",
        ListingSql.LISTABLE);
  }
}
