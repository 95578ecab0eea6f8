package ru.flurai.identity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The seed's password rule (8–128 characters, a lower-case and an upper-case letter, Latin or Cyrillic, and a digit)
 * plus a blocklist of the most common passwords (OWASP ASVS 6.2.4). Messages are shown to the user verbatim.
 */
public final class PasswordPolicy {
  public static final int MIN_LENGTH = 8;
  public static final int MAX_LENGTH = 128;
  private static final Set<String> COMMON = load("/identity/common-passwords.txt");

  private PasswordPolicy() {}

  /** Why the password is refused, or empty when it is acceptable. */
  public static Optional<String> violation(String password) {
    if (password == null || password.length() < MIN_LENGTH) {
      return Optional.of("Пароль должен быть не короче " + MIN_LENGTH + " символов");
    }
    if (password.length() > MAX_LENGTH) {
      return Optional.of("Пароль должен быть не длиннее " + MAX_LENGTH + " символов");
    }
    if (password.chars().noneMatch(PasswordPolicy::isLower)) {
      return Optional.of("Пароль должен содержать строчную букву");
    }
    if (password.chars().noneMatch(PasswordPolicy::isUpper)) {
      return Optional.of("Пароль должен содержать заглавную букву");
    }
    if (password.chars().noneMatch(c -> c >= '0' && c <= '9')) {
      return Optional.of("Пароль должен содержать цифру");
    }
    if (COMMON.contains(password.toLowerCase(Locale.ROOT))) {
      return Optional.of("Этот пароль слишком распространён, выберите другой");
    }
    return Optional.empty();
  }

  private static boolean isLower(int c) {
    return (c >= 'a' && c <= 'z') || (c >= 'а' && c <= 'я') || c == 'ё';
  }

  private static boolean isUpper(int c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'А' && c <= 'Я') || c == 'Ё';
  }

  private static Set<String> load(String resource) {
    try (InputStream in = PasswordPolicy.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
          .lines()
          .map(String::trim)
          .filter(l -> !l.isEmpty() && !l.startsWith("#"))
          .map(l -> l.toLowerCase(Locale.ROOT))
          .collect(Collectors.toUnmodifiableSet());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
