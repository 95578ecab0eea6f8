package ru.flurai.it.catalog;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static ru.flurai.it.Stack.api;

import java.util.Map;
import org.junit.jupiter.api.Test;
import ru.flurai.it.Fixtures;
import ru.flurai.it.ServerTest;
import ru.flurai.it.ShopRows;
import ru.flurai.it.Stack;
import ru.flurai.it.ordering.CheckoutIT;

/**
 * Writes through the seller panel, the admin API and checkout reach the cached public catalogue at
 * once: the ShopChanged event evicts the shop's entries after commit, on every instance through
 * Redis, and the list reads the changed shop again instead of reloading every shop.
 */
public class CatalogueInvalidationIT extends ServerTest {
  @Test
  public void sellerEditsAndOrdersShowAtOnce() throws Exception {
    var seller = Fixtures.seller();
    long product = ShopRows.product(seller.id(), "1500", 3, 0);
    String tag = ShopRows.tag("inv");
    ShopRows.updateShop(seller.id(), "hashtags = ?", tag);
    String token = Fixtures.sellerToken(seller);
    api()
        .get("/public/sellers/" + seller.id())
        .then()
        .statusCode(200)
        .body("shop_name", equalTo("My Shop"))
        .body("products[0].quantity", equalTo(3));
    // the product and hashtags were written with SQL, behind the service's back: seconds
    Stack.eventually(
        CatalogueFreshnessIT.FEW_SECONDS,
        () ->
            api()
                .queryParam("search", tag)
                .get("/public/sellers")
                .then()
                .statusCode(200)
                .body("total", equalTo(1)));
    api()
        .header("X-Seller-Token", token)
        .contentType("application/json")
        .body(Map.of("shop_name", "Новое имя"))
        .put("/seller-web/me")
        .then()
        .statusCode(200);
    api().get("/public/sellers/" + seller.id()).then().body("shop_name", equalTo("Новое имя"));
    api()
        .queryParam("search", tag)
        .get("/public/sellers")
        .then()
        .body("sellers[0].shop_name", equalTo("Новое имя"));

    long buyer = Fixtures.newTelegramId();
    CheckoutIT.add(buyer, product, 2);
    CheckoutIT.checkout(buyer, CheckoutIT.body("Самовывоз"), null).then().statusCode(200);
    api()
        .get("/public/sellers/" + seller.id())
        .then()
        .body("products[0].quantity", equalTo(1))
        .body("pickup_slots", equalTo(19));

    api()
        .queryParam("search", tag)
        .get("/public/sellers")
        .then()
        .body("sellers[0].pickup_slots", equalTo(19));

    api()
        .header("X-Admin-Token", Fixtures.adminToken())
        .put("/admin/sellers/" + seller.id() + "/block?is_blocked=true")
        .then()
        .statusCode(200);
    api().get("/public/sellers/" + seller.id()).then().statusCode(403);
    api().queryParam("search", tag).get("/public/sellers").then().body("total", equalTo(0));
  }

  /**
   * An order shows in the list at once, and the list snapshot (every shop) is not loaded again for
   * it: only the shop is read. The snapshot also reloads by age (every 2 s in this instance's near
   * cache), so on a slow machine one attempt can meet an age reload; before the change every
   * attempt loaded it.
   */
  @Test
  public void anOrderRereadsItsShopNotTheWholeList() throws Exception {
    var seller = Fixtures.seller();
    long product = ShopRows.product(seller.id(), "1500", 50, 0);
    String tag = ShopRows.tag("one");
    ShopRows.updateShop(seller.id(), "hashtags = ?", tag);
    Stack.eventually(
        CatalogueFreshnessIT.FEW_SECONDS,
        () ->
            api()
                .queryParam("search", tag)
                .get("/public/sellers")
                .then()
                .body("total", equalTo(1)));
    int withoutReload = 0;
    for (int attempt = 1; attempt <= 5 && withoutReload == 0; attempt++) {
      long buyer = Fixtures.newTelegramId();
      CheckoutIT.add(buyer, product, 1);
      api().queryParam("search", tag).get("/public/sellers").then().statusCode(200);
      double loads = listLoads();
      CheckoutIT.checkout(buyer, CheckoutIT.body("Самовывоз"), null).then().statusCode(200);
      api()
          .queryParam("search", tag)
          .get("/public/sellers")
          .then()
          .body("sellers[0].pickup_slots", equalTo(20 - attempt));
      if (listLoads() == loads) {
        withoutReload++;
      }
    }
    assertEquals(1, withoutReload, "every order loaded the whole list again");
  }

  /** Loads of the list snapshot: from the replica or the primary, or read back from Redis. */
  private static double listLoads() {
    return api()
        .get("/metrics")
        .then()
        .statusCode(200)
        .extract()
        .asString()
        .lines()
        .filter(
            l -> l.startsWith("cache_requests_total{") && l.contains("region=\"catalogue-list\""))
        .filter(l -> !l.contains("result=\"near\""))
        .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)))
        .sum();
  }
}
