package ru.flurai.it.florist;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static ru.flurai.it.Fixtures.count;
import static ru.flurai.it.ordering.CartIT.buyer;
import static ru.flurai.it.ordering.CheckoutIT.add;
import static ru.flurai.it.ordering.CheckoutIT.body;
import static ru.flurai.it.ordering.CheckoutIT.checkout;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ru.flurai.it.Fixtures;
import ru.flurai.it.ServerTest;

/**
 * The panel's stock and bouquet screens over HTTP (API.md §6, LATER.md §7.2): the shapes they read,
 * the refusals with their texts (changing nothing), inventory applied all or nothing, and a
 * bouquet-backed product whose stock follows receptions, write-offs and orders through the Mini
 * App's checkout, the seller's accept and the buyer's cancel.
 */
public class FloristStockIT extends ServerTest {

  @Test
  public void flowersAndReceptionsHaveThePanelsShapes() {
    FloristApi s = new FloristApi();
    long rose = s.flower("Роза");
    s.call()
        .body(Map.of("name", "Тюльпан"))
        .post("/seller-web/flowers")
        .then()
        .statusCode(200)
        .body("name", equalTo("Тюльпан"))
        .body("default_shelf_life_days", nullValue());
    s.call()
        .get("/seller-web/flowers")
        .then()
        .statusCode(200)
        .body("name", contains("Роза", "Тюльпан"))
        .body("[0].default_shelf_life_days", equalTo(7));
    s.call()
        .body(Map.of("name", " "))
        .post("/seller-web/flowers")
        .then()
        .statusCode(400)
        .body("detail", equalTo("Укажите название цветка"));
    long reception = s.reception("Поставка 1");
    s.call()
        .get("/seller-web/receptions")
        .then()
        .statusCode(200)
        .body("[0].id", equalTo((int) reception))
        .body("[0].reception_date", equalTo("2026-01-10"))
        .body("[0].is_closed", equalTo(false))
        .body("[0].supplier", equalTo("Голландия"))
        .body("[0]", hasKey("invoice_number"));
    long item = s.item(reception, rose, 20, "45.50");
    s.call()
        .get("/seller-web/receptions/" + reception)
        .then()
        .statusCode(200)
        .body("name", equalTo("Поставка 1"))
        .body("items[0].id", equalTo((int) item))
        .body("items[0].flower_id", equalTo((int) rose))
        .body("items[0].flower_name", equalTo("Роза"))
        .body("items[0].quantity_initial", equalTo(20))
        .body("items[0].shelf_life_days", equalTo(7))
        .body("items[0].price_per_unit", equalTo(45.5f))
        .body("items[0].remaining_quantity", equalTo(20))
        .body("items[0].sold_quantity", equalTo(0))
        .body("items[0].sold_amount", equalTo(0.0f))
        .body("items[0].days_left", equalTo(7))
        .body("items[0].arrival_date", notNullValue());
    s.call()
        .body(Map.of("price_per_unit", 50, "shelf_life_days", 5))
        .put("/seller-web/receptions/items/" + item)
        .then()
        .statusCode(200)
        .body("price_per_unit", equalTo(50.0f))
        .body("shelf_life_days", equalTo(5))
        .body("remaining_quantity", equalTo(20));
    // write-offs: the texts the modal shows, then a real one
    s.call()
        .body(Map.of("quantity", 0, "reason", "wilted"))
        .post("/seller-web/receptions/items/" + item + "/write-off")
        .then()
        .statusCode(400)
        .body("detail", equalTo("Количество должно быть больше 0"));
    s.call()
        .body(Map.of("quantity", 21, "reason", "wilted"))
        .post("/seller-web/receptions/items/" + item + "/write-off")
        .then()
        .statusCode(400)
        .body("detail", equalTo("Нельзя списать 21 шт., остаток: 20"));
    s.call()
        .body(Map.of("quantity", 2, "reason", "thrown"))
        .post("/seller-web/receptions/items/" + item + "/write-off")
        .then()
        .statusCode(400);
    assertEquals(20, s.remaining(item));
    s.call()
        .body(Map.of("quantity", 3, "reason", "broken", "comment", "упали"))
        .post("/seller-web/receptions/items/" + item + "/write-off")
        .then()
        .statusCode(200)
        .body("reception_item_id", equalTo((int) item))
        .body("flower_name", equalTo("Роза"))
        .body("quantity", equalTo(3))
        .body("reason", equalTo("broken"))
        .body("comment", equalTo("упали"))
        .body("loss_amount", equalTo(150.0f))
        .body("remaining_after", equalTo(17))
        .body("created_at", notNullValue());
    s.call()
        .get("/seller-web/write-offs/stats")
        .then()
        .statusCode(200)
        .body("total_count", equalTo(1))
        .body("total_quantity", equalTo(3))
        .body("total_loss", equalTo(150.0f))
        .body("by_reason.broken.quantity", equalTo(3))
        .body("by_reason.broken.loss_amount", equalTo(150.0f))
        .body("by_flower[0].flower_name", equalTo("Роза"))
        .body("daily.size()", equalTo(1))
        .body("daily[0].quantity", equalTo(3));
    s.call()
        .queryParam("date_from", "2026-01-01")
        .queryParam("date_to", "2026-01-03")
        .get("/seller-web/write-offs/stats")
        .then()
        .statusCode(200)
        .body("total_count", equalTo(0))
        .body("daily.date", contains("2026-01-01", "2026-01-02", "2026-01-03"));
    s.call()
        .queryParam("date_from", "01.01.2026")
        .get("/seller-web/write-offs/stats")
        .then()
        .statusCode(400)
        .body("detail", equalTo("Дата должна быть в формате YYYY-MM-DD"));
    // closing: no new lines, but the existing ones stay editable
    s.call()
        .body(Map.of("is_closed", true, "invoice_number", "INV-7"))
        .put("/seller-web/receptions/" + reception)
        .then()
        .statusCode(200)
        .body("is_closed", equalTo(true))
        .body("invoice_number", equalTo("INV-7"))
        .body("supplier", equalTo("Голландия"));
    s.call()
        .body(
            Map.of(
                "flower_id",
                rose,
                "quantity_initial",
                1,
                "shelf_life_days",
                7,
                "price_per_unit",
                1))
        .post("/seller-web/receptions/" + reception + "/items")
        .then()
        .statusCode(400)
        .body("detail", equalTo("Приёмка закрыта. Новые позиции добавлять нельзя."));
    // a line with history stays; a flower in use stays
    s.call().delete("/seller-web/receptions/items/" + item).then().statusCode(409);
    s.call().delete("/seller-web/flowers/" + rose).then().statusCode(409);
    assertEquals(17, s.remaining(item));
    s.call()
        .get("/seller-web/receptions/" + reception + "/inventory")
        .then()
        .statusCode(200)
        .body("reception_id", equalTo((int) reception))
        .body("items[0].id", equalTo((int) item))
        .body("items[0].flower_name", equalTo("Роза"))
        .body("items[0].remaining_quantity", equalTo(17))
        .body("items[0].price_per_unit", equalTo(50.0f))
        .body("items[0].days_left", equalTo(5));
    s.call()
        .get("/seller-web/dashboard/alerts")
        .then()
        .statusCode(200)
        .body("low_stock_bouquets.size()", equalTo(0))
        .body("expiring_items.size()", equalTo(0));
  }

  @Test
  public void inventoryChecksAndAppliesWithWriteOffs() {
    FloristApi s = new FloristApi();
    long rose = s.flower("Роза");
    long reception = s.reception("Поставка");
    long older = s.item(reception, rose, 10, "40");
    long newer = s.item(reception, rose, 5, "60");
    s.call()
        .body(List.of(Map.of("reception_item_id", older, "actual_quantity", 7)))
        .post("/seller-web/receptions/" + reception + "/inventory/check")
        .then()
        .statusCode(200)
        .body("lines[0].reception_item_id", equalTo((int) older))
        .body("lines[0].flower_name", equalTo("Роза"))
        .body("lines[0].system_quantity", equalTo(10))
        .body("lines[0].actual_quantity", equalTo(7))
        .body("lines[0].difference", equalTo(-3))
        .body("lines[0].loss_amount", equalTo(120.0f))
        .body("total_loss", equalTo(120.0f));
    assertEquals(10, s.remaining(older), "a check changes nothing");
    s.call()
        .body(List.of(Map.of("reception_item_id", older, "actual_quantity", 7)))
        .post("/seller-web/receptions/" + reception + "/inventory/apply")
        .then()
        .statusCode(200)
        .body("applied", equalTo(1));
    assertEquals(7, s.remaining(older));
    assertEquals(
        1,
        count(
            "select count(*) from write_offs where reception_item_id = ? and reason = 'inventory'"
                + " and quantity = 3 and loss_amount = 120",
            older));
    s.call()
        .get("/seller-web/inventory/all")
        .then()
        .statusCode(200)
        .body("[0].flower_id", equalTo((int) rose))
        .body("[0].flower_name", equalTo("Роза"))
        .body("[0].total_remaining", equalTo(12))
        .body("[0].avg_price", equalTo(48.33f));
    s.call()
        .body(List.of(Map.of("flower_id", rose, "actual_quantity", 9)))
        .post("/seller-web/inventory/all/check")
        .then()
        .statusCode(200)
        .body("lines[0].system_quantity", equalTo(12))
        .body("lines[0].difference", equalTo(-3))
        .body("lines[0].loss_amount", equalTo(144.99f))
        .body("total_loss", equalTo(144.99f));
    // a shortage of 9 comes off the oldest batch first: 7 from it, 2 from the newer one
    s.call()
        .body(List.of(Map.of("flower_id", rose, "actual_quantity", 3)))
        .post("/seller-web/inventory/all/apply")
        .then()
        .statusCode(200)
        .body("applied", equalTo(1));
    assertEquals(0, s.remaining(older));
    assertEquals(3, s.remaining(newer));
    // a surplus goes onto the newest batch
    s.call()
        .body(List.of(Map.of("flower_id", rose, "actual_quantity", 5)))
        .post("/seller-web/inventory/all/apply")
        .then()
        .statusCode(200);
    assertEquals(5, s.remaining(newer));
  }

  @Test
  public void inventoryApplyIsAllOrNothing() {
    FloristApi s = new FloristApi();
    long rose = s.flower("Роза");
    long lily = s.flower("Лилия"); // no batch: a surplus has nowhere to go
    long reception = s.reception("Поставка");
    long item = s.item(reception, rose, 10, "40");
    long other = s.item(s.reception("Другая"), rose, 4, "40");
    long writeOffs = count("select count(*) from write_offs where seller_id = ?", s.seller.id());
    s.call()
        .body(
            List.of(
                Map.of("flower_id", rose, "actual_quantity", 2),
                Map.of("flower_id", lily, "actual_quantity", 5)))
        .post("/seller-web/inventory/all/apply")
        .then()
        .statusCode(400)
        .body("detail", equalTo("У цветка «Лилия» нет партий: сначала добавьте его в приёмку"));
    assertEquals(10, s.remaining(item), "the rose line applied first was rolled back");
    assertEquals(4, s.remaining(other));
    s.call()
        .body(
            List.of(
                Map.of("reception_item_id", item, "actual_quantity", 1),
                Map.of("reception_item_id", other, "actual_quantity", 1)))
        .post("/seller-web/receptions/" + reception + "/inventory/apply")
        .then()
        .statusCode(400)
        .body("detail", equalTo("Позиция " + other + " не относится к этой приёмке"));
    s.call()
        .body(
            List.of(
                Map.of("reception_item_id", item, "actual_quantity", 1),
                Map.of("reception_item_id", item, "actual_quantity", -1)))
        .post("/seller-web/receptions/" + reception + "/inventory/apply")
        .then()
        .statusCode(400);
    s.call()
        .body("[{\"reception_item_id\":\"x\",\"actual_quantity\":1}]")
        .post("/seller-web/receptions/" + reception + "/inventory/apply")
        .then()
        .statusCode(400);
    s.call()
        .body(Map.of("reception_item_id", item))
        .post("/seller-web/receptions/" + reception + "/inventory/apply")
        .then()
        .statusCode(400);
    assertEquals(10, s.remaining(item));
    assertEquals(
        writeOffs, count("select count(*) from write_offs where seller_id = ?", s.seller.id()));
  }

  @Test
  public void aBouquetProductsStockFollowsTheFlowersAndTheOrders() throws Exception {
    FloristApi s = new FloristApi();
    long rose = s.flower("Роза");
    long reception = s.reception("Поставка");
    long batch = s.item(reception, rose, 10, "40");
    long bouquet = s.bouquet("Нежность", 100, rose, 3);
    s.call()
        .get("/seller-web/bouquets")
        .then()
        .statusCode(200)
        .body("[0].id", equalTo((int) bouquet))
        .body("[0].name", equalTo("Нежность"))
        .body("[0].packaging_cost", equalTo(100.0f))
        .body("[0].total_cost", equalTo(120.0f))
        .body("[0].total_price", equalTo(220.0f))
        .body("[0].items[0].flower_id", equalTo((int) rose))
        .body("[0].items[0].flower_name", equalTo("Роза"))
        .body("[0].items[0].quantity", equalTo(3))
        .body("[0].can_assemble_count", equalTo(3))
        .body("[0].is_active", equalTo(true));
    long product = s.product(bouquet);
    assertEquals(3, s.quantity(product), "10 roses make 3 bouquets of 3");
    s.item(reception, rose, 2, "40");
    assertEquals(4, s.quantity(product), "a reception adds");
    s.call()
        .body(Map.of("quantity", 3, "reason", "wilted"))
        .post("/seller-web/receptions/items/" + batch + "/write-off")
        .then()
        .statusCode(200);
    assertEquals(3, s.quantity(product), "a write-off takes away (9 roses)");
    s.call()
        .post("/seller-web/products/" + product + "/recalculate")
        .then()
        .statusCode(200)
        .body("id", equalTo((int) product))
        .body("cost_price", equalTo(220.0f))
        .body("markup_percent", equalTo(50.0f))
        .body("price", equalTo(330.0f))
        .body("quantity", equalTo(3));
    // the Mini App sells one: the product offers the rest at once, the roses wait for the accept
    long buyer = Fixtures.newTelegramId();
    add(buyer, product, 1);
    int order =
        checkout(buyer, body("Самовывоз"), null)
            .then()
            .statusCode(200)
            .extract()
            .path("orders[0].order_id");
    assertEquals(2, s.quantity(product));
    s.item(reception, rose, 1, "40"); // a re-derivation now still counts the sold bouquet
    assertEquals(2, s.quantity(product), "10 roses, 3 promised to the order: 7 free make 2");
    s.call().post("/seller-web/orders/" + order + "/accept").then().statusCode(200);
    assertEquals(
        7,
        count(
            "select sum(remaining_quantity) from reception_items where seller_id = ?",
            s.seller.id()),
        "the accept took 3 roses, oldest first");
    assertEquals(4, s.remaining(batch), "the first batch gave them");
    assertEquals(2, s.quantity(product));
    buyer(buyer).post("/buyers/me/orders/" + order + "/cancel").then().statusCode(200);
    assertEquals(
        10,
        count(
            "select sum(remaining_quantity) from reception_items where seller_id = ?",
            s.seller.id()),
        "the cancel gave the roses back");
    assertEquals(7, s.remaining(batch), "to the batch they came from");
    assertEquals(3, s.quantity(product), "10 roses make 3 bouquets again");
    // relinked to a bouquet the roses cannot make: nothing to offer, and the editor says why
    long big = s.bouquet("Охапка", 0, rose, 50);
    s.call()
        .body(Map.of("bouquet_id", big))
        .put("/seller-web/products/" + product)
        .then()
        .statusCode(200)
        .body("bouquet_id", equalTo((int) big))
        .body("quantity", equalTo(0));
    s.call()
        .get("/seller-web/products")
        .then()
        .statusCode(200)
        .body("[0].stock_shortage[0].flower", equalTo("Роза"))
        .body("[0].stock_shortage[0].need", equalTo(50))
        .body("[0].stock_shortage[0].have", equalTo(10))
        .body("[0].stock_shortage[0].deficit", equalTo(40));
    s.call()
        .body(Map.of("bouquet_id", bouquet))
        .put("/seller-web/products/" + product)
        .then()
        .statusCode(200)
        .body("quantity", equalTo(3))
        .body("stock_shortage.size()", equalTo(0));
    s.call()
        .delete("/seller-web/bouquets/" + bouquet)
        .then()
        .statusCode(409)
        .body("detail", equalTo("Букет привязан к товару: сначала отвяжите его от товара"));
  }
}
