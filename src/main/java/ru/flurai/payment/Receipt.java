package ru.flurai.payment;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import ru.flurai.payment.yookassa.YooKassaJson;

/**
 * The 54-FZ receipt of a payment (YooKassa {@code receipt}: {@code customer} and {@code items
 * [{description, quantity, amount, vat_code, payment_mode, payment_subject}]}) whose lines sum to
 * the amount exactly, to the kopeck (LATER.md §4.3's flaw fixed).
 *
 * <p>The order's goods and its delivery fee are the lines. When the amount differs from their sum
 * (a seller's new price, a discount), the difference is spread over the lines in proportion to
 * their amounts by the largest remainder, so every kopeck lands somewhere. A line whose new amount
 * does not divide by its quantity is split in two: {@code q − r} units at the lower price and
 * {@code r} units one kopeck dearer. No unit costs less than one kopeck; when that cannot hold (an
 * amount below one kopeck per unit) the receipt is a single line for the whole amount.
 */
public final class Receipt {
  static final int VAT_NONE = 1;
  static final String MODE = "full_prepayment";
  static final int MAX_DESCRIPTION = 128;

  /** A line to sell: what, how many, the unit price. */
  public record Line(String description, int quantity, BigDecimal unitPrice, String subject) {
    BigDecimal amount() {
      return unitPrice.multiply(BigDecimal.valueOf(quantity));
    }
  }

  private record Item(String description, int quantity, long kopecks, String subject) {}

  private Receipt() {}

  /**
   * The receipt's lines for goods (name, unit price, quantity), a delivery fee and the amount to
   * take; {@code whole} names the single line used when nothing else fits.
   */
  public static List<Line> lines(
      List<Line> goods, BigDecimal deliveryFee, BigDecimal amount, String whole) {
    long target = kopecks(amount);
    List<Item> items = new ArrayList<>();
    for (Line g : goods) {
      if (g.quantity() > 0 && g.unitPrice().signum() >= 0) {
        items.add(new Item(g.description(), g.quantity(), kopecks(g.amount()), g.subject()));
      }
    }
    if (deliveryFee != null && deliveryFee.signum() > 0) {
      items.add(new Item("Доставка", 1, kopecks(deliveryFee), "service"));
    }
    long base = items.stream().mapToLong(Item::kopecks).sum();
    long units = items.stream().mapToLong(Item::quantity).sum();
    if (items.isEmpty() || base <= 0 || target < units) {
      return List.of(new Line(cut(whole), 1, money(target), "commodity"));
    }
    long[] shares = spread(items, base, target);
    List<Line> out = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      Item it = items.get(i);
      long unit = shares[i] / it.quantity();
      int dearer = (int) (shares[i] % it.quantity());
      if (it.quantity() - dearer > 0) {
        out.add(new Line(cut(it.description()), it.quantity() - dearer, money(unit), it.subject()));
      }
      if (dearer > 0) {
        out.add(new Line(cut(it.description()), dearer, money(unit + 1), it.subject()));
      }
    }
    return out;
  }

  /**
   * {@code target} kopecks over the items in proportion to their amounts (largest remainder), then
   * moved so that every item keeps at least one kopeck per unit (callers ensure {@code target ≥}
   * the number of units).
   */
  private static long[] spread(List<Item> items, long base, long target) {
    int n = items.size();
    long[] share = new long[n];
    long[] remainder = new long[n];
    long given = 0;
    for (int i = 0; i < n; i++) {
      BigDecimal exact =
          BigDecimal.valueOf(target).multiply(BigDecimal.valueOf(items.get(i).kopecks()));
      BigDecimal[] qr = exact.divideAndRemainder(BigDecimal.valueOf(base));
      share[i] = qr[0].longValueExact();
      remainder[i] = qr[1].longValueExact();
      given += share[i];
    }
    for (long left = target - given; left > 0; left--) {
      int best = 0;
      for (int i = 1; i < n; i++) {
        if (remainder[i] > remainder[best]) {
          best = i;
        }
      }
      share[best]++;
      remainder[best] = -1;
    }
    for (int i = 0; i < n; i++) {
      long need = items.get(i).quantity() - share[i];
      while (need > 0) {
        int donor = -1;
        for (int j = 0; j < n; j++) {
          long slack = share[j] - items.get(j).quantity();
          if (slack > 0 && (donor < 0 || slack > share[donor] - items.get(donor).quantity())) {
            donor = j;
          }
        }
        long take = Math.min(need, share[donor] - items.get(donor).quantity());
        share[donor] -= take;
        share[i] += take;
        need -= take;
      }
    }
    return share;
  }

  /** The receipt object: customer by phone (or the platform's address) and the lines. */
  public static JsonObject json(List<Line> lines, String phone, String email) {
    JsonArrayBuilder items = Json.createArrayBuilder();
    for (Line l : lines) {
      items.add(
          Json.createObjectBuilder()
              .add("description", l.description())
              .add("quantity", l.quantity())
              .add("amount", YooKassaJson.amount(l.unitPrice()))
              .add("vat_code", VAT_NONE)
              .add("payment_mode", MODE)
              .add("payment_subject", l.subject()));
    }
    return Json.createObjectBuilder()
        .add(
            "customer",
            phone != null && !phone.isBlank()
                ? Json.createObjectBuilder().add("phone", phone)
                : Json.createObjectBuilder().add("email", email))
        .add("items", items)
        .build();
  }

  public static BigDecimal sum(List<Line> lines) {
    return lines.stream().map(Line::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  private static String cut(String s) {
    String t = s == null || s.isBlank() ? "Товар" : s.strip();
    return t.length() <= MAX_DESCRIPTION ? t : t.substring(0, MAX_DESCRIPTION);
  }

  static long kopecks(BigDecimal v) {
    return v.movePointRight(2).setScale(0, RoundingMode.HALF_UP).longValueExact();
  }

  static BigDecimal money(long kopecks) {
    return BigDecimal.valueOf(kopecks, 2);
  }
}
