package ru.flurai.catalog.product;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import ru.flurai.catalog.listing.CatalogueViews.CompositionItem;

class ProductJsonTest {

  @Test
  void photosAreStringsAtMostThree() {
    assertEquals(
        List.of("a", "b", "c"), ProductJson.photos("[\"a\", 5, \"\", \"b\", \"c\", \"d\"]"));
    assertEquals(List.of(), ProductJson.photos(null));
    assertEquals(List.of(), ProductJson.photos("{}"));
  }

  @Test
  void compositionQuantitiesAreNumbersOrNull() {
    assertEquals(
        List.of(
            new CompositionItem("Роза", new BigDecimal("15"), "шт."),
            new CompositionItem("Лента", new BigDecimal("1.5"), "м"),
            new CompositionItem("Упаковка", null, null),
            new CompositionItem("Зелень", null, null)),
        ProductJson.composition(
            "[{\"name\":\"Роза\",\"qty\":15,\"unit\":\"шт.\"},"
                + "{\"name\":\"Лента\",\"qty\":\"1,5\",\"unit\":\"м\"},{\"name\":\"Упаковка\"},"
                + "{\"name\":\"Зелень\",\"qty\":\"много\",\"unit\":7},{\"qty\":1}]"));
    assertNull(ProductJson.composition(null));
  }
}
