package ru.flurai.catalog.listing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import ru.flurai.catalog.BusinessDay;
import ru.flurai.platform.domain.Invalid;

class ListingQueryTest {
  private static ListingQuery parse(String search, String page, String perPage) {
    return ListingQuery.parse(search, null, null, null, null, null, null, null, page, perPage);
  }

  @Test
  void defaults() {
    ListingQuery q = parse(null, null, null);
    assertEquals(1, q.page());
    assertEquals(20, q.perPage());
    assertEquals(0, q.offset());
    assertNull(q.search());
  }

  @Test
  void searchIsTrimmedLowerCasedAndBlankIgnored() {
    assertEquals("розы", parse("  РОЗЫ ", null, null).search());
    assertNull(parse("   ", null, null).search());
    assertThrows(Invalid.class, () -> parse("x".repeat(101), null, null));
  }

  @Test
  void pagingBounds() {
    assertEquals(40, parse(null, "3", "20").offset());
    for (String[] bad :
        new String[][] {{"0", "20"}, {"1", "0"}, {"1", "101"}, {"x", "1"}, {"1", "1.5"}}) {
      assertThrows(Invalid.class, () -> parse(null, bad[0], bad[1]));
    }
  }

  @Test
  void enumsAndNumbers() {
    ListingQuery q =
        ListingQuery.parse(null, "1", "2", "3", "PICKUP", "true", "desc", "nearby", null, null);
    assertEquals(1L, q.cityId());
    assertEquals("pickup", q.deliveryType());
    assertEquals(Boolean.TRUE, q.freeDelivery());
    assertEquals("desc", q.sortPrice());
    assertThrows(
        Invalid.class,
        () -> ListingQuery.parse(null, "x", null, null, null, null, null, null, null, null));
    assertThrows(
        Invalid.class,
        () -> ListingQuery.parse(null, null, null, null, "drone", null, null, null, null, null));
  }

  @Test
  void cacheKeyIsCanonicalAndChangesWithTheBusinessDay() {
    BusinessDay d1 =
        BusinessDay.at(Instant.parse("2026-03-02T10:00:00Z"), ZoneId.of("Europe/Moscow"));
    BusinessDay d2 =
        BusinessDay.at(Instant.parse("2026-03-03T10:00:00Z"), ZoneId.of("Europe/Moscow"));
    assertEquals(parse("Розы", "1", "20").key(d1), parse(" розы", null, null).key(d1));
    assertNotEquals(parse("розы", "1", "20").key(d1), parse("розы", "1", "20").key(d2));
    assertNotEquals(parse("розы", "1", "20").key(d1), parse("розы", "2", "20").key(d1));
  }
}
