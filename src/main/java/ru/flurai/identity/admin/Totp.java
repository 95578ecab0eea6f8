package ru.flurai.identity.admin;

import dev.samstevens.totp.code.CodeGenerator;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.OptionalLong;

/** RFC 6238 TOTP: SHA-1, 6 digits, 30 s steps, one step of tolerance either way. */
public final class Totp {
  static final int PERIOD = 30;
  private static final CodeGenerator CODES = new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6);

  private Totp() {}

  public static String newSecret() {
    return new DefaultSecretGenerator(32).generate();
  }

  public static String uri(String secret, String account) {
    return new QrData.Builder()
        .label(account)
        .secret(secret)
        .issuer("Flurai")
        .algorithm(HashingAlgorithm.SHA1)
        .digits(6)
        .period(PERIOD)
        .build()
        .getUri();
  }

  /** The time step the code belongs to (now −1, 0, +1), or empty when it matches none. */
  public static OptionalLong matchingStep(String secret, String code, long epochSeconds) {
    if (code == null || !code.strip().matches("\\d{6}")) {
      return OptionalLong.empty();
    }
    byte[] given = code.strip().getBytes(StandardCharsets.US_ASCII);
    long now = epochSeconds / PERIOD;
    long found = -1;
    for (long step = now - 1; step <= now + 1; step++) {
      if (MessageDigest.isEqual(given, code(secret, step).getBytes(StandardCharsets.US_ASCII))) {
        found = step;
      }
    }
    return found < 0 ? OptionalLong.empty() : OptionalLong.of(found);
  }

  public static String code(String secret, long step) {
    try {
      return CODES.generate(secret, step);
    } catch (CodeGenerationException e) {
      throw new IllegalStateException(e);
    }
  }
}
