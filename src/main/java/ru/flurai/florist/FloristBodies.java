package ru.flurai.florist;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import ru.flurai.platform.domain.Invalid;

/**
 * Request bodies of the stock and bouquet screens (API.md §6, LATER.md §7.2). Wrong JSON types are
 * refused by the body reader (400); the rules and their texts are the entities'.
 */
public final class FloristBodies {
  static final String DATE_FORMAT = "Дата должна быть в формате YYYY-MM-DD";

  private FloristBodies() {}

  public record NewFlower(String name, Integer defaultShelfLifeDays) {}

  public record NewReception(
      String name, String receptionDate, String supplier, String invoiceNumber) {}

  public record ReceptionChange(Boolean isClosed, String supplier, String invoiceNumber) {}

  public record NewItem(
      Long flowerId,
      Integer quantityInitial,
      String arrivalDate,
      Integer shelfLifeDays,
      BigDecimal pricePerUnit) {}

  public record ItemChange(
      Integer remainingQuantity,
      Integer quantityInitial,
      String arrivalDate,
      Integer shelfLifeDays,
      BigDecimal pricePerUnit) {}

  public record WriteOffBody(Integer quantity, String reason, String comment) {}

  public record ItemCount(Long receptionItemId, Integer actualQuantity) {}

  public record FlowerCount(Long flowerId, Integer actualQuantity) {}

  public record RecipeItem(Long flowerId, Integer quantity) {}

  public record BouquetBody(String name, BigDecimal packagingCost, List<RecipeItem> items) {}

  /** {@code YYYY-MM-DD}, or null for an absent or blank value; anything else is a 400. */
  static LocalDate date(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      LocalDate d = LocalDate.parse(value.strip());
      if (d.getYear() < 2000 || d.getYear() > 2100) {
        throw new Invalid("Дата должна быть между 2000 и 2100 годом");
      }
      return d;
    } catch (DateTimeParseException e) {
      throw new Invalid(DATE_FORMAT);
    }
  }

  /** A body that must be there: an empty request body reads as null. */
  static <T> T required(T body) {
    if (body == null) {
      throw new Invalid("Тело запроса должно быть JSON-объектом");
    }
    return body;
  }

  /** A list body: null elements and missing counts are refused before anything is applied. */
  static <T> List<T> lines(List<T> body) {
    if (body == null) {
      throw new Invalid("Тело запроса должно быть JSON-массивом");
    }
    if (body.stream().anyMatch(x -> x == null)) {
      throw new Invalid("Строка инвентаризации не может быть пустой");
    }
    return body;
  }
}
