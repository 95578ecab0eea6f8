package ru.flurai.it.catalog;

import static org.hamcrest.Matchers.equalTo;
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
 * once: the ShopChanged event evicts the shop's entries (and the list pages) after commit, on every
 * instance through Redis.
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
        .header("X-Admin-Token", Fixtures.adminToken())
        .put("/admin/sellers/" + seller.id() + "/block?is_blocked=true")
        .then()
        .statusCode(200);
    api().get("/public/sellers/" + seller.id()).then().statusCode(403);
    api().queryParam("search", tag).get("/public/sellers").then().body("total", equalTo(0));
  }
}
