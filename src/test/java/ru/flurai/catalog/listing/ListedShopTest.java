package ru.flurai.catalog.listing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import ru.flurai.catalog.listing.CatalogueViews.ProductView;

class ListedShopTest {
  @Test
  void stockIsIdAvailableAndPriceByIdAsTheListStatementWritesIt() {
    // the same literal as CatalogueFreshnessIT.theListSnapshotDescribesTheProductsAShopPageShows
    // expects from ListingSql.STOCK
    assertEquals(
        "7:3:990.50,12:0:5000.00,30:3:1500.00",
        ListedShop.stockOf(
            List.of(
                product(30, 3, "1500.00"), product(7, 3, "990.50"), product(12, 0, "5000.00"))));
    assertEquals("", ListedShop.stockOf(List.of()));
  }

  private static ProductView product(long id, int available, String price) {
    return new ProductView(
        id, "Букет", null, new BigDecimal(price), null, List.of(), available, false, List.of());
  }
}
