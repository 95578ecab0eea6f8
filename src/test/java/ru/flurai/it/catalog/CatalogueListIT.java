package ru.flurai.it.catalog;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.instanceOf;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.flurai.it.Stack.api;

import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import ru.flurai.it.ServerTest;
import ru.flurai.it.ShopRows;
import ru.flurai.it.Stack;

/**
 * {@code GET /public/sellers}: the card contract, the listing rule of PRODUCT.md §3.1, and exact
 * totals.
 */
public class CatalogueListIT extends ServerTest {

  public static JsonPath list(Map<String, ?> params) {
    return api()
        .queryParams(params)
        .get("/public/sellers")
        .then()
        .statusCode(200)
        .contentType("application/json")
        .extract()
        .jsonPath();
  }

  /**
   * The list is cut from a snapshot of every listed shop that lives seconds (PRODUCT.md §5), and
   * these tests write their shops with SQL, behind the service's back: their checks are retried
   * until the snapshot holds the rows written. Each check is exact, so it cannot pass on a stale
   * snapshot that lacks them.
   */
  public static void afterSetUp(Runnable checks) {
    Stack.eventually(CatalogueFreshnessIT.FEW_SECONDS, checks);
  }

  public static List<Long> ids(JsonPath page) {
    return page.getList("sellers.seller_id", Long.class);
  }

  @Test
  public void cardHasEveryFieldTheMiniAppReadsWithTheRightTypes() {
    String tag = ShopRows.tag("contract");
    long city = ShopRows.city();
    long district = ShopRows.district(city);
    long metro = ShopRows.metro(district, "#0078BE");
    long id = ShopRows.shop("Цветы " + tag, "розы,тюльпаны");
    ShopRows.updateShop(
        id,
        "city_id = ?, district_id = ?, metro_id = ?, metro_walk_minutes = 7,"
            + " delivery_type = 'доставка и самовывоз', delivery_price = 350.50",
        city,
        district,
        metro);
    ShopRows.zone(id, "350.50", null, district);
    ShopRows.zone(id, "500", null, district);
    ShopRows.product(id, "1500.00", 3, 1);
    ShopRows.product(id, "990.50", 2, 0);
    ShopRows.product(id, "100.00", 4, 4); // everything reserved: not counted

    afterSetUp(
        () -> {
          JsonPath body = list(Map.of("search", tag));
          assertEquals(1, body.getInt("total"));
          assertEquals(1, body.getInt("page"));
          assertEquals(20, body.getInt("per_page"));
          Map<String, Object> card = body.getMap("sellers[0]");
          assertEquals(id, ((Number) card.get("seller_id")).longValue());
          assertEquals("Цветы " + tag, card.get("shop_name"));
          assertEquals("Иванова Анна", card.get("owner_fio"));
          assertEquals("both", card.get("delivery_type"));
          assertEquals(2, card.get("product_count"));
          assertEquals(990.5, ((Number) card.get("min_price")).doubleValue());
          assertEquals(1500.0, ((Number) card.get("max_price")).doubleValue());
          assertEquals(350.5, ((Number) card.get("delivery_price")).doubleValue());
          assertEquals(350.5, ((Number) card.get("min_delivery_price")).doubleValue());
          assertTrue(((String) card.get("city_name")).startsWith("Город-"));
          assertTrue(((String) card.get("district_name")).startsWith("Район-"));
          assertTrue(((String) card.get("metro_name")).startsWith("Станция-"));
          assertEquals("#0078BE", card.get("metro_line_color"));
          assertEquals(7, card.get("metro_walk_minutes"));
          assertEquals("available", card.get("availability"));
          assertEquals(30, card.get("available_slots"));
          assertEquals(10, card.get("delivery_slots"));
          assertEquals(20, card.get("pickup_slots"));
          assertEquals("available", card.get("delivery_availability"));
          assertEquals("available", card.get("pickup_availability"));
          assertEquals(true, card.get("subscription_active"));
          assertEquals(0, card.get("subscriber_count"));
          assertTrue(card.containsKey("working_hours"));
          assertTrue(card.containsKey("is_open_now"));
        });
  }

  @Test
  public void listingRuleHidesEachCaseAndKeepsShopsClosedNow() {
    String tag = ShopRows.tag("rule");
    String today = ShopRows.today().date().toString();
    long visible = ShopRows.listedShop("Видимый " + tag, "", "1000");
    long freePlan = ShopRows.listedShop("План free " + tag, "", "1000");
    ShopRows.updateShop(freePlan, "subscription_plan = 'free'");
    long futurePlacement = ShopRows.listedShop("Размещён " + tag, "", "1000");
    ShopRows.updateShop(futurePlacement, "placement_expired_at = now() + interval '1 day'");
    long closedNow = ShopRows.listedShop("Закрыт сейчас " + tag, "", "1000");
    ShopRows.updateShop(
        closedNow,
        "working_hours = ?::jsonb",
        "{\"0\":null,\"1\":null,\"2\":null,\"3\":null,\"4\":null,\"5\":null,\"6\":null}");
    long weeklyOnly = ShopRows.listedShop("Только по расписанию " + tag, "", "1000");
    ShopRows.updateShop(
        weeklyOnly,
        "max_delivery_orders = 0, max_pickup_orders = 0, weekly_schedule = ?::jsonb",
        "{\"" + ShopRows.today().weekdayKey() + "\":{\"delivery\":2,\"pickup\":0}}");

    List<Long> hidden = new ArrayList<>();
    hidden.add(hide("blocked", tag, "is_blocked = true"));
    hidden.add(hide("deleted", tag, "deleted_at = now()"));
    hidden.add(hide("expired", tag, "placement_expired_at = now() - interval '1 minute'"));
    hidden.add(hide("plan none", tag, "subscription_plan = 'none'"));
    hidden.add(hide("closed today", tag, "max_orders = 0, daily_limit_date = ?::date", today));
    hidden.add(hide("zero base limits", tag, "max_delivery_orders = 0, max_pickup_orders = 0"));
    long allReserved = ShopRows.shop("Всё в корзинах " + tag, "");
    ShopRows.product(allReserved, "500", 2, 2);
    hidden.add(allReserved);
    long inactive = ShopRows.shop("Скрытый товар " + tag, "");
    ShopRows.updateProduct(ShopRows.product(inactive, "500", 2, 0), "is_active = false");
    hidden.add(inactive);
    long preorderOnly = ShopRows.shop("Предзаказ " + tag, "");
    ShopRows.updateProduct(ShopRows.product(preorderOnly, "500", 2, 0), "is_preorder = true");
    hidden.add(preorderOnly);
    long noProducts = ShopRows.shop("Пусто " + tag, "");
    hidden.add(noProducts);

    afterSetUp(
        () -> {
          JsonPath body = list(Map.of("search", tag));
          Set<Long> listed = new HashSet<>(ids(body));
          assertEquals(Set.of(visible, freePlan, futurePlacement, closedNow, weeklyOnly), listed);
          assertEquals(5, body.getInt("total"));
          for (long h : hidden) {
            assertTrue(!listed.contains(h), "listed although hidden: " + h);
          }
          assertEquals(
              false, body.get("sellers.find { it.seller_id == " + closedNow + " }.is_open_now"));
          assertNull(body.get("sellers.find { it.seller_id == " + visible + " }.is_open_now"));
          assertEquals(
              2,
              (int)
                  body.get("sellers.find { it.seller_id == " + weeklyOnly + " }.available_slots"));
        });
  }

  private static long hide(String what, String tag, String set, Object... args) {
    long id = ShopRows.listedShop(what + " " + tag, "", "700");
    ShopRows.updateShop(id, set, args);
    return id;
  }

  @Test
  public void pagesAreDisjointAndTotalIsExactOnEveryPage() {
    String tag = ShopRows.tag("paging");
    Set<Long> all = new HashSet<>();
    for (int i = 0; i < 7; i++) {
      all.add(ShopRows.listedShop("Страницы " + i, "#" + tag, Integer.toString(100 + i)));
    }
    afterSetUp(
        () -> {
          List<Long> seen = new ArrayList<>();
          for (int page = 1; page <= 3; page++) {
            JsonPath body = list(Map.of("search", tag, "page", page, "per_page", 3));
            assertEquals(7, body.getInt("total"));
            assertEquals(page, body.getInt("page"));
            assertEquals(3, body.getInt("per_page"));
            assertEquals(page < 3 ? 3 : 1, ids(body).size());
            seen.addAll(ids(body));
          }
          assertEquals(7, seen.size());
          assertEquals(all, new HashSet<>(seen));
          JsonPath past = list(Map.of("search", tag, "page", 4, "per_page", 3));
          assertEquals(7, past.getInt("total"));
          assertTrue(ids(past).isEmpty());
        });
  }

  @Test
  public void sortsByPriceBySlotsAndByAStableShuffle() {
    String tag = ShopRows.tag("sort");
    long cheap = ShopRows.listedShop("A " + tag, "", "300");
    ShopRows.product(cheap, "5000", 1, 0); // cheapest min, dearest max
    long middle = ShopRows.listedShop("B " + tag, "", "1000");
    long dear = ShopRows.listedShop("C " + tag, "", "2000");
    ShopRows.updateShop(middle, "max_delivery_orders = 50");
    ShopRows.updateShop(dear, "max_delivery_orders = 1, max_pickup_orders = 1");

    afterSetUp(
        () -> {
          assertEquals(
              List.of(cheap, middle, dear), ids(list(Map.of("search", tag, "sort_price", "asc"))));
          assertEquals(
              List.of(cheap, dear, middle), ids(list(Map.of("search", tag, "sort_price", "desc"))));
          assertEquals(List.of(middle, cheap, dear), ids(list(Map.of("search", tag))));

          List<Long> shuffled = ids(list(Map.of("search", tag, "sort_mode", "nearby")));
          assertEquals(Set.of(cheap, middle, dear), new HashSet<>(shuffled));
          assertEquals(shuffled, ids(list(Map.of("search", tag, "sort_mode", "all_city"))));
          List<Long> paged = new ArrayList<>();
          for (int page = 1; page <= 3; page++) {
            paged.addAll(
                ids(
                    list(
                        Map.of(
                            "search", tag, "sort_mode", "nearby", "per_page", 1, "page", page))));
          }
          assertEquals(shuffled, paged);
        });
  }

  @Test
  public void filtersByLocationDeliveryAndSearchInHashtags() {
    String tag = ShopRows.tag("filter");
    long city = ShopRows.city();
    long district = ShopRows.district(city);
    long metro = ShopRows.metro(district, "#FF0000");
    long delivery = ShopRows.listedShop("Доставка " + tag, "", "100");
    ShopRows.updateShop(
        delivery, "delivery_type = 'доставка', delivery_price = 0, city_id = ?", city);
    long pickup = ShopRows.listedShop("Самовывоз " + tag, "", "100");
    ShopRows.updateShop(
        pickup, "delivery_type = 'самовывоз', city_id = ?, district_id = ?", city, district);
    long both = ShopRows.listedShop("Оба " + tag, "", "100");
    ShopRows.updateShop(
        both,
        "delivery_type = 'both', delivery_price = 300, city_id = ?, district_id = ?,"
            + " metro_id = ?",
        city,
        district,
        metro);
    long byHashtag = ShopRows.listedShop("Без тега в имени", "пионы, " + tag.toUpperCase(), "100");
    // PRODUCT.md §8.1: free delivery follows the zones (a zone priced 0 or free from some amount),
    // paid delivery is a shop with zones, none free; shops without zones are in neither
    ShopRows.zone(delivery, "0", null, district);
    ShopRows.zone(both, "300", null, district);

    afterSetUp(
        () -> {
          assertEquals(
              Set.of(delivery, pickup, both, byHashtag),
              new HashSet<>(ids(list(Map.of("search", tag)))));
          assertEquals(
              Set.of(byHashtag), new HashSet<>(ids(list(Map.of("search", "ПИОНЫ, " + tag)))));
          assertEquals(
              Set.of(delivery, pickup, both),
              new HashSet<>(ids(list(Map.of("search", tag, "city_id", city)))));
          assertEquals(
              Set.of(pickup, both),
              new HashSet<>(ids(list(Map.of("search", tag, "district_id", district)))));
          assertEquals(
              Set.of(both), new HashSet<>(ids(list(Map.of("search", tag, "metro_id", metro)))));
          assertEquals(
              Set.of(delivery, both, byHashtag),
              new HashSet<>(ids(list(Map.of("search", tag, "delivery_type", "delivery")))));
          assertEquals(
              Set.of(pickup, both, byHashtag),
              new HashSet<>(ids(list(Map.of("search", tag, "delivery_type", "pickup")))));
          assertEquals(
              Set.of(both, byHashtag),
              new HashSet<>(ids(list(Map.of("search", tag, "delivery_type", "both")))));
          assertEquals(
              Set.of(delivery),
              new HashSet<>(ids(list(Map.of("search", tag, "free_delivery", "true")))));
          assertEquals(
              Set.of(both),
              new HashSet<>(ids(list(Map.of("search", tag, "free_delivery", "false")))));
        });
    // a "free from" amount makes a paid zone's shop a free-delivery one
    ShopRows.sql("update delivery_zones set free_delivery_from = 5000 where seller_id = ?", both);
    afterSetUp(
        () -> {
          assertEquals(
              Set.of(delivery, both),
              new HashSet<>(
                  ids(list(Map.of("search", tag, "free_delivery", "true", "per_page", 50)))));
          JsonPath pickupOnly =
              list(
                  Map.of(
                      "search",
                      tag,
                      "delivery_type",
                      "pickup",
                      "city_id",
                      city,
                      "metro_id",
                      metro));
          assertEquals(List.of(both), ids(pickupOnly));
          assertEquals(1, pickupOnly.getInt("total"));
        });
  }

  @Test
  public void searchTreatsWildcardsLiterally() {
    String tag = ShopRows.tag("wild");
    long id = ShopRows.listedShop("100% " + tag, "", "100");
    afterSetUp(
        () -> {
          assertEquals(List.of(id), ids(list(Map.of("search", "100% " + tag))));
          assertTrue(ids(list(Map.of("search", "1_0% " + tag))).isEmpty());
        });
  }

  @Test
  public void badParametersAreReadable400s() {
    for (Map<String, String> bad :
        List.of(
            Map.of("per_page", "0"),
            Map.of("per_page", "101"),
            Map.of("page", "0"),
            Map.of("page", "x"),
            Map.of("city_id", "abc"),
            Map.of("delivery_type", "drone"),
            Map.of("sort_price", "up"),
            Map.of("sort_mode", "random"),
            Map.of("free_delivery", "yes"),
            Map.of("search", "x".repeat(101)))) {
      api()
          .queryParams(bad)
          .get("/public/sellers")
          .then()
          .statusCode(400)
          .body("detail", instanceOf(String.class));
    }
  }

  @Test
  public void sellersIsNeverNullAndMoneyIsNumeric() {
    api()
        .queryParam("search", ShopRows.tag("nothing"))
        .get("/public/sellers")
        .then()
        .statusCode(200)
        .body("sellers", notNullValue())
        .body("sellers.size()", equalTo(0))
        .body("total", equalTo(0));
    String tag = ShopRows.tag("money");
    long money = ShopRows.listedShop("Деньги " + tag, "", "1234.5");
    ShopRows.zone(money, "199.9", null, ShopRows.district(ShopRows.city()));
    afterSetUp(
        () ->
            api()
                .queryParam("search", tag)
                .get("/public/sellers")
                .then()
                .body("sellers.min_price", everyItem(instanceOf(Number.class)))
                .body("sellers.delivery_price", everyItem(instanceOf(Number.class)))
                .body("sellers[0].min_delivery_price", instanceOf(Number.class))
                .body("sellers[0].working_hours", nullValue()));
  }
}
