package ru.flurai.it.catalog;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import ru.flurai.catalog.listing.ListingSql;
import ru.flurai.catalog.listing.NativeSql;
import ru.flurai.catalog.shop.ShopSql;
import ru.flurai.it.ServerTest;
import ru.flurai.it.ShopRows;
import ru.flurai.it.Stack;

/**
 * EXPLAIN ANALYZE of the catalogue's queries on a catalogue of realistic size (PRODUCTION.md
 * "Database"): every products access goes through ix_products_listable, and the shop page touches
 * no table by a sequential scan. The plans are written to target/query-plans.txt (SCALING.md "Query
 * plans" quotes them).
 */
public class CatalogueQueryPlansIT extends ServerTest {
  public static CatalogueVolume volume;
  public static final Map<String, String> PLANS = new LinkedHashMap<>();

  @BeforeAll
  public static void data() throws Exception {
    volume = new CatalogueVolume().create();
  }

  @AfterAll
  public static void cleanUp() throws Exception {
    StringBuilder out = new StringBuilder();
    PLANS.forEach(
        (name, plan) -> out.append("== ").append(name).append('\n').append(plan).append('\n'));
    Files.writeString(Path.of("target/query-plans.txt"), out);
    volume.drop();
  }

  public static String explain(String name, NativeSql sql) throws Exception {
    NativeSql.Jdbc jdbc = sql.jdbc();
    StringBuilder plan = new StringBuilder();
    try (Connection c = Stack.db();
        PreparedStatement s =
            c.prepareStatement("explain (analyze, buffers, timing off) " + jdbc.text())) {
      for (int i = 0; i < jdbc.values().size(); i++) {
        s.setObject(i + 1, jdbc.values().get(i));
      }
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          plan.append(rs.getString(1)).append('\n');
        }
      }
    }
    PLANS.put(name, plan.toString());
    return plan.toString();
  }

  public static void usesListableIndexOnly(String plan) {
    assertTrue(plan.contains("ix_products_listable"), plan);
    assertFalse(plan.contains("Seq Scan on products"), plan);
    assertFalse(plan.contains("Seq Scan on buyer_favorite_sellers"), plan);
  }

  @Test
  public void everyListedShopInOneStatement() throws Exception {
    usesListableIndexOnly(
        explain(
            "GET /public/sellers: every listed shop (paged, filtered and sorted in memory)",
            ListingSql.listable(ShopRows.today())));
  }

  @Test
  public void shopPageUsesPrimaryKeysAndTheSubscriberIndex() throws Exception {
    String plan = explain("GET /public/sellers/{id}: the shop", ShopSql.shop(volume.sellerId(7)));
    assertTrue(plan.contains("sellers_pkey"), plan);
    assertTrue(plan.contains("ix_favorite_seller_id"), plan);
    for (String table : new String[] {"sellers", "users", "products", "buyer_favorite_sellers"}) {
      assertFalse(plan.contains("Seq Scan on " + table), plan);
    }
  }

  @Test
  public void productsOfAShopAreAnIndexRangeInPriceOrder() throws Exception {
    String plan =
        explain("GET /public/sellers/{id}: its products", ShopSql.products(volume.sellerId(7)));
    assertTrue(plan.contains("ix_products_listable"), plan);
    assertFalse(plan.contains("Seq Scan"), plan);
  }

  @Test
  public void favouriteShopsOfABuyer() throws Exception {
    long buyer = volume.sellerId(CatalogueVolume.SHOPS + 3);
    String plan =
        explain(
            "GET /buyers/me/favorite-sellers",
            ListingSql.favourites(buyer, ShopRows.today(), 1000));
    usesListableIndexOnly(plan);
    assertTrue(plan.contains("buyer_favorite_sellers_pkey"), plan);
    assertFalse(plan.contains("Seq Scan on sellers"), plan);
  }
}
