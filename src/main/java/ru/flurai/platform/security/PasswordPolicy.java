package ru.flurai.platform.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The seed's password rule (8–128 characters, a lower-case and an upper-case letter, Latin or
 * Cyrillic, and a digit) plus a blocklist of the most common passwords (OWASP ASVS 6.2.4). Messages
 * are shown to the user verbatim.
 */
public final class PasswordPolicy {
  public static final int MIN_LENGTH = 8;
  public static final int MAX_LENGTH = 128;
  private static final Set<String> COMMON = load("/platform/common-passwords.txt");

  private PasswordPolicy() {}

  /**
   * Why the password is refused (every broken rule, joined with "; "), or empty when it is
   * acceptable.
   */
  public static Optional<String> violation(String password) {
    List<String> v = violations(password);
    return v.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", v));
  }

  public static List<String> violations(String password) {
    String p = password == null ? "" : password;
    List<String> v = new ArrayList<>();
    if (p.length() < MIN_LENGTH) {
      v.add("Пароль должен быть не короче " + MIN_LENGTH + " символов");
    }
    if (p.length() > MAX_LENGTH) {
      v.add("Пароль должен быть не длиннее " + MAX_LENGTH + " символов");
    }
    if (p.chars().noneMatch(PasswordPolicy::isLower)) {
      v.add("Пароль должен содержать строчную букву");
    }
    if (p.chars().noneMatch(PasswordPolicy::isUpper)) {
      v.add("Пароль должен содержать заглавную букву");
    }
    if (p.chars().noneMatch(c -> c >= '0' && c <= '9')) {
      v.add("Пароль должен содержать цифру");
    }
    if (v.isEmpty() && COMMON.contains(p.toLowerCase(Locale.ROOT))) {
      v.add("Этот пароль слишком распространён, выберите другой");
    }
    return v;
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
