package ru.flurai.it.seller;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.flurai.it.JsonShape.ARRAY;
import static ru.flurai.it.JsonShape.BOOL;
import static ru.flurai.it.JsonShape.INT;
import static ru.flurai.it.JsonShape.INT_OR_NULL;
import static ru.flurai.it.JsonShape.STR;
import static ru.flurai.it.JsonShape.STR_OR_NULL;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue.ValueType;
import java.util.List;
import org.junit.jupiter.api.Test;
import ru.flurai.it.Fixtures;
import ru.flurai.it.JsonShape;
import ru.flurai.it.SellerSession;
import ru.flurai.it.ServerTest;

/** /seller-web/products: shape, rules, partial updates and deletion (API.md §6). */
public class SellerProductsIT extends ServerTest {
  public static final String P1 = "/static/uploads/products/" + "a".repeat(64) + ".jpg";
  public static final String P2 = "/static/uploads/products/" + "b".repeat(64) + ".jpg";
  public static final String P3 = "/static/uploads/products/" + "c".repeat(64) + ".png";
  public static final String P4 = "/static/uploads/products/" + "d".repeat(64) + ".jpg";

  public static long create(SellerSession s, String json) {
    return ((Number)
            s.api()
                .body(json)
                .post("/seller-web/products")
                .then()
                .statusCode(200)
                .extract()
                .path("id"))
        .longValue();
  }

  public static String body(SellerSession s, String extra) {
    return "{\"seller_id\":"
        + s.id()
        + ",\"name\":\"Розы\",\"description\":\"\",\"price\":1500.5,"
        + "\"quantity\":3,\"is_preorder\":false"
        + extra
        + "}";
  }

  @Test
  public void createdProductHasThePanelShape() {
    SellerSession s = SellerSession.open();
    long id =
        create(
            s,
            body(
                s,
                ",\"photo_ids\":[\""
                    + P1
                    + "\",\""
                    + P2
                    + "\",\""
                    + P3
                    + "\",\""
                    + P4
                    + "\"],"
                    + "\"composition\":[{\"name\":\"Роза\",\"qty\":\"5\",\"unit\":\"шт.\"},{\"name\":\"Лента\",\"qty\":1.5,"
                    + "\"unit\":\"метр\"},{\"name\":\"Упаковка\",\"qty\":\"много\"},{\"name\":\"  \"}],\"cost_price\":700,"
                    + "\"markup_percent\":50"));
    String raw =
        s.api()
            .get("/seller-web/products?preorder=false")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    JsonObject p = JsonShape.array(raw).getJsonObject(0);
    JsonShape.fields(p, INT, "id", "seller_id", "quantity");
    JsonShape.fields(p, STR, "name");
    JsonShape.fields(p, STR_OR_NULL, "description", "photo_id");
    JsonShape.fields(p, BOOL, "is_active", "is_preorder");
    JsonShape.fields(p, ARRAY, "photo_ids", "composition", "stock_shortage");
    JsonShape.fields(p, INT_OR_NULL, "bouquet_id");
    JsonShape.field(p, "price", ValueType.NUMBER);
    JsonShape.field(p, "cost_price", ValueType.NUMBER, ValueType.NULL);
    JsonShape.field(p, "markup_percent", ValueType.NUMBER, ValueType.NULL);
    assertEquals(id, p.getJsonNumber("id").longValue());
    assertEquals(1500.5, p.getJsonNumber("price").doubleValue());
    // at most three photos, extras dropped; photo_id is the first
    assertEquals(
        List.of(P1, P2, P3),
        p.getJsonArray("photo_ids").getValuesAs(JsonString.class).stream()
            .map(JsonString::getString)
            .toList());
    assertEquals(P1, p.getString("photo_id"));
    // composition: qty is a number or null, never a string; unknown units become null; nameless
    // items dropped
    var composition = p.getJsonArray("composition");
    assertEquals(3, composition.size());
    assertEquals(5, composition.getJsonObject(0).getJsonNumber("qty").intValue());
    assertEquals("шт.", composition.getJsonObject(0).getString("unit"));
    assertEquals(1.5, composition.getJsonObject(1).getJsonNumber("qty").doubleValue());
    assertTrue(composition.getJsonObject(1).isNull("unit"));
    assertTrue(composition.getJsonObject(2).isNull("qty"));
    assertEquals("[]", p.getJsonArray("stock_shortage").toString());
  }

  @Test
  public void rulesAreReadable400sAndCreateNothing() {
    SellerSession s = SellerSession.open();
    s.api()
        .body(body(s, "").replace("1500.5", "0"))
        .post("/seller-web/products")
        .then()
        .statusCode(400)
        .body("detail", equalTo("Цена должна быть больше 0"));
    s.api()
        .body(body(s, "").replace("1500.5", "-5"))
        .post("/seller-web/products")
        .then()
        .statusCode(400);
    s.api()
        .body(body(s, "").replace("\"quantity\":3", "\"quantity\":-1"))
        .post("/seller-web/products")
        .then()
        .statusCode(400)
        .body("detail", equalTo("Количество не может быть отрицательным"));
    s.api()
        .body(body(s, "").replace("\"Розы\"", "\"<b></b>\""))
        .post("/seller-web/products")
        .then()
        .statusCode(400)
        .body("detail", equalTo("Название товара не может быть пустым"));
    s.api()
        .body(body(s, ",\"photo_ids\":[\"/static/uploads/products/../../x.jpg\"]"))
        .post("/seller-web/products")
        .then()
        .statusCode(400);
    s.api()
        .body(body(s, ",\"composition\":{\"name\":\"x\"}"))
        .post("/seller-web/products")
        .then()
        .statusCode(400);
    s.api()
        .body(body(s, "").replace("\"price\":1500.5", "\"price\":\"дорого\""))
        .post("/seller-web/products")
        .then()
        .statusCode(400)
        .body("detail", equalTo("Некорректное значение поля price"));
    // seller_id must be the caller's
    s.api()
        .body(body(s, "").replace("\"seller_id\":" + s.id(), "\"seller_id\":42"))
        .post("/seller-web/products")
        .then()
        .statusCode(403);
    assertEquals(0, Fixtures.count("select count(*) from products where seller_id = ?", s.id()));
  }

  @Test
  public void partialUpdatesToggleAndClear() {
    SellerSession s = SellerSession.open();
    long id =
        create(
            s,
            body(
                s,
                ",\"photo_ids\":[\""
                    + P1
                    + "\",\""
                    + P2
                    + "\"],"
                    + "\"composition\":[{\"name\":\"Роза\",\"qty\":5,\"unit\":\"шт.\"}]"));
    s.api()
        .body("{\"is_active\":false}")
        .put("/seller-web/products/" + id)
        .then()
        .statusCode(200)
        .body("is_active", equalTo(false))
        .body("name", equalTo("Розы"))
        .body("price", equalTo(1500.5f))
        .body("photo_ids", hasSize(2));
    s.api()
        .body(
            "{\"photo_ids\":[],\"composition\":[],\"price\":99,\"quantity\":0,\"description\":\"Новые\"}")
        .put("/seller-web/products/" + id)
        .then()
        .statusCode(200)
        .body("photo_ids", hasSize(0))
        .body("photo_id", nullValue())
        .body("composition", hasSize(0))
        .body("price", equalTo(99))
        .body("quantity", equalTo(0))
        .body("description", equalTo("Новые"));
    assertEquals("[]", SellerSession.one("select photo_ids::text from products where id = ?", id));
    s.api().body("{\"price\":0}").put("/seller-web/products/" + id).then().statusCode(400);
    s.api()
        .get("/seller-web/products?preorder=false")
        .then()
        .body("[0].price", equalTo(99.0f))
        .body("[0].is_active", equalTo(false));
  }

  @Test
  public void preorderFilterSelectsTheTab() {
    SellerSession s = SellerSession.open();
    create(s, body(s, ""));
    create(s, body(s, "").replace("\"is_preorder\":false", "\"is_preorder\":true"));
    s.api()
        .get("/seller-web/products?preorder=false")
        .then()
        .body("", hasSize(1))
        .body("[0].is_preorder", equalTo(false));
    s.api()
        .get("/seller-web/products?preorder=true")
        .then()
        .body("", hasSize(1))
        .body("[0].is_preorder", equalTo(true));
    s.api().get("/seller-web/products").then().body("", hasSize(2));
    s.api().get("/seller-web/products?preorder=maybe").then().statusCode(400);
  }

  @Test
  public void deleteAnswersDeletedAndTakesFavouritesWithIt() throws Exception {
    SellerSession s = SellerSession.open();
    long id = create(s, body(s, ""));
    long buyer = Fixtures.newTelegramId();
    SellerSession.exec("insert into users (tg_id) values (?)", buyer);
    SellerSession.exec(
        "insert into buyer_favorite_products (buyer_id, product_id) values (?, ?)", buyer, id);
    s.api()
        .delete("/seller-web/products/" + id)
        .then()
        .statusCode(200)
        .body("status", equalTo("deleted"));
    assertEquals(0, Fixtures.count("select count(*) from products where id = ?", id));
    assertEquals(
        0, Fixtures.count("select count(*) from buyer_favorite_products where product_id = ?", id));
    s.api()
        .delete("/seller-web/products/" + id)
        .then()
        .statusCode(404)
        .body("detail", equalTo("Товар не найден"));
  }

  @Test
  public void legacyPhotoIdIsAccepted() {
    SellerSession s = SellerSession.open();
    s.api()
        .body(body(s, ",\"photo_id\":\"" + P1 + "\""))
        .post("/seller-web/products")
        .then()
        .statusCode(200)
        .body("photo_id", equalTo(P1))
        .body("photo_ids", equalTo(List.of(P1)));
  }
}
