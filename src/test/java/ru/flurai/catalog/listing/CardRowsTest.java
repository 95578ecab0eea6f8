package ru.flurai.catalog.listing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ru.flurai.catalog.BusinessDay;
import ru.flurai.catalog.listing.CatalogueViews.SellerCard;

/**
 * The shop card read by column name, and the positional bridge the favourite sellers still use:
 * both must give the same card, and the labels must be the ones ListingSql selects.
 */
class CardRowsTest {
  private static final ZonedDateTime NOW =
      ZonedDateTime.of(2026, 3, 2, 12, 0, 0, 0, ZoneId.of("Europe/Moscow"));

  private static Object[] cells() {
    return new Object[] {
      1L, // pos
      5L, // total
      77L, // seller_id
      "Розы", // shop_name
      "Иван", // fio
      "Доставка", // delivery_type
      new BigDecimal("300.00"), // delivery_price
      "Москва", // city_name
      "ЦАО", // district_name
      "Арбатская", // metro_name
      7, // metro_walk_minutes
      "#0000ff", // line_color
      4, // lim_d
      2, // lim_p
      "basic", // subscription_plan
      false, // is_blocked
      false, // expired
      3L, // products_count
      new BigDecimal("150.50"), // min_price
      new BigDecimal("990.00"), // max_price
      12L, // subscribers
      null // working_hours
    };
  }

  @Test
  void aCardReadByNameMatchesTheSameRowReadByPosition() {
    Map<Long, OrdersToday.Used> used = Map.of(77L, new OrdersToday.Used(1, 0));
    SellerCard positional = CardRows.card(new Row(cells()), used, NOW);
    SellerCard named = CardRows.card(new Row(cells()).named(CardRows.CARD_COLUMNS), used, NOW);
    assertEquals(positional, named);
    assertEquals(77L, named.sellerId());
    assertEquals(new BigDecimal("150.50"), named.minPrice());
    assertEquals(7, named.metroWalkMinutes());
    assertEquals(12L, named.subscriberCount());
  }

  @Test
  void theLabelsAreTheColumnsTheListingSelectsInOrder() {
    ListingQuery q = ListingQuery.parse(null, null, null, null, null, null, null, null, null, null);
    BusinessDay day =
        BusinessDay.at(Instant.parse("2026-03-02T10:00:00Z"), ZoneId.of("Europe/Moscow"));
    String sql = ListingSql.page(q, day).text();
    String select =
        sql.substring(sql.lastIndexOf(" select pc.pos") + 8, sql.indexOf(" from page pc"));
    List<String> labels =
        Arrays.stream(select.split(","))
            .map(String::strip)
            .map(c -> c.substring(Math.max(c.lastIndexOf(' '), c.lastIndexOf('.')) + 1))
            .toList();
    assertEquals(CardRows.CARD_COLUMNS, labels);
  }

  @Test
  void theBridgeRejectsARowOfAnotherShape() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new Row(new Object[] {1L}).named(CardRows.CARD_COLUMNS));
  }
}
