package ru.flurai.it.seller;

import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.flurai.it.Stack.api;

import io.restassured.specification.RequestSpecification;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.hamcrest.Matchers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.owasp.html.Encoding;
import ru.flurai.it.AdminApi;
import ru.flurai.it.Fixtures;
import ru.flurai.it.SellerSession;
import ru.flurai.it.ServerTest;
import ru.flurai.it.ShopRows;
import ru.flurai.it.Stack;
import ru.flurai.it.ordering.CartIT;

/**
 * Hostile text through every stored text field of the product (PRODUCT.md: no stored text contains
 * a tag in any form): each payload goes into the shop fields, a product and its composition, the
 * buyer's profile and an order, then every endpoint that serves them and the rows themselves are
 * searched for anything that is, or decodes to, the start of a tag.
 */
public class StoredTextIT extends ServerTest {
  /** What an HTML parser would take as the start of a tag, a comment or a declaration. */
  private static final Pattern TAG_START = Pattern.compile("<[A-Za-z/!?]");

  /** Characters a browser would not show, which must not hide a tag from this check either. */
  private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cf}\\p{Cc}&&[^\\n\\t]]");

  public static Stream<Arguments> payloads() {
    return Stream.of(
        Arguments.of("raw", "<img src=x onerror=alert(1)>", true),
        Arguments.of("entity-encoded", "&lt;img src=x onerror=alert(1)&gt;", true),
        Arguments.of(
            "double-encoded", "&amp;lt;script&amp;gt;alert(1)&amp;lt;/script&amp;gt;", true),
        Arguments.of("numeric", "&#60;script&#62;alert(1)&#60;/script&#62;", true),
        Arguments.of("hex without semicolons", "&#x3c;svg onload=alert(1)&#x3e", true),
        Arguments.of("mixed case", "<ScRiPt>alert(1)</sCrIpT>", true),
        // an unclosed tag swallows the rest of the text, as it would in a browser: only the words
        // before it stay
        Arguments.of("unclosed", "<img src=x onerror=alert(1)", false),
        Arguments.of("zero-width inside", "<\u200Bimg src=x onerror=alert(1)>", true),
        Arguments.of(
            "encoded zero-width inside", "&lt;&#x200B;img src=x onerror=alert(1)&gt;", true),
        Arguments.of("comment", "<!--x--><svg/onload=alert(1)>", true));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("payloads")
  public void noStoredOrServedTextCarriesATag(String kind, String payload, boolean closed)
      throws Exception {
    String text = "Розы " + payload + " конец";
    SellerSession seller = SellerSession.open();
    ShopRows.deliversInMoscow(seller.id(), "0");
    long arbat = AdminApi.id("select id from districts where city_id = 1 and name = 'Арбат'");
    String tag = ShopRows.tag("stx");

    // the shop: every text field PUT /seller-web/me accepts
    Map<String, Object> shop = new LinkedHashMap<>();
    shop.put("shop_name", text);
    shop.put("description", text + "\n" + payload);
    shop.put("hashtags", "#" + tag + " " + payload);
    shop.put("address_name", text);
    shop.put("yookassa_account_id", text);
    seller.api().body(shop).put("/seller-web/me").then().statusCode(200);
    // fields with a fixed vocabulary or a link shape refuse the payload and keep what they had
    seller
        .api()
        .body(Map.of("delivery_type", payload))
        .put("/seller-web/me")
        .then()
        .statusCode(400);
    seller.api().body(Map.of("map_url", payload)).put("/seller-web/me").then().statusCode(400);
    String link = "https://yandex.ru/maps/?text=" + payload.replace(" ", "%20");
    seller
        .api()
        .body(Map.of("map_url", link))
        .put("/seller-web/me")
        .then()
        .statusCode(400)
        .body(
            "detail", Matchers.equalTo("Ссылка на карту должна начинаться с http:// или https://"));
    seller
        .api()
        .body(Map.of("map_url", "https://yandex.ru/maps/?ll=37.6,55.7&z=16&param=1"))
        .put("/seller-web/me")
        .then()
        .statusCode(200);

    // a product, created and then updated, with a composition
    long product =
        ((Number)
                seller
                    .api()
                    .body(product(seller, text, payload))
                    .post("/seller-web/products")
                    .then()
                    .statusCode(200)
                    .extract()
                    .path("id"))
            .longValue();
    seller
        .api()
        .body(product(seller, text + " 2", payload))
        .put("/seller-web/products/" + product)
        .then()
        .statusCode(200);

    // a buyer's profile and order
    long buyer = Fixtures.newTelegramId();
    buyer(buyer).body(Map.of("fio", text)).put("/buyers/me").then().statusCode(200);
    buyer(buyer)
        .body(Map.of("product_id", product, "quantity", 1))
        .post("/buyers/me/cart/items")
        .then()
        .statusCode(200);
    long order =
        ((Number)
                buyer(buyer)
                    .body(
                        Map.of(
                            "fio",
                            text,
                            "phone",
                            "79161234567",
                            "delivery_type",
                            "Доставка",
                            "address",
                            text,
                            "comment",
                            text + "\n" + payload,
                            "buyer_district_id",
                            arbat))
                    .post("/buyers/me/cart/checkout")
                    .then()
                    .statusCode(200)
                    .extract()
                    .path("orders[0].order_id"))
            .longValue();

    List<String> checked = new ArrayList<>();
    // public
    checked.addAll(
        served(
            "GET /public/sellers/{id}",
            api()
                .get("/public/sellers/" + seller.id())
                .then()
                .statusCode(200)
                .extract()
                .asString()));
    String list =
        api()
            .queryParam("search", tag)
            .get("/public/sellers")
            .then()
            .statusCode(200)
            .body("sellers.seller_id", hasItem(seller.id()))
            .extract()
            .asString();
    checked.addAll(served("GET /public/sellers", list));
    // the seller panel
    checked.addAll(
        served(
            "GET /seller-web/me",
            seller.api().get("/seller-web/me").then().statusCode(200).extract().asString()));
    checked.addAll(
        served(
            "GET /seller-web/products",
            seller.api().get("/seller-web/products").then().statusCode(200).extract().asString()));
    checked.addAll(
        served(
            "GET /seller-web/orders",
            seller.api().get("/seller-web/orders").then().statusCode(200).extract().asString()));
    checked.addAll(
        served(
            "GET /seller-web/orders/{id}",
            seller
                .api()
                .get("/seller-web/orders/" + order)
                .then()
                .statusCode(200)
                .extract()
                .asString()));
    // the buyer
    checked.addAll(
        served(
            "GET /buyers/me",
            buyer(buyer).get("/buyers/me").then().statusCode(200).extract().asString()));
    checked.addAll(
        served(
            "GET /buyers/me/orders",
            buyer(buyer).get("/buyers/me/orders").then().statusCode(200).extract().asString()));
    // the rows themselves, every column
    checked.addAll(
        rows(
            "sellers", "select to_jsonb(s)::text from sellers s where seller_id = ?", seller.id()));
    checked.addAll(
        rows(
            "products",
            "select to_jsonb(p)::text from products p where seller_id = ?",
            seller.id()));
    checked.addAll(rows("orders", "select to_jsonb(o)::text from orders o where id = ?", order));
    checked.addAll(
        rows(
            "order_items",
            "select to_jsonb(i)::text from order_items i where order_id = ?",
            order));
    checked.addAll(rows("users", "select to_jsonb(u)::text from users u where tg_id = ?", buyer));

    // the words around the payload survive in every field that was written, so nothing passed by
    // being dropped
    String kept = closed ? "конец" : "Розы";
    for (String field :
        new String[] {
          "GET /public/sellers/{id}.shop_name",
          "GET /public/sellers/{id}.description",
          "GET /public/sellers/{id}.address_name",
          "GET /public/sellers/{id}.products[0].name",
          "GET /public/sellers/{id}.products[0].description",
          "GET /public/sellers/{id}.products[0].composition[0].name",
          "GET /public/sellers.sellers[0].shop_name",
          "GET /seller-web/me.shop_name",
          "GET /seller-web/me.description",
          "GET /seller-web/me.address_name",
          "GET /seller-web/me.yookassa_account_id",
          "GET /seller-web/products[0].name",
          "GET /seller-web/products[0].description",
          "GET /seller-web/products[0].composition[0].name",
          "GET /seller-web/orders[0].items_info",
          "GET /seller-web/orders[0].buyer_fio",
          "GET /seller-web/orders[0].address",
          "GET /seller-web/orders/{id}.items_info",
          "GET /buyers/me.fio",
          "GET /buyers/me/orders[0].items_info",
          "GET /buyers/me/orders[0].address",
          "GET /buyers/me/orders[0].shop_name",
          "sellers.shop_name",
          "sellers.description",
          "products.name",
          "orders.address",
          "orders.buyer_fio",
          "orders.comment",
          "order_items.name"
        }) {
      assertTrue(
          checked.stream().anyMatch(c -> c.startsWith(field + " = ") && c.contains(kept)),
          kind + ": " + field + " lost its text or is not served; checked: " + checked);
    }
  }

  public static String product(SellerSession seller, String name, String payload) {
    JsonObject body =
        Json.createObjectBuilder()
            .add("seller_id", seller.id())
            .add("name", name)
            .add("description", name + "\n" + payload)
            .add("price", 1500)
            .add("quantity", 3)
            .add("is_preorder", false)
            .add(
                "composition",
                Json.createArrayBuilder()
                    .add(
                        Json.createObjectBuilder()
                            .add("name", name)
                            .add("qty", 5)
                            .add("unit", "шт."))
                    .add(
                        Json.createObjectBuilder()
                            .add("name", payload)
                            .add("qty", 1)
                            .add("unit", payload)))
            .build();
    return body.toString();
  }

  public static RequestSpecification buyer(long id) {
    return CartIT.buyer(id);
  }

  /**
   * Asserts every string in the JSON body; returns "where.path = value" for each, for the coverage
   * check.
   */
  public static List<String> served(String where, String json) {
    JsonValue body;
    try (var r = Json.createReader(new StringReader(json))) {
      body = r.readValue();
    }
    List<String> strings = new ArrayList<>();
    walk(where, body, strings);
    return strings;
  }

  public static List<String> rows(String table, String sql, long id) throws Exception {
    List<String> strings = new ArrayList<>();
    try (var c = Stack.db();
        PreparedStatement s = c.prepareStatement(sql)) {
      s.setLong(1, id);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          strings.addAll(served(table, rs.getString(1)));
        }
      }
    }
    assertFalse(strings.isEmpty(), table + " has no row for " + id);
    return strings;
  }

  private static void walk(String path, JsonValue value, List<String> out) {
    switch (value.getValueType()) {
      case OBJECT -> value.asJsonObject().forEach((k, v) -> walk(path + "." + k, v, out));
      case ARRAY -> {
        JsonArray a = value.asJsonArray();
        for (int i = 0; i < a.size(); i++) {
          walk(path + "[" + i + "]", a.get(i), out);
        }
      }
      case STRING -> {
        String s = ((JsonString) value).getString();
        assertNoTag(path, s);
        out.add(path + " = " + s);
      }
      default -> {}
    }
  }

  /**
   * No tag start in the text, nor in what it decodes to however often it is decoded (a page that
   * decodes {@code &lt;img&gt;} once more must still find no tag), with invisible characters taken
   * out first.
   */
  public static void assertNoTag(String where, String text) {
    String s = text;
    for (int round = 0; round < 8; round++) {
      String visible = INVISIBLE.matcher(s).replaceAll("");
      assertFalse(
          TAG_START.matcher(visible).find(),
          where + " carries a tag after " + round + " decodings: " + text);
      String decoded = Encoding.decodeHtml(visible, false);
      if (decoded.equals(visible)) {
        return;
      }
      s = decoded;
    }
    assertEquals(
        s, Encoding.decodeHtml(s, false), where + " still decodes after 8 rounds: " + text);
  }
}
