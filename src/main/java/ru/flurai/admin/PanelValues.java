package ru.flurai.admin;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import ru.flurai.platform.domain.Invalid;
import ru.flurai.platform.text.CleanText;

/**
 * How the admin panel encodes values in strings ({@code PUT …/update} sends every value as a
 * string): "none" markers, dates in two formats, ids, integers and booleans. Refusals are 400s with
 * a Russian detail.
 */
public final class PanelValues {
  private static final DateTimeFormatter RU_DATE = DateTimeFormatter.ofPattern("dd.MM.uuuu");

  private PanelValues() {}

  /** The panel sends "", "null" (and "0" for ids) to mean "none". */
  static boolean none(String value) {
    String v = value == null ? "" : value.strip();
    return v.isEmpty() || v.equalsIgnoreCase("null") || v.equalsIgnoreCase("none");
  }

  /**
   * "DD.MM.YYYY" (the panel's edit form) or "YYYY-MM-DD" (creation); none = unlimited. As in the
   * original backend, the placement ends at the start of that date, here in the shops' time zone.
   */
  static OffsetDateTime placement(String value, ZoneId zone) {
    if (none(value)) {
      return null;
    }
    String v = value.strip();
    try {
      LocalDate date =
          v.matches("\\d{2}\\.\\d{2}\\.\\d{4}")
              ? LocalDate.parse(v, RU_DATE)
              : LocalDate.parse(v.length() > 10 && v.charAt(10) == 'T' ? v.substring(0, 10) : v);
      return date.atStartOfDay(zone).toOffsetDateTime();
    } catch (DateTimeParseException e) {
      throw new Invalid("Дата должна быть в формате ДД.ММ.ГГГГ или ГГГГ-ММ-ДД");
    }
  }

  /** An id sent as a string; none or "0" = no value. */
  static Long id(String value, String what) {
    if (none(value) || value.strip().equals("0")) {
      return null;
    }
    try {
      long id = Long.parseLong(value.strip());
      if (id > 0) {
        return id;
      }
    } catch (NumberFormatException e) {
      // refused below
    }
    throw new Invalid("Некорректный ID " + what + ": " + CleanText.line(value, 30));
  }

  static Integer integer(String value, String message) {
    if (none(value)) {
      return null;
    }
    try {
      return Integer.valueOf(value.strip());
    } catch (NumberFormatException e) {
      throw new Invalid(message);
    }
  }

  static boolean bool(String value) {
    String v = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
    return switch (v) {
      case "true", "1", "yes", "да" -> true;
      case "false", "0", "no", "нет", "", "null" -> false;
      default -> throw new Invalid("Значение должно быть true или false");
    };
  }

  static String optionalLine(String value, int max) {
    return none(value) ? null : CleanText.line(value, max);
  }
}
