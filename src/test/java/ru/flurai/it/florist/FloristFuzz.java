package ru.flurai.it.florist;

import java.util.Map;
import ru.flurai.it.Fixtures;
import ru.flurai.it.platform.FuzzTargets.Baseline;

/**
 * FuzzIT's baselines for the stock and bouquet operations: the fuzz seller's own flower, reception,
 * batch and bouquet (and spare ones for the deletes), written straight into the database.
 */
public final class FloristFuzz {
  private final long product;
  private final long flower;
  private final long reception;
  private final long item;
  private final long bouquet;
  private final long spareFlower;
  private final long spareItem;
  private final long spareBouquet;

  public FloristFuzz(long sellerId, long product) {
    this.product = product;
    flower =
        insert(
            "insert into flowers (seller_id, name) values (?, 'Фазз-роза') returning id", sellerId);
    spareFlower =
        insert(
            "insert into flowers (seller_id, name) values (?, 'Фазз-лишний') returning id",
            sellerId);
    reception =
        insert(
            "insert into receptions (seller_id, name) values (?, 'Фазз') returning id", sellerId);
    item = batch(sellerId, 1_000_000);
    spareItem = batch(sellerId, 1);
    bouquet = bouquet(sellerId);
    spareBouquet = bouquet(sellerId);
  }

  private long batch(long sellerId, int stems) {
    return insert(
        "insert into reception_items (reception_id, seller_id, flower_id, quantity_initial,"
            + " arrival_date, shelf_life_days, price_per_unit, remaining_quantity)"
            + " values (?, ?, ?, ?, current_date, 7, 10, ?) returning id",
        reception,
        sellerId,
        flower,
        stems,
        stems);
  }

  private long bouquet(long sellerId) {
    long id =
        insert(
            "insert into bouquets (seller_id, name) values (?, 'Фазз-букет') returning id",
            sellerId);
    insert(
        "insert into bouquet_items (bouquet_id, flower_id, quantity) values (?, ?, 1)"
            + " returning bouquet_id",
        id,
        flower);
    return id;
  }

  private static long insert(String sql, Object... args) {
    return Fixtures.count(sql, args);
  }

  private static Baseline of(Map<String, String> path, Map<String, String> query, String body) {
    return new Baseline(path, query, Map.of(), body);
  }

  /** The baseline of one of this feature's operations, or null for any other operation. */
  public Baseline baseline(String op) {
    String counts = "[{\"reception_item_id\":" + item + ",\"actual_quantity\":999999}]";
    String flowerCounts = "[{\"flower_id\":" + flower + ",\"actual_quantity\":999999}]";
    String recipe =
        "{\"name\":\"Фазз\",\"packaging_cost\":10,\"items\":[{\"flower_id\":"
            + flower
            + ",\"quantity\":2}]}";
    Map<String, String> atReception = Map.of("id", "" + reception);
    Map<String, String> atItem = Map.of("itemId", "" + item);
    return switch (op) {
      case "POST /seller-web/flowers" ->
          of(Map.of(), Map.of(), "{\"name\":\"Фазз\",\"default_shelf_life_days\":5}");
      case "DELETE /seller-web/flowers/{id}" -> of(Map.of("id", "" + spareFlower), Map.of(), null);
      case "POST /seller-web/receptions" ->
          of(
              Map.of(),
              Map.of(),
              "{\"name\":\"Фазз\",\"reception_date\":\"2030-01-01\",\"supplier\":\"s\","
                  + "\"invoice_number\":\"i\"}");
      case "GET /seller-web/receptions/{id}", "GET /seller-web/receptions/{id}/inventory" ->
          of(atReception, Map.of(), null);
      case "PUT /seller-web/receptions/{id}" ->
          of(
              atReception,
              Map.of(),
              "{\"is_closed\":false,\"supplier\":\"s\",\"invoice_number\":\"i\"}");
      case "POST /seller-web/receptions/{id}/items" ->
          of(
              atReception,
              Map.of(),
              "{\"flower_id\":"
                  + flower
                  + ",\"quantity_initial\":5,\"arrival_date\":\"2030-01-01\","
                  + "\"shelf_life_days\":5,\"price_per_unit\":10.5}");
      case "PUT /seller-web/receptions/items/{itemId}" ->
          of(
              atItem,
              Map.of(),
              "{\"remaining_quantity\":999999,\"quantity_initial\":5,"
                  + "\"arrival_date\":\"2030-01-01\",\"shelf_life_days\":5,\"price_per_unit\":10}");
      case "DELETE /seller-web/receptions/items/{itemId}" ->
          of(Map.of("itemId", "" + spareItem), Map.of(), null);
      case "POST /seller-web/receptions/items/{itemId}/write-off" ->
          of(atItem, Map.of(), "{\"quantity\":1,\"reason\":\"wilted\",\"comment\":\"к\"}");
      case "GET /seller-web/write-offs/stats" ->
          of(Map.of(), Map.of("date_from", "2025-01-01", "date_to", "2025-01-31"), null);
      case "POST /seller-web/receptions/{id}/inventory/check",
          "POST /seller-web/receptions/{id}/inventory/apply" ->
          of(atReception, Map.of(), counts);
      case "POST /seller-web/inventory/all/check", "POST /seller-web/inventory/all/apply" ->
          of(Map.of(), Map.of(), flowerCounts);
      case "POST /seller-web/bouquets" -> of(Map.of(), Map.of(), recipe);
      case "PUT /seller-web/bouquets/{id}" -> of(Map.of("id", "" + bouquet), Map.of(), recipe);
      case "DELETE /seller-web/bouquets/{id}" ->
          of(Map.of("id", "" + spareBouquet), Map.of(), null);
      case "POST /seller-web/products/{id}/recalculate" ->
          of(Map.of("id", "" + product), Map.of(), null);
      default -> null;
    };
  }
}
