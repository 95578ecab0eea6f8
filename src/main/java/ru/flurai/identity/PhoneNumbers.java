package ru.flurai.identity;

import ru.flurai.platform.domain.Invalid;

/** Russian mobile numbers in the one stored form {@code 7XXXXXXXXXX} (API.md §4, PRODUCT.md §3). */
public final class PhoneNumbers {
  static final String INVALID = "Неверный формат телефона. Ожидается +7 000 000 00 00";

  private PhoneNumbers() {}

  /** Accepts {@code 7…}, {@code 8…} (trunk), {@code +7 (…) …-…}, and 10 digits starting with 9. */
  public static String normalize(String input) {
    if (input == null || input.length() > 32 || !input.matches("[0-9+()\\-\\s.]+")) {
      throw new Invalid(INVALID);
    }
    String digits = input.replaceAll("\\D", "");
    if (digits.length() == 10 && digits.charAt(0) == '9') {
      digits = "7" + digits;
    } else if (digits.length() == 11 && digits.charAt(0) == '8') {
      digits = "7" + digits.substring(1);
    }
    if (digits.length() != 11 || digits.charAt(0) != '7') {
      throw new Invalid(INVALID);
    }
    return digits;
  }
}
