package ru.flurai.it.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.flurai.it.Stack.api;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ru.flurai.catalog.listing.ListingSql;
import ru.flurai.catalog.listing.NativeSql;
import ru.flurai.it.ServerTest;
import ru.flurai.it.ShopRows;
import ru.flurai.it.Stack;

/**
 * Stock-sensitive numbers are cached for seconds only (PRODUCT.md §5): a change made behind the
 * service's back (here: SQL, as a reservation or a sale would) shows in the list and on the shop
 * page within a few seconds, without any invalidation. Bounded waits, not timing assertions.
 */
public class CatalogueFreshnessIT extends ServerTest {
  public static final long FEW_SECONDS = 8_000;

  public static List<Integer> listed(String tag, String field) {
    return api()
        .queryParam("search", tag)
        .get("/public/sellers")
        .then()
        .statusCode(200)
        .extract()
        .path("sellers." + field);
  }

  @Test
  public void stockChangesReachListAndShopPageWithinSeconds() {
    String tag = ShopRows.tag("fresh");
    long shop = ShopRows.shop("Свежесть " + tag, "");
    long product = ShopRows.product(shop, "500", 5, 0);
    // written behind the service's back, so the list shows it within seconds too
    Stack.eventually(FEW_SECONDS, () -> assertEquals(List.of(1), listed(tag, "product_count")));
    assertEquals(
        5,
        (int) api().get("/public/sellers/" + shop).then().extract().path("products[0].quantity"));

    ShopRows.updateProduct(product, "reserved_quantity = 3");
    ShopRows.product(shop, "900", 2, 0);
    Stack.eventually(FEW_SECONDS, () -> assertEquals(List.of(2), listed(tag, "product_count")));
    Stack.eventually(
        FEW_SECONDS,
        () ->
            assertEquals(
                List.of(2, 2),
                api().get("/public/sellers/" + shop).then().extract().path("products.quantity")));
  }

  @Test
  public void aShopWhoseStockIsAllReservedLeavesTheListWithinSeconds() {
    String tag = ShopRows.tag("soldout");
    long shop = ShopRows.shop("Распродажа " + tag, "");
    long product = ShopRows.product(shop, "500", 2, 0);
    Stack.eventually(FEW_SECONDS, () -> assertEquals(1, listed(tag, "seller_id").size()));
    ShopRows.updateProduct(product, "reserved_quantity = 2");
    Stack.eventually(FEW_SECONDS, () -> assertTrue(listed(tag, "seller_id").isEmpty()));
    Stack.eventually(
        FEW_SECONDS,
        () ->
            assertEquals(
                0,
                (int)
                    api()
                        .get("/public/sellers/" + shop)
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("products.size()")));
  }

  @Test
  public void slotsFollowTodaysLimitsWithinSeconds() {
    long shop = ShopRows.listedShop("Лимиты", "", "500");
    assertEquals(
        30, (int) api().get("/public/sellers/" + shop).then().extract().path("available_slots"));
    ShopRows.updateShop(
        shop, "max_orders = 0, daily_limit_date = ?::date", ShopRows.today().date().toString());
    // the shop itself is cached for long; its slots are not
    Stack.eventually(
        FEW_SECONDS,
        () ->
            assertEquals(
                0,
                (int)
                    api()
                        .get("/public/sellers/" + shop + "/availability")
                        .then()
                        .extract()
                        .path("delivery_limit")));
  }

  /**
   * A listed shop's page stays cached while the list snapshot says its products are unchanged, so
   * the snapshot must describe them exactly as the page shows them ({@code ListedShop.stockOf}):
   * "id:available:price" by id, listable and preorder products, nothing sold out or inactive.
   */
  @Test
  public void theListSnapshotDescribesTheProductsAShopPageShows() throws Exception {
    long shop = ShopRows.shop("Склад", "");
    long second = ShopRows.product(shop, "990.50", 4, 1);
    long first = ShopRows.product(shop, "1500", 3, 0);
    ShopRows.product(shop, "100", 2, 2); // all reserved: not on the page
    long preorder = ShopRows.product(shop, "5000", 0, 0);
    ShopRows.updateProduct(preorder, "is_preorder = true");
    long hidden = ShopRows.product(shop, "700", 9, 0);
    ShopRows.updateProduct(hidden, "is_active = false");
    List<Long> ids = new ArrayList<>(List.of(first, second, preorder));
    ids.sort(null);
    Map<Long, String> shown =
        Map.of(
            first,
            first + ":3:1500.00",
            second,
            second + ":3:990.50",
            preorder,
            preorder + ":0:5000.00");
    String expected = String.join(",", ids.stream().map(shown::get).toList());
    NativeSql.Jdbc jdbc = ListingSql.listable(ShopRows.today()).jdbc();
    try (Connection c = Stack.db();
        PreparedStatement q =
            c.prepareStatement(
                "select stock from (" + jdbc.text() + ") x where seller_id = " + shop)) {
      for (int i = 0; i < jdbc.values().size(); i++) {
        q.setObject(i + 1, jdbc.values().get(i));
      }
      try (ResultSet rs = q.executeQuery()) {
        assertTrue(rs.next());
        assertEquals(expected, rs.getString(1));
      }
    }
    Stack.eventually(
        FEW_SECONDS,
        () ->
            assertEquals(
                List.of(3, 3),
                api().get("/public/sellers/" + shop).then().extract().path("products.quantity")));
  }
}
