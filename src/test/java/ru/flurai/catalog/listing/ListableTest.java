package ru.flurai.catalog.listing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ru.flurai.catalog.listing.CatalogueViews.AvailabilityView;
import ru.flurai.catalog.listing.CatalogueViews.SellerCard;
import ru.flurai.catalog.listing.CatalogueViews.SellerPage;

class ListableTest {
  private static final Listable ALL =
      new Listable(
          List.of(
              shop(1, "розы и ко", "#розы", 10L, 5, "900", "2000", "c", true, false, true, false),
              shop(2, "тюльпан", "#весна", 10L, 9, "500", "5000", "a", true, true, true, true),
              shop(3, "пионы", "", 20L, 9, "700", "900", "b", false, true, false, false),
              shop(4, "ромашка", "#розы", 20L, 1, "500", "700", "d", true, true, false, false)));

  @Test
  void theDefaultOrderIsMostSlotsFirstThenBySellerId() {
    assertEquals(List.of(2L, 3L, 1L, 4L), ids(ALL.page(query(null, null, null, null, null))));
  }

  @Test
  void pricesSortByTheCheapestOrTheDearestListedProduct() {
    assertEquals(List.of(2L, 4L, 3L, 1L), ids(ALL.page(query(null, null, null, "asc", null))));
    assertEquals(List.of(2L, 1L, 3L, 4L), ids(ALL.page(query(null, null, null, "desc", null))));
  }

  @Test
  void theShuffleIsTheDaysHashOrder() {
    assertEquals(List.of(2L, 3L, 1L, 4L), ids(ALL.page(query(null, null, null, null, "nearby"))));
  }

  @Test
  void searchLooksAtNamesAndHashtags() {
    assertEquals(List.of(1L, 4L), ids(ALL.page(query("роз", null, null, null, null))));
    assertEquals(List.of(2L), ids(ALL.page(query("весна", null, null, null, null))));
  }

  @Test
  void filtersCombine() {
    assertEquals(List.of(3L, 4L), ids(ALL.page(query(null, "20", null, null, null))));
    assertEquals(List.of(2L, 3L, 4L), ids(ALL.page(query(null, null, "pickup", null, null))));
    assertEquals(List.of(4L), ids(ALL.page(query(null, "20", "both", null, null))));
    ListingQuery free =
        ListingQuery.parse(null, null, null, null, null, "true", null, null, null, null);
    assertEquals(List.of(2L), ids(ALL.page(free)));
    ListingQuery paid =
        ListingQuery.parse(null, null, null, null, null, "false", null, null, null, null);
    assertEquals(List.of(1L), ids(ALL.page(paid)));
  }

  @Test
  void aPageIsCutAfterFilteringAndTheTotalCountsEveryMatch() {
    ListingQuery second =
        ListingQuery.parse(null, null, null, null, null, null, null, null, "2", "3");
    SellerPage page = ALL.page(second);
    assertEquals(List.of(4L), ids(page));
    assertEquals(4, page.total());
    ListingQuery past =
        ListingQuery.parse(null, null, null, null, null, null, null, null, "9", "3");
    assertEquals(List.of(), ids(ALL.page(past)));
    assertEquals(4, ALL.page(past).total());
  }

  private static ListingQuery query(
      String search, String city, String type, String sortPrice, String sortMode) {
    return ListingQuery.parse(
        search, city, null, null, type, null, sortPrice, sortMode, null, null);
  }

  private static List<Long> ids(SellerPage page) {
    return page.sellers().stream().map(SellerCard::sellerId).toList();
  }

  private static ListedShop shop(
      long id,
      String name,
      String tags,
      Long city,
      int limits,
      String min,
      String max,
      String shuffle,
      boolean delivers,
      boolean picksUp,
      boolean anyZone,
      boolean freeZone) {
    SellerCard card =
        new SellerCard(
            id,
            name,
            null,
            "both",
            BigDecimal.ZERO,
            null,
            null,
            null,
            null,
            null,
            null,
            limits,
            "available",
            limits,
            0,
            "available",
            "none",
            true,
            new BigDecimal(min),
            new BigDecimal(max),
            1,
            0,
            Map.of(),
            null);
    return new ListedShop(
        card,
        name,
        tags,
        city,
        null,
        null,
        delivers,
        picksUp,
        delivers && picksUp,
        anyZone,
        freeZone,
        new AvailabilityView(limits, 0, limits, 0, 0, 0),
        shuffle,
        "",
        null);
  }
}
