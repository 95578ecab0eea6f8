package ru.flurai.it.admin;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.flurai.it.AdminApi.admin;
import static ru.flurai.it.Stack.api;

import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import ru.flurai.it.AdminApi;
import ru.flurai.it.Fixtures;
import ru.flurai.it.ServerTest;
import ru.flurai.it.Stack;
import ru.flurai.it.ordering.CartIT;
import ru.flurai.it.ordering.CheckoutIT;
import ru.flurai.it.ordering.OrdersIT;
import ru.flurai.platform.security.PasswordPolicy;

/**
 * Block, soft delete, restore, hard delete and credential resets end the seller's sessions at once
 * (PRODUCT.md §2, API.md §7). A seller call is {@code POST /seller-web/logout}: it needs a live
 * session and changes nothing else.
 */
public class AdminSellerStatusIT extends ServerTest {
  private static Response asSeller(String token) {
    return api()
        .header("X-Seller-Token", token)
        .contentType("application/json")
        .post("/seller-web/logout");
  }

  private static Response refresh(String refreshToken) {
    return Fixtures.from(Fixtures.freshIp())
        .body(Map.of("refresh_token", refreshToken))
        .post("/auth/refresh");
  }

  @Test
  public void blockingEndsSessionsAtOnceAndUnblockingLetsTheSellerBackIn() {
    var s = AdminApi.createSeller();
    var session =
        Fixtures.login("/seller-web/login", Map.of("login", s.login(), "password", s.password()));
    String token = session.path("token");
    admin()
        .queryParam("is_blocked", "true")
        .put("/admin/sellers/" + s.id() + "/block")
        .then()
        .statusCode(200)
        .body("status", equalTo("ok"));
    asSeller(token).then().statusCode(403).body("detail", equalTo("Аккаунт заблокирован"));
    AdminApi.sellerLogin(s.login(), s.password())
        .then()
        .statusCode(403)
        .body("detail", equalTo("Аккаунт заблокирован"));
    refresh(session.path("refresh_token")).then().statusCode(401);
    admin().get("/admin/sellers/" + s.id()).then().body("is_blocked", equalTo(true));

    admin()
        .queryParam("is_blocked", "false")
        .put("/admin/sellers/" + s.id() + "/block")
        .then()
        .statusCode(200)
        .body("status", equalTo("ok"));
    asSeller(token)
        .then()
        .statusCode(401)
        .body("detail", equalTo("Недействительный или истекший токен"));
    String fresh =
        AdminApi.sellerLogin(s.login(), s.password())
            .then()
            .statusCode(200)
            .extract()
            .path("token");
    asSeller(fresh).then().statusCode(200);
    admin().get("/admin/sellers/" + s.id()).then().body("is_blocked", equalTo(false));
  }

  @Test
  public void blockNeedsABooleanAndAnExistingSeller() {
    var s = AdminApi.createSeller();
    admin()
        .queryParam("is_blocked", "maybe")
        .put("/admin/sellers/" + s.id() + "/block")
        .then()
        .statusCode(400);
    admin().put("/admin/sellers/" + s.id() + "/block").then().statusCode(400);
    assertEquals(
        "false", AdminApi.text("select is_blocked::text from sellers where seller_id = ?", s.id()));
    admin()
        .queryParam("is_blocked", "true")
        .put("/admin/sellers/987654321/block")
        .then()
        .statusCode(200)
        .body("status", equalTo("not_found"));
  }

  @Test
  public void softDeleteHidesTheSellerAndRestoreBringsTheAccountBack() {
    var s = AdminApi.createSeller();
    String token = AdminApi.sellerToken(s);
    admin()
        .put("/admin/sellers/" + s.id() + "/soft-delete")
        .then()
        .statusCode(200)
        .body("status", equalTo("ok"));
    asSeller(token).then().statusCode(401).body("detail", equalTo("Продавец не найден"));
    AdminApi.sellerLogin(s.login(), s.password()).then().statusCode(401);

    admin()
        .put("/admin/sellers/" + s.id() + "/restore")
        .then()
        .statusCode(200)
        .body("status", equalTo("ok"));
    admin()
        .get("/admin/sellers/" + s.id())
        .then()
        .body("is_deleted", equalTo(false))
        .body("deleted_at", equalTo(null));
    asSeller(token)
        .then()
        .statusCode(401)
        .body("detail", equalTo("Недействительный или истекший токен"));
    AdminApi.sellerLogin(s.login(), s.password()).then().statusCode(200);
    admin().put("/admin/sellers/987654321/soft-delete").then().body("status", equalTo("not_found"));
    admin().put("/admin/sellers/987654321/restore").then().body("status", equalTo("not_found"));
  }

  @Test
  public void hardDeleteRemovesTheShopWithItsProductsAndKeepsTheUser() throws Exception {
    var s = AdminApi.createSeller();
    String token = AdminApi.sellerToken(s);
    long buyer = Fixtures.newTelegramId();
    try (var c = Stack.db()) {
      Fixtures.exec(
          c,
          "insert into products (seller_id, name, price, quantity) values (?, 'Роза', 100, 5)",
          s.id());
      Fixtures.exec(c, "insert into users (tg_id, fio) values (?, 'Покупатель')", buyer);
      Fixtures.exec(
          c,
          "insert into buyer_favorite_sellers (buyer_id, seller_id) values (?, ?)",
          buyer,
          s.id());
      Fixtures.exec(
          c,
          "insert into buyer_favorite_products (buyer_id, product_id)"
              + " select ?, id from products where seller_id = ?",
          buyer,
          s.id());
    }
    admin().delete("/admin/sellers/" + s.id()).then().statusCode(200).body("status", equalTo("ok"));
    assertEquals(0, Fixtures.count("select count(*) from sellers where seller_id = ?", s.id()));
    assertEquals(0, Fixtures.count("select count(*) from products where seller_id = ?", s.id()));
    assertEquals(
        0, Fixtures.count("select count(*) from buyer_favorite_sellers where buyer_id = ?", buyer));
    assertEquals(
        0,
        Fixtures.count("select count(*) from buyer_favorite_products where buyer_id = ?", buyer));
    assertEquals("BUYER", AdminApi.text("select role from users where tg_id = ?", s.id()));
    assertEquals(1, Fixtures.count("select count(*) from users where tg_id = ?", buyer));
    asSeller(token).then().statusCode(401).body("detail", equalTo("Продавец не найден"));
    AdminApi.sellerLogin(s.login(), s.password()).then().statusCode(401);
    admin()
        .delete("/admin/sellers/" + s.id())
        .then()
        .statusCode(200)
        .body("status", equalTo("not_found"));
    // the id can become a seller again
    AdminApi.createSeller(AdminApi.sellerBody(s.id()));
  }

  @Test
  public void hardDeleteKeepsTheOrdersWithASnapshotOfTheShop() throws Exception {
    var p = OrdersIT.place("Самовывоз", 5, 2);
    long sellerId = p.seller().id();
    OrdersIT.seller(p).post("/seller-web/orders/" + p.orderId() + "/accept").then().statusCode(200);
    CheckoutIT.add(p.buyer(), p.product(), 1);
    long pending =
        ((Number)
                CheckoutIT.checkout(p.buyer(), CheckoutIT.body("Самовывоз"), null)
                    .then()
                    .statusCode(200)
                    .extract()
                    .path("orders[0].order_id"))
            .longValue();
    // the shop as it is at the end is what its orders keep
    CheckoutIT.sql(
        "update sellers set shop_name = 'Последняя вывеска', address_name = 'Тверская, 7',"
            + " map_url = 'https://maps.example/7' where seller_id = ?",
        sellerId);
    CheckoutIT.sql(
        "update users set username = 'florist_" + sellerId + "' where tg_id = ?", sellerId);

    admin()
        .delete("/admin/sellers/" + sellerId)
        .then()
        .statusCode(200)
        .body("status", equalTo("ok"));
    assertEquals(0, Fixtures.count("select count(*) from sellers where seller_id = ?", sellerId));
    assertEquals(0, Fixtures.count("select count(*) from products where seller_id = ?", sellerId));
    assertEquals(
        2,
        Fixtures.count(
            "select count(*) from orders where seller_tg_id = ? and seller_id is null"
                + " and seller_shop_name = 'Последняя вывеска'",
            sellerId));

    // the buyer still sees both orders, with the shop's name and contacts
    CartIT.buyer(p.buyer())
        .get("/buyers/me/orders")
        .then()
        .statusCode(200)
        .body("size()", equalTo(2))
        .body("[0].id", equalTo((int) pending))
        .body("[1].id", equalTo((int) p.orderId()))
        .body("[1].status", equalTo("accepted"))
        .body("[1].shop_name", equalTo("Последняя вывеска"))
        .body("[1].seller_id", equalTo(sellerId))
        .body("[1].seller_username", equalTo("florist_" + sellerId))
        .body("[1].seller_address_name", equalTo("Тверская, 7"))
        .body("[1].seller_map_url", equalTo("https://maps.example/7"))
        .body("[1].items_info", equalTo(p.product() + ":Розы 51@4500.0 x 2"));
    // the admin sees them with the name they kept
    admin()
        .queryParam("per_page", 50)
        .get("/admin/orders")
        .then()
        .statusCode(200)
        .body(
            "orders.find { it.id == " + p.orderId() + " }.seller_name",
            equalTo("Последняя вывеска"))
        .body("orders.find { it.id == " + p.orderId() + " }.seller_id", equalTo(sellerId))
        .body("orders.find { it.id == " + pending + " }.status", equalTo("pending"));
    for (String path :
        List.of("/admin/dashboard", "/admin/stats/limits", "/admin/stats/overview")) {
      admin().get(path).then().statusCode(200);
    }
    // the buyer can still finish them; nothing is sent to a shop that is gone
    CartIT.buyer(p.buyer())
        .post("/buyers/me/orders/" + pending + "/cancel")
        .then()
        .statusCode(200)
        .body("new_status", equalTo("cancelled"));
    CartIT.buyer(p.buyer())
        .post("/buyers/me/orders/" + p.orderId() + "/confirm")
        .then()
        .statusCode(200)
        .body("new_status", equalTo("completed"));
    assertEquals(
        0,
        Fixtures.count(
            "select count(*) from notification_outbox where chat_id = ?"
                + " and kind like '%by_buyer'",
            sellerId));

    // a seller re-created with the same Telegram id does not inherit the old orders
    var again = AdminApi.createSeller(AdminApi.sellerBody(sellerId));
    api()
        .header("X-Seller-Token", AdminApi.sellerToken(again))
        .get("/seller-web/orders")
        .then()
        .statusCode(200)
        .body("size()", equalTo(0));
    admin()
        .get("/admin/sellers/" + sellerId)
        .then()
        .body("active_orders", equalTo(0))
        .body("pending_requests", equalTo(0));
    CartIT.buyer(p.buyer())
        .get("/buyers/me/orders")
        .then()
        .statusCode(200)
        .body("size()", equalTo(2))
        .body("[1].shop_name", equalTo("Последняя вывеска"));
  }

  @Test
  public void aSellerReCreatedWithTheSameTelegramIdInheritsNoSession() {
    var s = AdminApi.createSeller();
    String token = AdminApi.sellerToken(s);
    admin().delete("/admin/sellers/" + s.id()).then().statusCode(200).body("status", equalTo("ok"));
    AdminApi.createSeller(AdminApi.sellerBody(s.id()));
    // sessions belong to an incarnation of the account, not to the Telegram id
    asSeller(token)
        .then()
        .statusCode(401)
        .body("detail", equalTo("Недействительный или истекший токен"));
  }

  @Test
  public void newWebCredentialsReplaceTheOldPasswordAndEndOldSessions() {
    var s = AdminApi.createSeller();
    String token = AdminApi.sellerToken(s);
    var r =
        admin()
            .post("/admin/sellers/" + s.id() + "/set_web_credentials")
            .then()
            .statusCode(200)
            .body("status", equalTo("ok"))
            .body("web_login", equalTo("Seller" + s.id()))
            .extract();
    String password = r.path("web_password");
    assertNotEquals(s.password(), password);
    assertTrue(password.length() >= 12);
    assertEquals(Optional.empty(), PasswordPolicy.violation(password));
    asSeller(token).then().statusCode(401);
    AdminApi.sellerLogin(s.login(), s.password()).then().statusCode(401);
    AdminApi.sellerLogin(s.login(), password).then().statusCode(200);
    admin()
        .get("/admin/sellers/" + s.id() + "/web_credentials")
        .then()
        .body("web_password", equalTo(null));
    admin()
        .post("/admin/sellers/987654321/set_web_credentials")
        .then()
        .statusCode(200)
        .body("status", equalTo("not_found"));
  }

  @Test
  public void resetRestoresTheStandardLoginAfterTheSellerChangedIt() {
    var s = AdminApi.createSeller();
    String token = AdminApi.sellerToken(s);
    api()
        .header("X-Seller-Token", token)
        .contentType("application/json")
        .body(
            Map.of(
                "old_login",
                s.login(),
                "old_password",
                s.password(),
                "new_login",
                "own-" + s.id(),
                "new_password",
                "OwnPassw0rd7"))
        .put("/seller-web/security/change-credentials")
        .then()
        .statusCode(200);
    String password =
        admin()
            .post("/admin/sellers/" + s.id() + "/set_web_credentials")
            .then()
            .statusCode(200)
            .body("web_login", equalTo("Seller" + s.id()))
            .extract()
            .path("web_password");
    AdminApi.sellerLogin("own-" + s.id(), "OwnPassw0rd7").then().statusCode(401);
    AdminApi.sellerLogin("Seller" + s.id(), password).then().statusCode(200);
  }
}
