package ru.flurai.florist;

import ru.flurai.platform.domain.NotFound;

/** Path ids: digits that do not fit an id name no object either (404 with the object's text). */
final class FloristIds {
  private FloristIds() {}

  static long of(String digits, String notFound) {
    try {
      return Long.parseLong(digits);
    } catch (NumberFormatException e) {
      throw new NotFound(notFound);
    }
  }
}
