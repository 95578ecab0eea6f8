package ru.flurai.it.seller;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import ru.flurai.it.Fixtures;
import ru.flurai.it.SellerSession;
import ru.flurai.it.ServerTest;
import ru.flurai.it.UploadImages;

/**
 * Seller A never sees or changes seller B's products or settings, and a refused call changes
 * nothing.
 */
public class SellerIsolationIT extends ServerTest {
  public static String snapshot(long productId) {
    return String.valueOf(
        SellerSession.one(
            "select concat_ws('|', seller_id, name, price, quantity, is_active, "
                + "photo_ids::text, updated_at) from products where id = ?",
            productId));
  }

  public static String settings(long sellerId) {
    return String.valueOf(
        SellerSession.one(
            "select concat_ws('|', shop_name, description, banner_url, "
                + "max_delivery_orders, max_pickup_orders, max_orders, daily_limit_date, weekly_schedule::text, "
                + "working_hours::text, updated_at) from sellers where seller_id = ?",
            sellerId));
  }

  @Test
  public void anotherSellersProductIsNotFoundAndUnchanged() {
    SellerSession a = SellerSession.open();
    SellerSession b = SellerSession.open();
    long id = SellerProductsIT.create(b, SellerProductsIT.body(b, ""));
    String before = snapshot(id);
    a.api().get("/seller-web/products").then().statusCode(200).body("", hasSize(0));
    a.api()
        .body("{\"name\":\"Чужое\",\"price\":1,\"is_active\":false}")
        .put("/seller-web/products/" + id)
        .then()
        .statusCode(404)
        .body("detail", equalTo("Товар не найден"));
    a.api()
        .delete("/seller-web/products/" + id)
        .then()
        .statusCode(404)
        .body("detail", equalTo("Товар не найден"));
    // a product id that does not exist at all looks exactly the same
    a.api()
        .delete("/seller-web/products/999999999999")
        .then()
        .statusCode(404)
        .body("detail", equalTo("Товар не найден"));
    a.api()
        .body("{}")
        .put("/seller-web/products/99999999999999999999999")
        .then()
        .statusCode(404)
        .body("detail", equalTo("Товар не найден"));
    assertEquals(before, snapshot(id));
    b.api()
        .get("/seller-web/products")
        .then()
        .body("", hasSize(1))
        .body("[0].name", equalTo("Розы"));
  }

  @Test
  public void aSellerCannotCreateForOrChangeAnotherShop() {
    SellerSession a = SellerSession.open();
    SellerSession b = SellerSession.open();
    String before = settings(b.id());
    a.api().body(SellerProductsIT.body(b, "")).post("/seller-web/products").then().statusCode(403);
    assertEquals(
        0,
        Fixtures.count("select count(*) from products where seller_id in (?, ?)", a.id(), b.id()));
    // everything a seller can change is its own: A's edits land on A only
    a.api()
        .body("{\"shop_name\":\"Магазин А\",\"seller_id\":" + b.id() + "}")
        .put("/seller-web/me")
        .then()
        .statusCode(200)
        .body("seller_id", equalTo(a.id()))
        .body("shop_name", equalTo("Магазин А"));
    a.api().post("/seller-web/close-for-today").then().statusCode(200);
    a.api()
        .put("/seller-web/limits?max_delivery_orders=1&max_pickup_orders=1&seller_id=" + b.id())
        .then()
        .statusCode(200);
    a.api()
        .body("{\"schedule\":{\"0\":{\"delivery\":1,\"pickup\":1}}}")
        .put("/seller-web/weekly-schedule")
        .then()
        .statusCode(200);
    a.upload()
        .multiPart("file", "b.jpg", UploadImages.jpeg(300, 100), "image/jpeg")
        .post("/seller-web/upload-banner")
        .then()
        .statusCode(200);
    assertEquals(before, settings(b.id()));
    b.api()
        .get("/seller-web/me")
        .then()
        .body("shop_name", equalTo("My Shop"))
        .body("max_orders", equalTo(30))
        .body("banner_url", equalTo(null));
  }
}
