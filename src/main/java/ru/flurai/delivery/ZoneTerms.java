package ru.flurai.delivery;

import java.math.BigDecimal;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import ru.flurai.platform.domain.Invalid;

/**
 * What a zone says, valid by construction: a name (1–255 characters), 1–500 districts, a price and
 * thresholds that are money ({@code numeric(12, 2)}, at least 0) and a priority. When zones
 * overlap, the one with the higher priority prices the order (ties: the older zone).
 */
public record ZoneTerms(
    String name,
    SortedSet<Long> districtIds,
    BigDecimal deliveryPrice,
    BigDecimal minOrderAmount,
    BigDecimal freeDeliveryFrom,
    boolean active,
    int priority) {
  static final int MAX_DISTRICTS = 500;
  private static final BigDecimal MAX_MONEY = new BigDecimal("9999999999.99");

  public ZoneTerms {
    if (name == null || name.isBlank()) {
      throw new Invalid("Укажите название зоны");
    }
    if (name.length() > 255) {
      throw new Invalid("Название зоны не может быть длиннее 255 символов");
    }
    if (districtIds == null || districtIds.isEmpty()) {
      throw new Invalid("Выберите хотя бы один район");
    }
    if (districtIds.size() > MAX_DISTRICTS) {
      throw new Invalid("В зоне не может быть больше " + MAX_DISTRICTS + " районов");
    }
    districtIds = new TreeSet<>(districtIds);
    deliveryPrice =
        money(deliveryPrice == null ? BigDecimal.ZERO : deliveryPrice, "Стоимость доставки");
    minOrderAmount =
        minOrderAmount == null ? null : money(minOrderAmount, "Минимальная сумма заказа");
    freeDeliveryFrom =
        freeDeliveryFrom == null ? null : money(freeDeliveryFrom, "Сумма бесплатной доставки");
  }

  public static ZoneTerms of(
      String name,
      Set<Long> districtIds,
      BigDecimal price,
      BigDecimal minOrder,
      BigDecimal freeFrom,
      boolean active,
      int priority) {
    return new ZoneTerms(
        name == null ? null : name.strip(),
        districtIds == null ? null : new TreeSet<>(districtIds),
        price,
        minOrder,
        freeFrom,
        active,
        priority);
  }

  private static BigDecimal money(BigDecimal v, String what) {
    if (v.signum() < 0) {
      throw new Invalid(what + " не может быть отрицательной");
    }
    if (v.compareTo(MAX_MONEY) > 0) {
      throw new Invalid(what + " не может быть больше " + MAX_MONEY.toPlainString());
    }
    if (v.stripTrailingZeros().scale() > 2) {
      throw new Invalid(what + ": не больше двух знаков после запятой");
    }
    return v.setScale(2);
  }
}
