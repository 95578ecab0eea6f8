package ru.flurai.identity.seller;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Locale;
import java.util.UUID;
import ru.flurai.catalog.shop.Shops;
import ru.flurai.identity.Caller;
import ru.flurai.identity.PasswordHasher;
import ru.flurai.identity.RateLimiter;
import ru.flurai.identity.token.AccessToken;
import ru.flurai.identity.token.Sessions;
import ru.flurai.identity.token.TokenPair;
import ru.flurai.platform.domain.Forbidden;
import ru.flurai.platform.domain.Invalid;
import ru.flurai.platform.domain.Unauthenticated;
import ru.flurai.platform.security.PasswordPolicy;

/** Seller panel login and credential changes (API.md §6). */
@ApplicationScoped
public class SellerLogin {
  static final String WRONG = "Неверный логин или пароль";
  static final int LIMIT = 5;

  @Inject Shops shops;
  @Inject RateLimiter limiter;
  @Inject Sessions sessions;
  @Inject SellerSessions sellerSessions;

  /** Same 401 for an unknown login and a wrong password, after the same amount of hashing work. */
  public TokenPair login(String login, String password, String clientIp) {
    String name = login == null ? "" : login.strip();
    limiter.attempt("seller-login-ip", clientIp, LIMIT);
    limiter.attempt("seller-login-name", name.toLowerCase(Locale.ROOT), LIMIT);
    String pass = password == null ? "" : password;
    SellerAccount account = byLogin(name);
    if (account == null) {
      PasswordHasher.burn(pass);
      throw new Unauthenticated(WRONG);
    }
    if (!account.passwordMatches(pass) || account.deleted()) {
      throw new Unauthenticated(WRONG);
    }
    if (account.blocked()) {
      throw new Forbidden("Аккаунт заблокирован");
    }
    return sessions.openSeller(account);
  }

  @Transactional
  public void changeCredentials(
      Caller caller, String oldLogin, String oldPassword, String newLogin, String newPassword) {
    SellerAccount account = sellerSessions.activeAccount(caller.sellerId());
    if (account.webLogin() == null) {
      throw new Invalid("Учётные данные для веб-панели не установлены");
    }
    if (oldLogin == null || !account.webLogin().equalsIgnoreCase(oldLogin.strip())) {
      throw new Invalid("Неверный текущий логин");
    }
    if (oldPassword == null || !account.passwordMatches(oldPassword)) {
      throw new Invalid("Неверный текущий пароль");
    }
    String login = newLogin == null ? "" : newLogin.strip();
    if (login.length() < 3 || login.length() > 64 || !login.matches("[\\p{L}\\p{N}._@-]+")) {
      throw new Invalid("Логин должен быть от 3 до 64 символов: буквы, цифры, . _ @ -");
    }
    PasswordPolicy.violation(newPassword)
        .ifPresent(
            v -> {
              throw new Invalid(v);
            });
    SellerAccount other = byLogin(login);
    if (other != null && other.sellerId() != account.sellerId()) {
      throw new Invalid("Такой логин уже занят");
    }
    AccessToken current = caller.token().orElseThrow();
    shops.changeCredentials(
        account.sellerId(), login, PasswordHasher.hash(newPassword), current.jti());
    sellerSessions.endAll(
        account.sellerId(),
        current.jti(),
        current.family() == null ? null : UUID.fromString(current.family()));
  }

  private SellerAccount byLogin(String login) {
    if (login.isEmpty()) {
      return null;
    }
    return shops.accountByLogin(login).map(SellerAccount::of).orElse(null);
  }
}
