package ru.flurai.payment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The 54-FZ receipt sums to the amount to the kopeck (LATER.md §4.3's flaw): a property over random
 * carts, delivery fees, discounts and surcharges.
 */
class ReceiptTest {
  private static final long SEED = 20261203L;

  @Test
  void linesSumToTheAmountExactlyOverRandomCarts() {
    Random random = new Random(SEED);
    for (int run = 0; run < 20_000; run++) {
      List<Receipt.Line> goods = new ArrayList<>();
      int lines = 1 + random.nextInt(6);
      long base = 0;
      int units = 0;
      for (int i = 0; i < lines; i++) {
        int qty = 1 + random.nextInt(random.nextBoolean() ? 3 : 40);
        long unit = 1 + random.nextInt(random.nextBoolean() ? 500 : 2_000_000);
        goods.add(new Receipt.Line("Товар " + i, qty, BigDecimal.valueOf(unit, 2), "commodity"));
        base += unit * qty;
        units += qty;
      }
      long fee = random.nextInt(3) == 0 ? 0 : random.nextInt(100_000);
      base += fee;
      long amount =
          switch (random.nextInt(4)) {
            case 0 -> base; // as placed
            case 1 -> Math.max(units + (fee > 0 ? 1 : 0), base - random.nextLong(base)); // discount
            case 2 -> base + random.nextInt(1_000_000); // a dearer new price
            default -> Math.max(1, random.nextLong(units * 3L + 1)); // a tiny price
          };
      BigDecimal total = BigDecimal.valueOf(amount, 2);
      List<Receipt.Line> receipt =
          Receipt.lines(goods, BigDecimal.valueOf(fee, 2), total, "Заказ #" + run);
      String context = "run " + run + ": " + goods + " fee " + fee + " amount " + amount;
      assertEquals(0, Receipt.sum(receipt).compareTo(total), context + " → " + receipt);
      for (Receipt.Line l : receipt) {
        assertTrue(l.quantity() > 0, context);
        assertTrue(l.unitPrice().compareTo(new BigDecimal("0.01")) >= 0, context + " → " + l);
        assertTrue(l.unitPrice().scale() == 2, context);
        assertTrue(l.description().length() <= Receipt.MAX_DESCRIPTION, context);
      }
      int sold = receipt.stream().mapToInt(Receipt.Line::quantity).sum();
      int expected = units + (fee > 0 ? 1 : 0);
      assertTrue(sold == expected || receipt.size() == 1, context + " → " + receipt);
    }
  }

  @Test
  void anUnchangedOrderIsItsLinesAndTheDelivery() {
    List<Receipt.Line> receipt =
        Receipt.lines(
            List.of(
                new Receipt.Line("Розы", 3, new BigDecimal("150.00"), "commodity"),
                new Receipt.Line("Лента", 1, new BigDecimal("50.00"), "commodity")),
            new BigDecimal("300.00"),
            new BigDecimal("800.00"),
            "Заказ #1");
    assertEquals(
        List.of(
            new Receipt.Line("Розы", 3, new BigDecimal("150.00"), "commodity"),
            new Receipt.Line("Лента", 1, new BigDecimal("50.00"), "commodity"),
            new Receipt.Line("Доставка", 1, new BigDecimal("300.00"), "service")),
        receipt);
  }

  @Test
  void aDiscountThatDoesNotDivideSplitsALine() {
    // 3 × 100.00 discounted to 299.99 cannot be 3 equal units: 1 × 99.99 + 2 × 100.00
    List<Receipt.Line> receipt =
        Receipt.lines(
            List.of(new Receipt.Line("Тюльпаны", 3, new BigDecimal("100.00"), "commodity")),
            BigDecimal.ZERO,
            new BigDecimal("299.99"),
            "Заказ #2");
    assertEquals(
        List.of(
            new Receipt.Line("Тюльпаны", 1, new BigDecimal("99.99"), "commodity"),
            new Receipt.Line("Тюльпаны", 2, new BigDecimal("100.00"), "commodity")),
        receipt);
  }

  @Test
  void theJsonHasYooKassasFields() {
    JsonObject json =
        Receipt.json(
            List.of(new Receipt.Line("Розы", 2, new BigDecimal("10.50"), "commodity")),
            "79161234567",
            "buyer@flurai.ru");
    assertEquals("79161234567", json.getJsonObject("customer").getString("phone"));
    JsonObject item = json.getJsonArray("items").getJsonObject(0);
    assertEquals("Розы", item.getString("description"));
    assertEquals(2, item.getInt("quantity"));
    assertEquals("10.50", item.getJsonObject("amount").getString("value"));
    assertEquals("RUB", item.getJsonObject("amount").getString("currency"));
    assertEquals(1, item.getInt("vat_code"));
    assertEquals("full_prepayment", item.getString("payment_mode"));
    assertEquals("commodity", item.getString("payment_subject"));
    assertEquals(
        "buyer@flurai.ru",
        Receipt.json(List.of(), null, "buyer@flurai.ru")
            .getJsonObject("customer")
            .getString("email"));
  }
}
