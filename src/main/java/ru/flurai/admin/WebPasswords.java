package ru.flurai.admin;

import java.security.SecureRandom;
import ru.flurai.platform.security.PasswordPolicy;

/**
 * Panel passwords the admin hands to a seller once: 14 random letters and digits (about 80 bits),
 * without look-alike characters, always passing the password policy. Only their hash is stored.
 */
public final class WebPasswords {
  static final int LENGTH = 14;
  private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";
  private static final SecureRandom RANDOM = new SecureRandom();

  private WebPasswords() {}

  public static String generate() {
    while (true) {
      StringBuilder s = new StringBuilder(LENGTH);
      for (int i = 0; i < LENGTH; i++) {
        s.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
      }
      if (PasswordPolicy.violation(s.toString()).isEmpty()) {
        return s.toString();
      }
    }
  }

  /** The standard login the admin gives a seller: {@code Seller<telegram id>}. */
  public static String standardLogin(long sellerId) {
    return "Seller" + sellerId;
  }
}
