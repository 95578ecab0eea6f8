package ru.flurai.it.loyalty;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.flurai.it.Stack.api;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import ru.flurai.it.Fixtures;
import ru.flurai.it.ServerTest;
import ru.flurai.it.ordering.CartIT;
import ru.flurai.it.ordering.CheckoutIT;

/**
 * The seller CRM over HTTP: customers added by hand, tags, notes, birthday, manual sales and
 * deductions, events, the unified list and the CSV exports read back with Commons CSV; seller B
 * never sees or changes seller A's customers; the analytics and the admin's customers page answer
 * in their shapes.
 */
public class CustomersIT extends ServerTest {
  static RequestSpecification as(String token) {
    return api().header("X-Seller-Token", token).contentType("application/json");
  }

  static List<CSVRecord> csv(Response r) throws Exception {
    r.then()
        .statusCode(200)
        .contentType(startsWith("text/csv"))
        .header("Content-Disposition", startsWith("attachment"));
    byte[] bytes = r.asByteArray();
    assertEquals((byte) 0xEF, bytes[0]);
    assertEquals((byte) 0xBB, bytes[1]);
    assertEquals((byte) 0xBF, bytes[2]);
    String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    assertEquals(-1, text.indexOf('\uFEFF'), "one byte order mark");
    return CSVFormat.EXCEL
        .builder()
        .setDelimiter(';')
        .build()
        .parse(new StringReader(text))
        .getRecords();
  }

  static int create(String token, String phone, String first, String last) {
    return as(token)
        .body(Map.of("phone", phone, "first_name", first, "last_name", last))
        .post("/seller-web/customers")
        .then()
        .statusCode(200)
        .extract()
        .path("id");
  }

  @Test
  public void aCustomersLifeInTheCrm() throws Exception {
    var a = Fixtures.seller();
    String token = Fixtures.sellerToken(a);
    as(token)
        .body(Map.of("points_percent", 5))
        .put("/seller-web/loyalty/settings")
        .then()
        .statusCode(200);
    String phone = LoyaltyFlowIT.randomPhone();
    String spaced = "+7 (" + phone.substring(1, 4) + ") " + phone.substring(4);
    int id =
        as(token)
            .body(
                Map.of(
                    "phone",
                    spaced,
                    "first_name",
                    "Анна",
                    "last_name",
                    "",
                    "birthday",
                    "1990-05-17"))
            .post("/seller-web/customers")
            .then()
            .statusCode(200)
            .body("phone", equalTo(phone))
            .body("last_name", equalTo("—"))
            .body("card_number", equalTo("FL-00001"))
            .body("points_balance", equalTo(0.0f))
            .body("birthday", equalTo("1990-05-17"))
            .extract()
            .path("id");
    as(token)
        .body(Map.of("phone", phone, "first_name", "Дубль", "last_name", "Д"))
        .post("/seller-web/customers")
        .then()
        .statusCode(409)
        .body("detail", containsString("уже есть"));
    as(token)
        .body(Map.of("phone", "нет", "first_name", "А", "last_name", "Б"))
        .post("/seller-web/customers")
        .then()
        .statusCode(400)
        .body("detail", equalTo("Укажите номер телефона"));
    as(token)
        .body(
            Map.of(
                "phone",
                LoyaltyFlowIT.randomPhone(),
                "first_name",
                "А",
                "last_name",
                "Б",
                "birthday",
                "17.05.1990"))
        .post("/seller-web/customers")
        .then()
        .statusCode(400)
        .body("detail", equalTo("Неверный формат даты рождения"));

    Map<String, Object> patch = new HashMap<>();
    patch.put("tags", List.of(" vip ", "", "vip", "опт"));
    patch.put("notes", "звонить после 18:00\nне по выходным");
    patch.put("birthday", null);
    as(token)
        .body(patch)
        .patch("/seller-web/customers/" + id)
        .then()
        .statusCode(200)
        .body("tags", equalTo(List.of("vip", "опт")))
        .body("notes", equalTo("звонить после 18:00\nне по выходным"))
        .body("birthday", equalTo(null));
    as(token)
        .get("/seller-web/customers/tags")
        .then()
        .statusCode(200)
        .body("", equalTo(List.of("vip", "опт")));
    as(token)
        .body(Map.of("tags", "vip"))
        .patch("/seller-web/customers/" + id)
        .then()
        .statusCode(400);

    as(token)
        .body(Map.of("amount", 1000))
        .post("/seller-web/customers/" + id + "/sales")
        .then()
        .statusCode(200)
        .body("points_accrued", equalTo(50.0f))
        .body("new_balance", equalTo(50.0f));
    as(token)
        .body(Map.of("amount", 0))
        .post("/seller-web/customers/" + id + "/sales")
        .then()
        .statusCode(400)
        .body("detail", equalTo("Сумма должна быть больше 0"));
    as(token)
        .body(Map.of("points", 100))
        .post("/seller-web/customers/" + id + "/deduct")
        .then()
        .statusCode(400)
        .body("detail", equalTo("Недостаточно баллов. Баланс: 50, запрошено: 100"));
    as(token)
        .body(Map.of("points", 20))
        .post("/seller-web/customers/" + id + "/deduct")
        .then()
        .statusCode(200)
        .body("points_deducted", equalTo(20.0f))
        .body("new_balance", equalTo(30.0f));

    LocalDate soon = LocalDate.now(ZoneId.of("Europe/Moscow")).plusDays(2);
    int event =
        as(token)
            .body(
                Map.of(
                    "title", "Годовщина", "event_date", soon.toString(), "remind_days_before", 3))
            .post("/seller-web/customers/" + id + "/events")
            .then()
            .statusCode(200)
            .body("title", equalTo("Годовщина"))
            .body("remind_days_before", equalTo(3))
            .extract()
            .path("id");
    as(token)
        .body(Map.of("title", "Годовщина", "event_date", "31-12-2026"))
        .post("/seller-web/customers/" + id + "/events")
        .then()
        .statusCode(400)
        .body("detail", equalTo("Неверный формат даты"));
    Map<String, Object> edit = new HashMap<>();
    edit.put("notes", null);
    edit.put("title", "Свадьба");
    as(token)
        .body(edit)
        .put("/seller-web/customers/" + id + "/events/" + event)
        .then()
        .statusCode(200)
        .body("title", equalTo("Свадьба"))
        .body("event_date", equalTo(soon.toString()));
    as(token)
        .queryParam("days", 14)
        .get("/seller-web/dashboard/upcoming-events")
        .then()
        .statusCode(200)
        .body("title", hasItem("Свадьба"))
        .body("find { it.title == 'Свадьба' }.days_until", equalTo(2))
        .body("find { it.title == 'Свадьба' }.type", equalTo("event"));

    as(token)
        .get("/seller-web/customers/" + id)
        .then()
        .statusCode(200)
        .body("points_balance", equalTo(30.0f))
        .body("transactions.size()", equalTo(2))
        .body("transactions[0].points_accrued", equalTo(-20.0f))
        .body("events[0].title", equalTo("Свадьба"))
        .body("completed_orders_count", equalTo(0));
    as(token)
        .get("/seller-web/customers/all")
        .then()
        .statusCode(200)
        .body("find { it.loyalty_customer_id == " + id + " }.phone", equalTo(phone))
        .body("find { it.loyalty_customer_id == " + id + " }.has_loyalty", equalTo(true))
        .body("find { it.loyalty_customer_id == " + id + " }.segment", equalTo("Новый"));
    as(token)
        .delete("/seller-web/customers/" + id + "/events/" + event)
        .then()
        .statusCode(200)
        .body("ok", equalTo(true));
    as(token)
        .delete("/seller-web/customers/" + id + "/events/" + event)
        .then()
        .statusCode(404)
        .body("detail", equalTo("Событие не найдено"));
  }

  @Test
  public void sellerBNeverSeesOrChangesSellerAsCustomers() throws Exception {
    String a = Fixtures.sellerToken(Fixtures.seller());
    String b = Fixtures.sellerToken(Fixtures.seller());
    String phone = LoyaltyFlowIT.randomPhone();
    int id = create(a, phone, "Анна", "Секретная");
    int event =
        as(a)
            .body(Map.of("title", "ДР мамы", "event_date", "2030-01-01"))
            .post("/seller-web/customers/" + id + "/events")
            .then()
            .statusCode(200)
            .extract()
            .path("id");
    for (Response r :
        List.of(
            as(b).get("/seller-web/customers/" + id),
            as(b).body(Map.of("notes", "чужая")).patch("/seller-web/customers/" + id),
            as(b).get("/seller-web/customers/" + id + "/orders"),
            as(b).body(Map.of("amount", 1000)).post("/seller-web/customers/" + id + "/sales"),
            as(b).body(Map.of("points", 1)).post("/seller-web/customers/" + id + "/deduct"),
            as(b)
                .body(Map.of("title", "x", "event_date", "2030-01-01"))
                .post("/seller-web/customers/" + id + "/events"),
            as(b)
                .body(Map.of("title", "x"))
                .put("/seller-web/customers/" + id + "/events/" + event),
            as(b).delete("/seller-web/customers/" + id + "/events/" + event))) {
      r.then().statusCode(404);
    }
    as(b)
        .get("/seller-web/customers/all")
        .then()
        .statusCode(200)
        .body("phone", not(hasItem(phone)));
    assertTrue(!as(b).get("/seller-web/customers/export").asString().contains(phone));
    // the same phone is a customer of its own at B
    assertTrue(create(b, phone, "Анна", "Другая") != id);
    as(a)
        .get("/seller-web/customers/" + id)
        .then()
        .statusCode(200)
        .body("notes", equalTo(null))
        .body("points_balance", equalTo(0.0f))
        .body("events.size()", equalTo(1))
        .body("last_name", equalTo("Секретная"));
  }

  @Test
  public void exportsParseBackWithTheirEscaping() throws Exception {
    var a = Fixtures.seller();
    String token = Fixtures.sellerToken(a);
    String phone = LoyaltyFlowIT.randomPhone();
    int id = create(token, phone, "Анна", "Иванова");
    // names as they may arrive from elsewhere (a buyer's Telegram name): ; quotes and a line break
    CheckoutIT.sql(
        "update customers set first_name = ?, last_name = ?, notes = ? where id = ?",
        "Анна; Мария",
        "Иванова \"Ива\"\nвторая строка",
        "=1+1",
        id);
    List<CSVRecord> rows = csv(as(token).get("/seller-web/customers/export"));
    assertEquals(
        List.of(
            "Телефон", "Имя", "Фамилия", "Карта", "Баллы", "Дата регистрации", "Заметка", "Теги"),
        rows.get(0).toList());
    CSVRecord row = rows.stream().filter(r -> r.get(0).equals(phone)).findFirst().orElseThrow();
    assertEquals("Анна; Мария", row.get(1));
    assertEquals("Иванова \"Ива\"\nвторая строка", row.get(2));
    assertEquals("FL-00001", row.get(3));
    assertEquals("0.00", row.get(4));
    assertEquals("'=1+1", row.get(6), "a formula is defused");

    // the stats page's sales CSV: a completed order of a buyer named with ; and quotes
    long product = CartIT.product(a.id(), 5);
    long buyer = Fixtures.newTelegramId();
    CheckoutIT.add(buyer, product, 1);
    Map<String, Object> body = new HashMap<>(CheckoutIT.body("Самовывоз"));
    body.put("fio", "Пётр; \"Большой\"");
    int order =
        CheckoutIT.checkout(buyer, body, null)
            .then()
            .statusCode(200)
            .extract()
            .path("orders[0].order_id");
    as(token).post("/seller-web/orders/" + order + "/accept").then().statusCode(200);
    CartIT.buyer(buyer).post("/buyers/me/orders/" + order + "/confirm").then().statusCode(200);
    List<CSVRecord> sales =
        csv(as(token).queryParam("period", "7d").get("/seller-web/stats/export"));
    assertEquals("Дата", sales.get(0).get(0));
    assertEquals("Сумма", sales.get(0).get(9));
    CSVRecord sale =
        sales.stream()
            .filter(r -> r.get(1).equals(String.valueOf(order)))
            .findFirst()
            .orElseThrow();
    assertEquals("Пётр; \"Большой\"", sale.get(3));
    assertEquals("4500.00", sale.get(9));
    assertEquals("Итого", sales.get(sales.size() - 1).get(0));
    as(token)
        .queryParam("period", "7d")
        .get("/seller-web/stats/customers")
        .then()
        .statusCode(200)
        .body("total_customers", equalTo(1))
        .body("new_customers", equalTo(1))
        .body("returning_customers", equalTo(0))
        .body("top_customers[0].buyer_id", equalTo(buyer))
        .body("top_customers[0].total_spent", equalTo(4500.0f));
    as(token).queryParam("period", "2d").get("/seller-web/stats/export").then().statusCode(400);
  }

  @Test
  public void adminCustomersPageShape() {
    String admin = Fixtures.adminToken();
    api()
        .header("X-Admin-Token", admin)
        .queryParam("page", 1)
        .queryParam("per_page", 5)
        .get("/admin/customers")
        .then()
        .statusCode(200)
        .body("page", equalTo(1))
        .body("customers.size()", lessThanOrEqualTo(5))
        .body("summary.total_buyers", greaterThanOrEqualTo(0))
        .body("summary.avg_ltv", notNullValue())
        .body("city_distribution", notNullValue())
        .body("pages", greaterThanOrEqualTo(1));
    api()
        .header("X-Admin-Token", admin)
        .queryParam("per_page", 0)
        .get("/admin/customers")
        .then()
        .statusCode(400);
  }
}
