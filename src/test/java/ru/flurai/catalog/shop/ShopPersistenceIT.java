package ru.flurai.catalog.shop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ru.flurai.catalog.BusinessDay;
import ru.flurai.catalog.JsonColumns;
import ru.flurai.incontainer.Fixture;
import ru.flurai.incontainer.InContainer;
import ru.flurai.incontainer.Sql;
import ru.flurai.platform.domain.Invalid;

/**
 * In the container, through the real persistence unit: the Shop aggregate loads a {@code sellers}
 * row with its embedded parts and converters, its changes are saved to the right columns (jsonb
 * included), a refused change leaves the row as it was, a shop created by {@link Shops} gets the
 * schema's defaults, a stored spelling outside the enum is never overwritten, and identity's
 * projection ({@link ShopAccount}, a JPQL constructor result) reads the login side.
 */
@ExtendWith(ArquillianExtension.class)
public class ShopPersistenceIT {
  private static final ZoneId MSK = ZoneId.of("Europe/Moscow");

  @Deployment
  public static WebArchive deployment() {
    return InContainer.archive(
            "shop",
            ShopPersistenceIT.class,
            ShopPersistenceIT.Work.class,
            Shop.class,
            Shop.Preorders.class,
            Shops.class,
            ShopRecord.class,
            ShopAccount.class,
            NewShop.class,
            OpeningHours.class,
            LimitSettings.class,
            LimitRules.class,
            PreorderSettings.class,
            DeliveryTerms.class,
            DeliveryOption.class,
            DeliveryOptionConverter.class,
            Listing.class,
            Plan.class,
            PlanConverter.class,
            WebAccess.class,
            DailyLimits.class,
            DailyLimits.Limits.class,
            JsonColumns.class,
            BusinessDay.class)
        // the aggregate's refusals
        .addPackage(Invalid.class.getPackage());
  }

  /** Work on managed entities in one transaction of its own, committed on return. */
  @ApplicationScoped
  public static class Work {
    @PersistenceContext(unitName = "primary")
    EntityManager db;

    @Transactional
    public void onShop(long sellerId, Consumer<Shop> change) {
      change.accept(db.find(Shop.class, sellerId));
    }
  }

  @Inject Work work;
  @Inject Shops shops;
  @Inject Sql sql;

  private Fixture fixture;
  private long created;

  @BeforeEach
  void fixture() {
    fixture = new Fixture(sql);
  }

  @AfterEach
  void cleanUp() {
    if (created != 0) {
      sql.commit("delete from sellers where seller_id = ?1", created);
    }
    fixture.close();
  }

  private static JsonObject json(String text) {
    try (var r = Json.createReader(new StringReader(text))) {
      return r.readObject();
    }
  }

  private Object column(String column, long sellerId) {
    return sql.committed("select " + column + " from sellers where seller_id = ?1", sellerId);
  }

  @Test
  public void aShopLoadsWithItsPartsAndSavesEveryChangeToItsColumn() {
    long id = fixture.seller;
    BusinessDay today = BusinessDay.at(Instant.now(), MSK);
    Object updatedBefore = column("updated_at::text", id);
    work.onShop(
        id,
        s -> {
          assertEquals("Тестовая лавка", s.shopName());
          assertEquals(DeliveryOption.BOTH, s.deliveryOption());
          assertTrue(s.planActive());
          assertEquals(10, s.maxDeliveryOrders());
          assertEquals(20, s.maxPickupOrders());
          assertEquals("[]", s.preorders().customDatesJson());
          assertEquals(7, s.preorders().discountMinDays());
          assertNotNull(s.incarnation);
          s.renameShop("Лавка у моста");
          s.changeDeliveryOption(DeliveryOption.RU_PICKUP);
          s.changeWeeklySchedule(json("{\"4\":{\"delivery\":2,\"pickup\":5}}"));
          s.changeWorkingHours(json("{\"0\":{\"open\":\"09:00\",\"close\":\"21:00\"},\"6\":null}"));
          s.limitToday(3, null, null, today);
          s.changePreorders(
              new Shop.Preorders(
                  true,
                  "weekly",
                  4,
                  null,
                  null,
                  "[\"2030-01-02\"]",
                  3,
                  15,
                  new BigDecimal("5.50"),
                  10));
          s.put("commission_percent", 12);
        });
    assertTrue(shops.setPlan(id, Plan.PRO));
    assertEquals("Лавка у моста", column("shop_name", id));
    assertEquals("самовывоз", column("delivery_type", id));
    assertEquals("pro", column("subscription_plan", id));
    assertEquals(
        2L,
        sql.committedLong(
            "select (weekly_schedule -> '4' ->> 'delivery')::int from sellers where seller_id = ?1",
            id));
    assertEquals("21:00", column("working_hours -> '0' ->> 'close'", id));
    assertEquals("null", column("jsonb_typeof(working_hours -> '6')", id));
    assertEquals(
        3L, sql.committedLong("select max_delivery_orders from sellers where seller_id = ?1", id));
    assertEquals(
        20L, sql.committedLong("select max_pickup_orders from sellers where seller_id = ?1", id));
    assertEquals(23L, sql.committedLong("select max_orders from sellers where seller_id = ?1", id));
    assertEquals(today.date().toString(), column("daily_limit_date::text", id));
    assertEquals(true, column("preorder_enabled", id));
    assertEquals("weekly", column("preorder_schedule_type", id));
    assertEquals("2030-01-02", column("preorder_custom_dates ->> 0", id));
    assertEquals("5.50", column("preorder_discount_percent::text", id));
    assertEquals(
        12L, sql.committedLong("select commission_percent from sellers where seller_id = ?1", id));
    assertNotEquals(updatedBefore, column("updated_at::text", id));
    // read back through the aggregate
    ShopRecord r = shops.record(id).orElseThrow();
    assertEquals(Plan.PRO, r.plan());
    assertEquals("самовывоз", r.deliveryType());
    assertEquals(23, r.maxOrders());
  }

  @Test
  public void aRefusedChangeLeavesTheRowAsItWas() {
    long id = fixture.seller;
    BusinessDay today = BusinessDay.at(Instant.now(), MSK);
    assertThrows(Invalid.class, () -> shops.setManualLimit(id, 5000, today.date()));
    assertThrows(
        Invalid.class,
        () ->
            work.onShop(
                id,
                s -> {
                  s.renameShop("Другое имя");
                  s.limitToday(-1, 2, null, today);
                }));
    assertThrows(
        Invalid.class,
        () -> work.onShop(id, s -> s.changeWeeklySchedule(json("{\"1\":{\"delivery\":1001}}"))));
    assertEquals("Тестовая лавка", column("shop_name", id));
    assertEquals(0L, sql.committedLong("select max_orders from sellers where seller_id = ?1", id));
    assertEquals(
        1L,
        sql.committedLong(
            "select count(*) from sellers where seller_id = ?1 and daily_limit_date is null"
                + " and weekly_schedule is null",
            id));
    // an unknown shop is not an error of the aggregate: the caller decides what it means
    assertEquals(Optional.empty(), shops.setManualLimit(1L, 5, today.date()));
    assertEquals(Optional.empty(), shops.account(1L));
  }

  @Test
  public void aCreatedShopHasTheSchemasDefaults() {
    created = fixture.buyer();
    shops.create(
        new NewShop(
            created,
            "Новая лавка",
            "7707083893",
            null,
            null,
            null,
            null,
            DeliveryOption.DELIVERY,
            null,
            null,
            null,
            null,
            null,
            null,
            "Seller" + created,
            "hash"));
    String columns =
        "max_delivery_orders, max_pickup_orders, max_orders, subscription_plan, delivery_price,"
            + " use_delivery_zones, is_blocked, hashtags, preorder_enabled, preorder_custom_dates,"
            + " preorder_min_lead_days, preorder_discount_percent, preorder_discount_min_days,"
            + " sessions_valid_after, weekly_schedule, working_hours, deleted_at";
    // the fixture's row was inserted with SQL, so it holds the schema's own defaults
    assertEquals(
        column("row(" + columns + ")::text", fixture.seller),
        column("row(" + columns + ")::text", created));
    assertEquals("delivery", column("delivery_type", created));
    assertEquals("7707083893", column("inn", created));
    assertNotNull(column("incarnation", created));
    assertTrue(shops.exists(created));
    assertTrue(shops.loginTaken("SELLER" + created, fixture.seller));
    assertEquals(false, shops.loginTaken("seller" + created, created));
  }

  @Test
  public void aSpellingOutsideTheEnumIsReadAsNotChosenAndNeverWrittenBack() {
    long id = fixture.seller;
    sql.commit(
        "update sellers set delivery_type = 'курьер', subscription_plan = 'gold' where seller_id = ?1",
        id);
    work.onShop(
        id,
        s -> {
          assertEquals(DeliveryOption.NOT_CHOSEN, s.deliveryOption());
          assertEquals(Plan.ACTIVE, s.listing.plan());
          s.renameShop("Переименована");
        });
    assertEquals("Переименована", column("shop_name", id));
    assertEquals("курьер", column("delivery_type", id));
    assertEquals("gold", column("subscription_plan", id));
  }

  @Test
  public void identityReadsTheLoginSideInOneProjection() {
    long id = fixture.seller;
    String login = "Login" + id;
    assertTrue(shops.setCredentials(id, login, "hash-1"));
    ShopAccount a = shops.accountByLogin(login.toUpperCase()).orElseThrow();
    assertEquals(id, a.sellerId());
    assertEquals(login, a.webLogin());
    assertEquals("hash-1", a.passwordHash());
    assertEquals(Instant.EPOCH, a.sessionsValidAfter().toInstant());
    assertEquals(column("incarnation", id), a.incarnation());
    shops.changeCredentials(id, login, "hash-2", "jti-kept");
    ShopAccount b = shops.account(id).orElseThrow();
    assertEquals("hash-2", b.passwordHash());
    assertEquals("jti-kept", b.sessionKeepJti());
    assertTrue(b.sessionsValidAfter().toInstant().isAfter(Instant.now().minusSeconds(60)));
    assertTrue(shops.block(id, true));
    assertTrue(shops.softDelete(id));
    ShopAccount c = shops.account(id).orElseThrow();
    assertTrue(c.blocked());
    assertNotNull(c.deletedAt());
    assertEquals(true, column("is_blocked", id));
    assertTrue(shops.records(true).stream().anyMatch(r -> r.sellerId() == id));
    assertTrue(shops.records(false).stream().noneMatch(r -> r.sellerId() == id));
  }

  /**
   * The Shop's named queries are exactly the two {@link #identityReadsTheLoginSideInOneProjection}
   * runs against the schema: a new one fails here until it gets its case there.
   */
  @Test
  public void everyNamedQueryOfTheShopHasItsCaseHere() {
    Set<String> declared = new TreeSet<>();
    for (NamedQuery q : Shop.class.getAnnotationsByType(NamedQuery.class)) {
      declared.add(q.name());
    }
    assertEquals(new TreeSet<>(Set.of(Shop.ACCOUNT, Shop.ACCOUNT_BY_LOGIN)), declared);
  }
}
