package ru.flurai.loyalty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ru.flurai.identity.PhoneNumbers;
import ru.flurai.identity.Phones;
import ru.flurai.incontainer.Fixture;
import ru.flurai.incontainer.InContainer;
import ru.flurai.incontainer.OpenTx;
import ru.flurai.incontainer.Sql;
import ru.flurai.platform.db.SchemaReady;
import ru.flurai.platform.http.JsonConfig;

/**
 * In the container, on the real database: points accrue once when an order is completed, come back
 * once when an order paid with them is cancelled, expire (what is left of a lot, FIFO) by the
 * instant the job is given, are spent only from a card linked through a verified phone, and eight
 * concurrent checkouts on one balance never take it below zero while the ledger always sums to the
 * balance. Phones are verified only by the sender's own contact.
 */
@ExtendWith(ArquillianExtension.class)
public class PointsIT {
  @Deployment
  public static WebArchive deployment() {
    return InContainer.archive(
        "points",
        PointsIT.class,
        Points.class,
        Ledger.class,
        Cards.class,
        LoyaltySettings.class,
        LoyaltyTerms.class,
        LoyaltyViews.class,
        PointsUsage.class,
        PointsExpiry.class,
        VerifiedPhones.class,
        Phones.class,
        PhoneNumbers.class,
        JsonConfig.class,
        SchemaReady.class);
  }

  @Inject Points points;
  @Inject PointsExpiry expiry;
  @Inject VerifiedPhones phones;
  @Inject Cards cards;
  @Inject Sql sql;

  private Fixture fixture;
  private long product;
  private final List<Long> verified = new ArrayList<>();

  @BeforeEach
  void fixture() {
    fixture = new Fixture(sql);
    product = fixture.product(100, 0);
  }

  @AfterEach
  void cleanUp() {
    for (long id : verified) {
      sql.commit("delete from verified_phones where tg_id = ?1", id);
    }
    fixture.close();
  }

  private static String phone() {
    return "7" + ThreadLocalRandom.current().nextLong(9_000_000_000L, 9_999_999_999L);
  }

  /** A buyer whose phone Telegram verified. */
  private long verifiedBuyer() {
    long buyer = fixture.buyer();
    sql.commit("insert into verified_phones (tg_id, phone) values (?1, ?2)", buyer, phone());
    verified.add(buyer);
    return buyer;
  }

  private void terms(String percent, int maxShare, String rate, Integer expireDays) {
    sql.commit(
        "insert into loyalty_settings (seller_id, points_percent, max_points_discount_percent,"
            + " points_to_ruble_rate, points_expire_days) values (?1, ?2, ?3, ?4, ?5)",
        fixture.seller,
        new BigDecimal(percent),
        maxShare,
        new BigDecimal(rate),
        expireDays);
  }

  private static <T> T inTx(Callable<T> work) throws Exception {
    OpenTx<T> tx = OpenTx.committing(work);
    T r = tx.result();
    tx.commit();
    return r;
  }

  private long order(long buyer) {
    return fixture.order(buyer, product, 1);
  }

  private BigDecimal completed(long buyer, String amount) throws Exception {
    long o = order(buyer);
    inTx(() -> points.orderMoved(o, buyer, fixture.seller, "done", new BigDecimal(amount)));
    return balance(buyer);
  }

  private LoyaltyViews.Redemption spend(long buyer, long order, String requested, String total)
      throws Exception {
    List<Object> usage =
        List.of(
            Map.of(
                "seller_id",
                BigDecimal.valueOf(fixture.seller),
                "points_to_use",
                new BigDecimal(requested)));
    return inTx(() -> points.redeem(buyer, fixture.seller, order, usage, new BigDecimal(total)));
  }

  private BigDecimal balance(long buyer) {
    return (BigDecimal)
        sql.committed(
            "select coalesce(max(points_balance), 0) from customers"
                + " where seller_id = ?1 and linked_user_id = ?2",
            fixture.seller,
            buyer);
  }

  /** The card's ledger sums to its balance, and so do its lots' remainders. */
  private void assertLedgerMatches(long buyer) {
    BigDecimal balance = balance(buyer);
    assertTrue(balance.signum() >= 0, "balance never below 0: " + balance);
    BigDecimal sum =
        (BigDecimal)
            sql.committed(
                "select coalesce(sum(l.points), 0) from loyalty_ledger l join customers c"
                    + " on c.id = l.customer_id where c.seller_id = ?1 and c.linked_user_id = ?2",
                fixture.seller,
                buyer);
    BigDecimal remaining =
        (BigDecimal)
            sql.committed(
                "select coalesce(sum(l.remaining), 0) from loyalty_ledger l join customers c"
                    + " on c.id = l.customer_id where c.seller_id = ?1 and c.linked_user_id = ?2",
                fixture.seller,
                buyer);
    assertEquals(0, balance.compareTo(sum), "ledger sum " + sum + " = balance " + balance);
    assertEquals(
        0, balance.compareTo(remaining), "lots left " + remaining + " = balance " + balance);
  }

  private static void assertAmount(String expected, BigDecimal actual) {
    assertEquals(
        0, new BigDecimal(expected).compareTo(actual), "expected " + expected + ", was " + actual);
  }

  @Test
  public void completionEarnsOnceAtThePercentWithItsExpiry() throws Exception {
    terms("10", 100, "1", 30);
    long buyer = verifiedBuyer();
    long o = order(buyer);
    inTx(() -> points.orderMoved(o, buyer, fixture.seller, "done", new BigDecimal("1000")));
    assertAmount("100", balance(buyer));
    inTx(() -> points.orderMoved(o, buyer, fixture.seller, "completed", new BigDecimal("1000")));
    assertAmount("100", balance(buyer));
    Timestamp expires =
        (Timestamp)
            sql.committed(
                "select expires_at from loyalty_ledger where order_id = ?1 and kind = 'accrual'",
                o);
    Instant now = Instant.now();
    assertTrue(
        expires.toInstant().isAfter(now.plus(Duration.ofDays(29)))
            && expires.toInstant().isBefore(now.plus(Duration.ofDays(31))),
        "expires in 30 days: " + expires);
    assertLedgerMatches(buyer);
  }

  @Test
  public void tiersRaiseThePercentWithPurchases() throws Exception {
    sql.commit(
        "insert into loyalty_settings (seller_id, points_percent, tiers_config) values (?1, 1,"
            + " cast(?2 as jsonb))",
        fixture.seller,
        "[{\"name\":\"Бронза\",\"min_total\":0,\"points_percent\":5},"
            + "{\"name\":\"Золото\",\"min_total\":1000,\"points_percent\":10}]");
    long buyer = verifiedBuyer();
    assertAmount("50", completed(buyer, "1000")); // 5 % on the first 1000
    assertAmount("150", completed(buyer, "1000")); // 10 % once 1000 were bought
    assertLedgerMatches(buyer);
  }

  @Test
  public void withoutAVerifiedPhoneNothingIsEarnedOrSpent() throws Exception {
    terms("10", 100, "1", null);
    long buyer = fixture.buyer();
    String typed = phone();
    sql.commit("update users set phone = ?1 where tg_id = ?2", typed, buyer); // the profile's phone
    // a card the seller made for that phone, with points on it
    long card =
        sql.insert(
            "insert into customers (seller_id, phone, first_name, last_name, card_number,"
                + " points_balance) values (?1, ?2, 'Жертва', '—', 'FL-T1', 0) returning id",
            fixture.seller,
            typed);
    inTx(() -> points.sale(fixture.seller, card, new BigDecimal("5000")));
    long o = order(buyer);
    inTx(() -> points.orderMoved(o, buyer, fixture.seller, "done", new BigDecimal("1000")));
    assertEquals(
        0L,
        sql.committedLong(
            "select count(*) from customers where seller_id = ?1 and linked_user_id = ?2",
            fixture.seller,
            buyer));
    LoyaltyViews.Redemption r = spend(buyer, order(buyer), "100", "1000");
    assertAmount("0", r.pointsUsed());
    assertAmount("0", r.pointsDiscount());
    assertAmount(
        "500",
        (BigDecimal) sql.committed("select points_balance from customers where id = ?1", card));
    assertFalse(inTx(() -> cards.buyerCard(buyer, fixture.seller)).linked());
  }

  @Test
  public void aCancelGivesTheSpentPointsBackOnce() throws Exception {
    terms("10", 100, "1", null);
    long buyer = verifiedBuyer();
    assertAmount("100", completed(buyer, "1000"));
    long o = order(buyer);
    LoyaltyViews.Redemption r = spend(buyer, o, "40", "100");
    assertAmount("40", r.pointsUsed());
    assertAmount("40", r.pointsDiscount());
    assertAmount("60", balance(buyer));
    assertAmount(
        "40",
        inTx(() -> points.orderMoved(o, buyer, fixture.seller, "cancelled", BigDecimal.ZERO)));
    assertAmount("100", balance(buyer));
    assertAmount(
        "0", inTx(() -> points.orderMoved(o, buyer, fixture.seller, "rejected", BigDecimal.ZERO)));
    assertAmount("100", balance(buyer));
    assertAmount("40", inTx(() -> points.refunded(o)));
    assertLedgerMatches(buyer);
  }

  @Test
  public void theShareCapsTheDiscountAndOnlyTheNeededPointsAreSpent() throws Exception {
    terms("10", 50, "2", null);
    long buyer = verifiedBuyer();
    assertAmount("100", completed(buyer, "1000"));
    LoyaltyViews.Redemption r = spend(buyer, order(buyer), "100", "60");
    assertAmount("30", r.pointsDiscount()); // 50 % of 60
    assertAmount("15", r.pointsUsed()); // 30 ₽ at 2 ₽ a point
    assertAmount("85", balance(buyer));
    terms0(0);
    assertAmount("0", spend(buyer, order(buyer), "10", "60").pointsUsed()); // 0 % means none
    assertLedgerMatches(buyer);
  }

  private void terms0(int maxShare) {
    sql.commit(
        "update loyalty_settings set max_points_discount_percent = ?1 where seller_id = ?2",
        maxShare,
        fixture.seller);
  }

  @Test
  public void expiryRemovesWhatIsLeftOfALotByTheGivenInstant() throws Exception {
    terms("10", 100, "1", 30);
    long buyer = verifiedBuyer();
    assertAmount("100", completed(buyer, "1000"));
    assertAmount("30", spend(buyer, order(buyer), "30", "1000").pointsUsed());
    Instant now = Instant.now();
    expiry.run(now.plus(Duration.ofDays(29)));
    assertAmount("70", balance(buyer));
    BigDecimal removed = expiry.run(now.plus(Duration.ofDays(31)));
    assertTrue(removed.compareTo(new BigDecimal("70")) >= 0, "removed " + removed);
    assertAmount("0", balance(buyer));
    assertEquals(
        1L,
        sql.committedLong(
            "select count(*) from loyalty_ledger l join customers c on c.id = l.customer_id"
                + " where c.linked_user_id = ?1 and l.kind = 'expiry' and l.points = -70",
            buyer));
    assertLedgerMatches(buyer);
  }

  @Test
  public void eightConcurrentCheckoutsNeverTakeTheBalanceBelowZero() throws Exception {
    terms("10", 100, "1", null);
    long buyer = verifiedBuyer();
    assertAmount("100", completed(buyer, "1000"));
    List<Long> orders = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      orders.add(order(buyer));
    }
    List<Object> usage =
        List.of(
            Map.of(
                "seller_id",
                BigDecimal.valueOf(fixture.seller),
                "points_to_use",
                new BigDecimal("30")));
    List<OpenTx<LoyaltyViews.Redemption>> all = new ArrayList<>();
    for (long o : orders) {
      all.add(
          OpenTx.committing(
              () -> points.redeem(buyer, fixture.seller, o, usage, new BigDecimal("1000"))));
    }
    BigDecimal spent = BigDecimal.ZERO;
    int paid = 0;
    for (OpenTx<LoyaltyViews.Redemption> tx : all) {
      LoyaltyViews.Redemption r = tx.result();
      tx.commit();
      spent = spent.add(r.pointsUsed());
      paid += r.pointsUsed().signum() > 0 ? 1 : 0;
    }
    assertAmount("100", spent);
    assertEquals(4, paid, "30 + 30 + 30 + the last 10");
    assertAmount("0", balance(buyer));
    assertLedgerMatches(buyer);
  }

  @Test
  public void onlyTheSendersOwnContactVerifiesAndLinksTheCard() throws Exception {
    long buyer = fixture.buyer();
    verified.add(buyer);
    String p = phone();
    long card =
        sql.insert(
            "insert into customers (seller_id, phone, first_name, last_name, card_number)"
                + " values (?1, ?2, 'Анна', '—', 'FL-T2') returning id",
            fixture.seller,
            p);
    long stranger = buyer + 1;
    assertEquals(
        VerifiedPhones.Outcome.NOT_OWN, inTx(() -> phones.contactShared(buyer, stranger, p)));
    assertEquals(VerifiedPhones.Outcome.NOT_OWN, inTx(() -> phones.contactShared(buyer, null, p)));
    assertEquals(
        0L, sql.committedLong("select count(*) from verified_phones where tg_id = ?1", buyer));
    assertEquals(
        0L, sql.committedLong("select count(linked_user_id) from customers where id = ?1", card));
    assertEquals(
        VerifiedPhones.Outcome.NOT_RUSSIAN,
        inTx(() -> phones.contactShared(buyer, buyer, "+44 20 7946 0958")));
    String spaced = "+" + p.charAt(0) + " (" + p.substring(1, 4) + ") " + p.substring(4);
    assertEquals(
        VerifiedPhones.Outcome.VERIFIED, inTx(() -> phones.contactShared(buyer, buyer, spaced)));
    assertEquals(p, sql.committed("select phone from verified_phones where tg_id = ?1", buyer));
    assertEquals(
        buyer, sql.committedLong("select linked_user_id from customers where id = ?1", card));
    assertTrue(inTx(() -> cards.buyerCard(buyer, fixture.seller)).linked());
  }
}
