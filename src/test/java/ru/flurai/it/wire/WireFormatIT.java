package ru.flurai.it.wire;

import static ru.flurai.it.Stack.api;

import io.restassured.specification.RequestSpecification;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import ru.flurai.it.AdminApi;
import ru.flurai.it.Fixtures;
import ru.flurai.it.ServerTest;
import ru.flurai.it.ShopRows;

/**
 * The main flows of the three clients, recorded and compared with the committed recording byte for
 * byte (after placeholders for ids, times, tokens and this run's names): the admin creates a
 * seller, the seller sets up the shop and products, a buyer finds it, fills a cart and checks out,
 * the seller moves the order to the end, and the usual refusals on the way. A refactoring that
 * changes a field name, a type, an order of keys or an error text fails here.
 */
public class WireFormatIT extends ServerTest {
  @Test
  public void adminSellerBuyerFlowKeepsItsWireFormat() throws Exception {
    String tag = ShopRows.tag("W");
    long tg = Fixtures.newTelegramId();
    long buyerTg = Fixtures.newTelegramId();
    WireRecorder w =
        new WireRecorder("main-flow").name(tag, "tag").name(tg, "seller").name(buyerTg, "buyer");

    long city =
        ShopRows.insertId("insert into cities (name) values (?) returning id", tag + "-город");
    long district =
        ShopRows.insertId(
            "insert into districts (city_id, name) values (?, ?) returning id",
            city,
            tag + "-район");
    ShopRows.insertId(
        "insert into metro_stations (name, district_id, line_color) values (?, ?, '#FF0000')"
            + " returning id",
        tag + "-станция",
        district);

    // Directories
    w.record("GET /public/districts/{city}", api().get("/public/districts/" + city));
    w.record(
        "GET /public/metro/search?q={tag}", api().queryParam("q", tag).get("/public/metro/search"));
    w.record("GET /admin/districts/{city}", AdminApi.admin().get("/admin/districts/" + city));

    // The admin creates the seller
    Map<String, Object> seller = new LinkedHashMap<>();
    seller.put("tg_id", tg);
    seller.put("fio", "Продавец " + tag);
    seller.put("phone", "79990001122");
    seller.put("shop_name", "Магазин " + tag);
    seller.put("description", "Букеты");
    seller.put("delivery_type", "both");
    seller.put("city_id", city);
    seller.put("district_id", district);
    var created =
        w.record(
            "POST /admin/create_seller",
            AdminApi.admin().body(seller).post("/admin/create_seller"));
    w.record(
        "POST /admin/create_seller (again)",
        AdminApi.admin().body(seller).post("/admin/create_seller"));
    w.record(
        "GET /admin/sellers/search?fio={tag}",
        AdminApi.admin().queryParam("fio", tag).get("/admin/sellers/search"));
    w.record(
        "PUT /admin/sellers/{seller}/update (unknown field)",
        AdminApi.admin()
            .body(Map.of("field", "nope", "value", "1"))
            .put("/admin/sellers/" + tg + "/update"));
    w.record(
        "PUT /admin/sellers/{seller}/set_limit?max_orders=2000",
        AdminApi.admin().queryParam("max_orders", 2000).put("/admin/sellers/" + tg + "/set_limit"));

    // The seller logs in and sets up the shop
    var login =
        w.record(
            "POST /seller-web/login",
            AdminApi.sellerLogin(created.path("web_login"), created.path("web_password")));
    String token = login.path("token");
    Supplier<RequestSpecification> seller1 =
        () -> api().header("X-Seller-Token", token).contentType("application/json");
    w.record("GET /seller-web/me", seller1.get().get("/seller-web/me"));
    w.record(
        "PUT /seller-web/me",
        seller1
            .get()
            .body(Map.of("shop_name", "Магазин " + tag, "delivery_price", 250))
            .put("/seller-web/me"));
    w.record(
        "PUT /seller-web/working-hours (bad)",
        seller1
            .get()
            .body(Map.of("working_hours", Map.of("1", Map.of("open", "25:00", "close", "20:00"))))
            .put("/seller-web/working-hours"));
    w.record(
        "PUT /seller-web/limits",
        seller1
            .get()
            .queryParam("max_delivery_orders", 5)
            .queryParam("max_pickup_orders", 5)
            .put("/seller-web/limits"));
    w.record(
        "POST /seller-web/delivery-zones",
        seller1
            .get()
            .body(Map.of("name", "Центр", "district_ids", List.of(district), "delivery_price", 0))
            .post("/seller-web/delivery-zones"));
    w.record(
        "POST /seller-web/products (bad price)",
        seller1
            .get()
            .body(
                Map.of(
                    "seller_id",
                    tg,
                    "name",
                    "Ноль",
                    "description",
                    "",
                    "price",
                    0,
                    "quantity",
                    1,
                    "is_preorder",
                    false))
            .post("/seller-web/products"));
    Map<String, Object> product = new LinkedHashMap<>();
    product.put("seller_id", tg);
    product.put("name", "Розы " + tag);
    product.put("description", "51 роза");
    product.put("price", 4500);
    product.put("quantity", 3);
    product.put("is_preorder", false);
    product.put("composition", List.of(Map.of("name", "Роза", "qty", 51, "unit", "шт.")));
    var made =
        w.record(
            "POST /seller-web/products", seller1.get().body(product).post("/seller-web/products"));
    long productId = ((Number) made.path("id")).longValue();
    w.record(
        "GET /seller-web/products?preorder=false",
        seller1.get().queryParam("preorder", false).get("/seller-web/products"));

    // A buyer finds the shop and checks out
    Supplier<RequestSpecification> buyer =
        () ->
            api()
                .header("X-Telegram-Init-Data", Fixtures.initData(buyerTg))
                .contentType("application/json");
    w.record(
        "GET /public/sellers?city_id={city}",
        api().queryParam("city_id", city).get("/public/sellers"));
    w.record("GET /public/sellers/{seller}", api().get("/public/sellers/" + tg));
    w.record("GET /buyers/me", buyer.get().get("/buyers/me"));
    w.record(
        "POST /buyers/me/cart/items (more than the stock)",
        buyer
            .get()
            .body(Map.of("product_id", productId, "quantity", 9))
            .post("/buyers/me/cart/items"));
    w.record(
        "POST /buyers/me/cart/items (again, none left)",
        buyer
            .get()
            .body(Map.of("product_id", productId, "quantity", 1))
            .post("/buyers/me/cart/items"));
    w.record(
        "PUT /buyers/me/cart/items/{product}",
        buyer.get().body(Map.of("quantity", 2)).put("/buyers/me/cart/items/" + productId));
    w.record("GET /buyers/me/cart", buyer.get().get("/buyers/me/cart"));
    w.record(
        "POST /buyers/me/cart/checkout (no phone)",
        buyer
            .get()
            .body(Map.of("fio", "Анна", "delivery_type", "pickup"))
            .post("/buyers/me/cart/checkout"));
    var placed =
        w.record(
            "POST /buyers/me/cart/checkout",
            buyer
                .get()
                .body(
                    Map.of(
                        "fio",
                        "Анна",
                        "phone",
                        "79161234567",
                        "delivery_type",
                        "delivery",
                        "address",
                        "Тверская, 1",
                        "comment",
                        "Позвонить",
                        "buyer_district_id",
                        district))
                .post("/buyers/me/cart/checkout"));
    long orderId = ((Number) placed.path("orders[0].order_id")).longValue();
    w.record("GET /buyers/me/orders", buyer.get().get("/buyers/me/orders"));

    // The seller moves the order to the end; the buyer confirms
    w.record("GET /seller-web/orders", seller1.get().get("/seller-web/orders"));
    w.record("GET /seller-web/orders/{order}", seller1.get().get("/seller-web/orders/" + orderId));
    w.record(
        "POST /seller-web/orders/{order}/accept",
        seller1.get().post("/seller-web/orders/" + orderId + "/accept"));
    w.record(
        "POST /seller-web/orders/{order}/accept (again)",
        seller1.get().post("/seller-web/orders/" + orderId + "/accept"));
    for (String status : List.of("assembling", "in_transit", "done")) {
      w.record(
          "PUT /seller-web/orders/{order}/status?status=" + status,
          seller1
              .get()
              .queryParam("status", status)
              .put("/seller-web/orders/" + orderId + "/status"));
    }
    w.record(
        "POST /buyers/me/orders/{order}/confirm",
        buyer.get().post("/buyers/me/orders/" + orderId + "/confirm"));
    w.record("GET /buyers/me/orders (after)", buyer.get().get("/buyers/me/orders"));
    w.record("GET /seller-web/orders/999999999", seller1.get().get("/seller-web/orders/999999999"));
    w.record("GET /seller-web/me (no token)", api().get("/seller-web/me"));
    w.record("GET /public/sellers/{seller} (after)", api().get("/public/sellers/" + tg));
    w.verify();
  }
}
