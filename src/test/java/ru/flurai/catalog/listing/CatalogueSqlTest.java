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
  void searchIsBoundNeverInlinedAndWildcardsAreEscaped() {
    ListingQuery q =
        ListingQuery.parse("50%_off'; drop", null, null, null, null, null, null, null, null, null);
    NativeSql.Jdbc jdbc = ListingSql.page(q, DAY).jdbc();
    assertFalse(jdbc.text().contains("drop"));
    assertTrue(jdbc.values().contains("%50\\%\\_off'; drop%"));
  }

  @Test
  void onlyTheOrderRequestedIsJoined() {
    ListingQuery plain =
        ListingQuery.parse(null, null, null, null, null, null, null, null, null, null);
    ListingQuery desc =
        ListingQuery.parse(null, null, null, null, null, null, "desc", null, null, null);
    assertFalse(ListingSql.page(plain, DAY).text().contains("dearest"));
    assertTrue(ListingSql.page(desc, DAY).text().contains("dearest.price desc"));
  }

  @Test
  void theListableProductPredicateIsThePartialIndexPredicate() {
    assertEquals(
        "p.is_active and not p.is_preorder and p.quantity > p.reserved_quantity",
        ListingSql.LISTABLE);
  }
}
