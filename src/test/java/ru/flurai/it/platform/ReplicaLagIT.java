package ru.flurai.it.platform;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import ru.flurai.it.ExtraServer;
import ru.flurai.it.Fixtures;
import ru.flurai.it.ServerTest;
import ru.flurai.it.ShopRows;
import ru.flurai.it.Stack;
import ru.flurai.it.StreamingReplica;

/**
 * Issue 10, item 11: a lagging replica must not pin stale data in the cache. A real hot standby
 * streams from the stack's PostgreSQL ({@link StreamingReplica}); two more server instances read
 * the catalogue from it ({@code DB_REPLICA_HOSTS}): one as configured by default ({@code
 * CACHE_PRIMARY_READ_SECONDS=30}), one with the window off ({@code 0}, the old behaviour). With the
 * standby's replay paused, a shop is renamed and its product's price changed through the seller
 * panel: the default instance serves the new values at once, whether the change went through it or
 * through another instance (the eviction then arrives over Redis), although the standby still has
 * the old row; the instance without the window serves the standby's old values, i.e. the test fails
 * without the fix.
 */
public class ReplicaLagIT extends ServerTest {
  private static final String OLD_NAME = "My Shop";
  private static StreamingReplica replica;
  private static ExtraServer withWindow;
  private static ExtraServer withoutWindow;

  @BeforeAll
  public static void startReplicaAndInstances() throws Exception {
    replica = StreamingReplica.start(Path.of("target", "replica-it"));
    Map<String, String> vars = new LinkedHashMap<>(ExtraServer.testServerVariables());
    vars.put(
        "BOT_TOKEN",
        "555001:replica-lag-test-bot"); // a bot of their own: the suite's poller is not involved
    vars.put("DB_REPLICA_HOSTS", "127.0.0.1:" + replica.port);
    withWindow = ExtraServer.create("replicaWindow", vars);
    vars.put("CACHE_PRIMARY_READ_SECONDS", "0");
    withoutWindow = ExtraServer.create("replicaNoWindow", vars);
    withWindow.start(Map.of());
    withoutWindow.start(Map.of());
    // two Liberty servers from scratch: each took ~260 s to start the application on 2 cores at
    // load 30
    Stack.eventually(
        600_000,
        () -> assertTrue(started(withWindow) && started(withoutWindow), "servers did not start"));
    for (ExtraServer s : new ExtraServer[] {withWindow, withoutWindow}) {
      // catalogue reads of this instance go to the standby (the driver prefers a server in
      // recovery)
      Stack.eventually(
          60_000,
          () ->
              s.api()
                  .get("/health/ready")
                  .then()
                  .statusCode(200)
                  .body("checks.find { it.name == 'replica' }.data.state", equalTo("ok")));
    }
  }

  @AfterAll
  public static void stop() throws Exception {
    for (AutoCloseable c : new AutoCloseable[] {withWindow, withoutWindow, replica}) {
      if (c != null) {
        c.close();
      }
    }
  }

  @Test
  public void theChangeIsServedAtOnceWhileTheReplicaLags() throws Exception {
    Shop local = Shop.create();
    Shop remote = Shop.create();
    replica.catchUp();
    local.assertServed(withWindow, OLD_NAME, 1500); // cached, from the standby
    remote.assertServed(withWindow, OLD_NAME, 1500);
    replica.pauseReplay();
    try {
      local.change(withWindow::api, "Новое имя", 1700);
      // through the suite's server: the eviction reaches this instance over Redis
      remote.change(Stack::api, "Другое имя", 1800);
      local.assertOnStandby(OLD_NAME, "1500.00");
      remote.assertOnStandby(OLD_NAME, "1500.00");
      assertTrue(
          Integer.parseInt(
                  replica.query(
                      "select count(*) from pg_stat_activity where application_name ="
                          + " 'flurai-read'"))
              > 0,
          "no instance reads from the standby");

      local.assertServed(withWindow, "Новое имя", 1700);
      Stack.eventually(10_000, () -> remote.assertServed(withWindow, "Другое имя", 1800));
      local.assertOnStandby(OLD_NAME, "1500.00"); // still lagging while the new values were served
    } finally {
      replica.resumeReplay();
    }
    replica.catchUp();
    local.assertOnStandby("Новое имя", "1700.00");
  }

  @Test
  public void withoutThePrimaryWindowTheLaggingReplicasValueIsServed() throws Exception {
    Shop shop = Shop.create();
    replica.catchUp();
    shop.assertServed(withoutWindow, OLD_NAME, 1500);
    replica.pauseReplay();
    try {
      shop.change(withoutWindow::api, "Новое имя", 1700);
      shop.assertOnStandby(OLD_NAME, "1500.00");
      shop.assertServed(
          withoutWindow, OLD_NAME, 1500); // evicted, then reloaded from the standby: stale
    } finally {
      replica.resumeReplay();
    }
    replica.catchUp();
  }

  private static boolean started(ExtraServer s) {
    try {
      return s.started();
    } catch (IOException e) {
      return false;
    }
  }

  /** A listed shop with one product at 1 500, found in the list by a tag of its own. */
  private record Shop(Fixtures.SellerFixture seller, long product, String tag, String token) {
    static Shop create() {
      var seller = Fixtures.seller();
      long product = ShopRows.product(seller.id(), "1500", 3, 0);
      String tag = ShopRows.tag("lag");
      ShopRows.updateShop(seller.id(), "hashtags = ?", tag);
      return new Shop(seller, product, tag, Fixtures.sellerToken(seller));
    }

    /**
     * Renames the shop and reprices the product through the seller panel API of {@code through}.
     */
    void change(Supplier<RequestSpecification> through, String name, int price) {
      through
          .get()
          .header("X-Seller-Token", token)
          .contentType("application/json")
          .body(Map.of("shop_name", name))
          .put("/seller-web/me")
          .then()
          .statusCode(200);
      through
          .get()
          .header("X-Seller-Token", token)
          .contentType("application/json")
          .body(Map.of("price", price))
          .put("/seller-web/products/" + product)
          .then()
          .statusCode(200);
    }

    /** The public shop page and the list on {@code instance} show this name and price. */
    void assertServed(ExtraServer instance, String name, int price) {
      JsonPath page =
          instance
              .api()
              .get("/public/sellers/" + seller.id())
              .then()
              .statusCode(200)
              .extract()
              .jsonPath();
      assertEquals(name, page.getString("shop_name"), "shop page");
      assertEquals(price, page.getDouble("products[0].price"), 0.001, "shop page price");
      JsonPath list =
          instance
              .api()
              .queryParam("search", tag)
              .get("/public/sellers")
              .then()
              .statusCode(200)
              .extract()
              .jsonPath();
      assertEquals(1, list.getInt("total"), "list");
      assertEquals(name, list.getString("sellers[0].shop_name"), "list");
      assertEquals(price, list.getDouble("sellers[0].min_price"), 0.001, "list price");
    }

    void assertOnStandby(String name, String price) {
      assertEquals(
          name, replica.query("select shop_name from sellers where seller_id = ?", seller.id()));
      assertEquals(price, replica.query("select price::text from products where id = ?", product));
    }
  }
}
