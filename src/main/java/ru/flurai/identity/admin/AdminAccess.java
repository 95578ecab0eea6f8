package ru.flurai.identity.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Locale;
import java.util.logging.Logger;
import ru.flurai.identity.RateLimiter;
import ru.flurai.identity.token.Sessions;
import ru.flurai.identity.token.TokenPair;
import ru.flurai.platform.config.FluraiConfig;
import ru.flurai.platform.domain.Forbidden;
import ru.flurai.platform.domain.Unauthenticated;
import ru.flurai.platform.security.PasswordPolicy;
import ru.flurai.platform.text.Sha256;

/**
 * The platform admin's login: ADMIN_LOGIN / ADMIN_PASSWORD compared in constant time, then the TOTP
 * code when 2FA is enrolled. In development without configured credentials, a random password is
 * generated and printed once.
 */
@ApplicationScoped
public class AdminAccess {
  private static final Logger LOG = Logger.getLogger(AdminAccess.class.getName());
  static final String WRONG = "Неверный логин или пароль";
  static final int LIMIT = 5;

  @Inject FluraiConfig config;
  @Inject RateLimiter limiter;
  @Inject AdminTwoFactor twoFactor;
  @Inject Sessions sessions;

  private volatile String devLogin;
  private volatile String devPassword;

  void onStart(@Observes Startup startup) {
    if (!config.isProduction()
        && (config.adminLogin().isEmpty() || config.adminPassword().isEmpty())) {
      devLogin = "admin";
      devPassword = generatePassword();
      LOG.warning(
          "Development admin credentials (ADMIN_LOGIN / ADMIN_PASSWORD are not set): login="
              + devLogin
              + " password="
              + devPassword);
    }
  }

  public TokenPair login(String login, String password, String otp, String clientIp) {
    String name = login == null ? "" : login.strip();
    limiter.attempt("admin-login-ip", clientIp, LIMIT);
    limiter.attempt("admin-login-name", name.toLowerCase(Locale.ROOT), LIMIT);
    boolean loginOk = constantEquals(name, config.adminLogin().orElse(devLogin));
    String code = otp;
    boolean passwordOk = passwordMatches(password);
    if (!passwordOk
        && (otp == null || otp.isBlank())
        && password != null
        && password.matches("(?s).+\\d{6}")
        && twoFactor.enabled()) {
      // the unchanged panel has no code field: its password field carries the password followed by
      // the code
      passwordOk = passwordMatches(password.substring(0, password.length() - 6));
      code = password.substring(password.length() - 6);
    }
    if (!(loginOk & passwordOk)) {
      throw new Unauthenticated(WRONG);
    }
    twoFactor.checkLogin(code);
    return sessions.openAdmin();
  }

  /**
   * 2FA enrolment and disabling: the admin password again, not only a token (403 otherwise,
   * rate-limited).
   */
  public void requirePassword(String password, String clientIp) {
    limiter.attempt("admin-login-ip", clientIp, LIMIT);
    if (!passwordMatches(password)) {
      throw new Forbidden("Неверный пароль");
    }
  }

  private boolean passwordMatches(String password) {
    return constantEquals(password, config.adminPassword().orElse(devPassword));
  }

  static boolean constantEquals(String given, String expected) {
    if (expected == null) {
      return false;
    }
    byte[] a = Sha256.bytes(given == null ? "" : given);
    byte[] b = Sha256.bytes(expected);
    return MessageDigest.isEqual(a, b);
  }

  /** 16 characters from letters and digits, satisfying the password policy. */
  static String generatePassword() {
    String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";
    SecureRandom r = new SecureRandom();
    while (true) {
      StringBuilder s = new StringBuilder();
      for (int i = 0; i < 16; i++) {
        s.append(alphabet.charAt(r.nextInt(alphabet.length())));
      }
      if (PasswordPolicy.violation(s.toString()).isEmpty()) {
        return s.toString();
      }
    }
  }
}
