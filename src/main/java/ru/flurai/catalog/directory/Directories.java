package ru.flurai.catalog.directory;

import ru.flurai.platform.domain.Invalid;

/** Rules shared by the directory entities. */
final class Directories {
  static final int MAX_NAME = 100;

  private Directories() {}

  static String requireName(String name, String what) {
    String n = name == null ? "" : name.strip();
    if (n.isEmpty()) {
      throw new Invalid("Название " + what + " не может быть пустым");
    }
    if (n.length() > MAX_NAME) {
      throw new Invalid("Название " + what + " длиннее " + MAX_NAME + " символов");
    }
    return n;
  }
}
