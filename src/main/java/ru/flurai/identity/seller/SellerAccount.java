package ru.flurai.identity.seller;

import java.time.OffsetDateTime;
import ru.flurai.catalog.shop.ShopAccount;
import ru.flurai.identity.PasswordHasher;
import ru.flurai.identity.token.AccessToken;

/**
 * The login side of a seller, read from the Shop aggregate in one indexed query ({@link
 * ru.flurai.catalog.Shops#account}): web credentials, block and soft-delete state, and which
 * sessions are still valid. Changes go through {@link ru.flurai.catalog.Shops}.
 */
public record SellerAccount(
    long sellerId,
    String webLogin,
    String passwordHash,
    boolean blocked,
    boolean deleted,
    OffsetDateTime sessionsValidAfter,
    String sessionKeepJti,
    long incarnationNumber) {

  static SellerAccount of(ShopAccount a) {
    return new SellerAccount(
        a.sellerId(),
        a.webLogin(),
        a.passwordHash(),
        a.blocked(),
        a.deletedAt() != null,
        a.sessionsValidAfter(),
        a.sessionKeepJti(),
        a.incarnation());
  }

  public boolean passwordMatches(String password) {
    return passwordHash != null && PasswordHasher.verify(password, passwordHash);
  }

  /**
   * Which incarnation of the account this is: a seller deleted and re-created with the same id gets
   * a new one.
   */
  public String incarnation() {
    return Long.toString(incarnationNumber);
  }

  /**
   * Whether the access token still opens a session: issued for this incarnation of the account, and
   * at or after the last end of sessions (or it is the one session that was kept).
   */
  public boolean accepts(AccessToken token) {
    return incarnation().equals(token.incarnation())
        && (token.jti().equals(sessionKeepJti)
            || !token.issuedAt().isBefore(sessionsValidAfter.toInstant()));
  }
}
