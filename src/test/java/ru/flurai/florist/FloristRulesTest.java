package ru.flurai.florist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import ru.flurai.platform.domain.Invalid;

/**
 * The rules the stock entities keep without a database: a batch's counts never go below zero and a
 * refusal changes nothing; shelf life and days left; the panel's dates and reasons.
 */
public class FloristRulesTest {
  private static Reception open() {
    Reception r = new Reception(1, "Поставка", null, null, null);
    r.id = 5L; // as persisted
    return r;
  }

  private static ReceptionItem batch(int stems, String price) {
    return new ReceptionItem(open(), 7, stems, LocalDate.of(2026, 1, 10), 7, new BigDecimal(price));
  }

  @Test
  public void aWriteOffTakesStemsAtThePurchasePriceAndNeverMoreThanOnHand() {
    ReceptionItem b = batch(10, "45.50");
    assertEquals(new BigDecimal("136.50"), b.writeOff(3));
    assertEquals(7, b.remainingQuantity());
    Invalid tooMany = assertThrows(Invalid.class, () -> b.writeOff(8));
    assertEquals("Нельзя списать 8 шт., остаток: 7", tooMany.detail());
    Invalid none = assertThrows(Invalid.class, () -> b.writeOff(0));
    assertEquals("Количество должно быть больше 0", none.detail());
    assertEquals(7, b.remainingQuantity(), "refusals change nothing");
  }

  @Test
  public void consumingAndGivingBackMoveSoldFigures() {
    ReceptionItem b = batch(10, "30");
    b.consume(4);
    assertEquals(6, b.remainingQuantity());
    assertEquals(4, b.soldQuantity());
    assertEquals(new BigDecimal("120.00"), b.soldAmount());
    assertThrows(RuntimeException.class, () -> b.consume(7));
    b.giveBack(4, new BigDecimal("120.00"));
    assertEquals(10, b.remainingQuantity());
    assertEquals(0, b.soldQuantity());
    assertEquals(0, b.soldAmount().signum());
  }

  @Test
  public void aCountReturnsTheShortage() {
    ReceptionItem b = batch(10, "1");
    assertEquals(3, b.count(7));
    assertEquals(0, b.count(12), "a surplus is no shortage");
    assertEquals(12, b.remainingQuantity());
    assertThrows(Invalid.class, () -> b.count(-1));
    assertEquals(12, b.remainingQuantity());
  }

  @Test
  public void aBatchNeedsQuantityShelfLifeAndPrice() {
    assertEquals(
        "Количество должно быть от 1 до 1000000",
        assertThrows(Invalid.class, () -> batch(0, "1")).detail());
    assertThrows(Invalid.class, () -> batch(1, "-1"));
    assertThrows(Invalid.class, () -> batch(1, "0.001"));
    assertThrows(
        Invalid.class,
        () -> new ReceptionItem(open(), 7, 1, null, 0, BigDecimal.ONE),
        "shelf life 0");
    Reception closed = open();
    closed.close(true);
    assertEquals(
        Reception.CLOSED,
        assertThrows(Invalid.class, () -> new ReceptionItem(closed, 7, 1, null, 7, BigDecimal.ONE))
            .detail());
  }

  @Test
  public void daysLeftCountFromArrival() {
    LocalDate arrival = LocalDate.of(2026, 3, 1);
    assertEquals(7, ShelfLife.daysLeft(arrival, 7, arrival));
    assertEquals(0, ShelfLife.daysLeft(arrival, 7, arrival.plusDays(7)));
    assertEquals(-1, ShelfLife.daysLeft(arrival, 7, arrival.plusDays(8)));
    assertNull(ShelfLife.daysLeft(null, 7, arrival));
  }

  @Test
  public void datesAndReasonsAreThePanels() {
    assertEquals(LocalDate.of(2026, 1, 10), FloristBodies.date(" 2026-01-10 "));
    assertNull(FloristBodies.date(""));
    assertEquals(
        FloristBodies.DATE_FORMAT,
        assertThrows(Invalid.class, () -> FloristBodies.date("10.01.2026")).detail());
    assertThrows(Invalid.class, () -> FloristBodies.date("1999-12-31"));
    assertEquals("wilted", WriteOff.reason(" wilted "));
    assertThrows(Invalid.class, () -> WriteOff.reason("inventory"), "the panel cannot choose it");
    assertThrows(Invalid.class, () -> WriteOff.reason(null));
  }

  @Test
  public void aBouquetNeedsANameAndPackagingAtLeastZero() {
    Bouquet b = new Bouquet(1);
    assertThrows(Invalid.class, () -> b.describe(" ", BigDecimal.ZERO));
    assertThrows(Invalid.class, () -> b.describe("Букет", new BigDecimal("-1")));
    b.describe("Букет", null);
    assertEquals(new BigDecimal("0.00"), b.packagingCost());
  }
}
