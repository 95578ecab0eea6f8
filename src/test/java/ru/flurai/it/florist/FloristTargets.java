package ru.flurai.it.florist;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import ru.flurai.it.identity.AuthorizationMatrixIT.Endpoint;
import ru.flurai.it.identity.AuthorizationMatrixIT.Who;

/**
 * The authorization matrix's rows for the stock and bouquet screens: the objects belong to a third
 * seller, so the matrix's own sellers pass authentication and are then refused at the object (404)
 * or at the body (400); nothing of theirs or the third seller's changes.
 */
public final class FloristTargets {
  private FloristTargets() {}

  private static FloristApi owner;
  private static long flower;
  private static long reception;
  private static long item;
  private static long bouquet;

  private static void create() {
    if (owner == null) {
      owner = new FloristApi();
      flower = owner.flower("Роза");
      reception = owner.reception("Чужая поставка");
      item = owner.item(reception, flower, 5, "10");
      bouquet = owner.bouquet("Чужой букет", 0, flower, 1);
    }
  }

  /** The third seller's batch: the matrix checks it still holds 5 stems. */
  public static long item() {
    create();
    return item;
  }

  public static List<Endpoint> rows(
      Map<Who, Integer> sellers, Map<Who, Integer> sellers400, Map<Who, Integer> sellers404) {
    create();
    String r = "/seller-web/receptions/";
    String i = r + "items/" + item;
    String count = "[{\"reception_item_id\":" + item + ",\"actual_quantity\":0}]";
    String flowerCount = "[{\"flower_id\":" + flower + ",\"actual_quantity\":0}]";
    String recipe = "{\"name\":\"x\",\"items\":[{\"flower_id\":" + flower + ",\"quantity\":1}]}";
    List<Endpoint> list = new ArrayList<>();
    list.add(new Endpoint("POST", "/seller-web/flowers", "{}", sellers400));
    list.add(new Endpoint("DELETE", "/seller-web/flowers/" + flower, null, sellers404));
    list.add(new Endpoint("POST", "/seller-web/receptions", "{}", sellers400));
    list.add(new Endpoint("GET", r + reception, null, sellers404));
    list.add(new Endpoint("PUT", r + reception, "{\"is_closed\":true}", sellers404));
    list.add(
        new Endpoint(
            "POST",
            r + reception + "/items",
            "{\"flower_id\":1,\"quantity_initial\":1,\"shelf_life_days\":1,\"price_per_unit\":1}",
            sellers404));
    list.add(new Endpoint("PUT", i, "{\"remaining_quantity\":0}", sellers404));
    list.add(new Endpoint("DELETE", i, null, sellers404));
    list.add(
        new Endpoint(
            "POST", i + "/write-off", "{\"quantity\":1,\"reason\":\"wilted\"}", sellers404));
    list.add(new Endpoint("GET", "/seller-web/write-offs/stats", null, sellers));
    list.add(new Endpoint("GET", r + reception + "/inventory", null, sellers404));
    list.add(new Endpoint("POST", r + reception + "/inventory/check", count, sellers404));
    list.add(new Endpoint("POST", r + reception + "/inventory/apply", count, sellers404));
    list.add(new Endpoint("POST", "/seller-web/inventory/all/check", flowerCount, sellers404));
    list.add(new Endpoint("POST", "/seller-web/inventory/all/apply", flowerCount, sellers404));
    list.add(new Endpoint("POST", "/seller-web/bouquets", recipe, sellers404));
    list.add(new Endpoint("PUT", "/seller-web/bouquets/" + bouquet, recipe, sellers404));
    list.add(new Endpoint("DELETE", "/seller-web/bouquets/" + bouquet, null, sellers404));
    list.add(
        new Endpoint("POST", "/seller-web/products/999999999999/recalculate", null, sellers404));
    return list;
  }
}
