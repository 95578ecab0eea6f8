package ru.flurai.identity.token;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.UUID;
import ru.flurai.identity.Role;
import ru.flurai.identity.seller.SellerAccount;
import ru.flurai.identity.seller.SellerSessions;

/** Opens (access + refresh token), refreshes and closes seller and admin sessions. */
@ApplicationScoped
public class Sessions {
  static final String ADMIN_SUBJECT = "admin";

  @Inject Tokens tokens;
  @Inject RefreshTokens refreshTokens;
  @Inject RevocationList revocations;
  @Inject SellerSessions sellers;

  public TokenPair openSeller(SellerAccount account) {
    UUID family = UUID.randomUUID();
    long sellerId = account.sellerId();
    return new TokenPair(
        sellerToken(account, family),
        refreshTokens.issue(SellerSessions.subject(sellerId), family),
        "seller",
        sellerId);
  }

  public TokenPair openAdmin() {
    UUID family = UUID.randomUUID();
    return new TokenPair(
        tokens.issue(Role.ADMIN, ADMIN_SUBJECT, family.toString()).token(),
        refreshTokens.issue(ADMIN_SUBJECT, family),
        "admin",
        null);
  }

  /**
   * POST /auth/refresh: rotates the refresh token and issues a fresh access token for the same
   * family.
   */
  public TokenPair refresh(String refreshToken) {
    RefreshTokens.Rotation r = refreshTokens.rotate(refreshToken);
    if (r.subject().equals(ADMIN_SUBJECT)) {
      return new TokenPair(
          tokens.issue(Role.ADMIN, ADMIN_SUBJECT, r.family().toString()).token(),
          r.token(),
          "admin",
          null);
    }
    long sellerId = Long.parseLong(r.subject().substring("seller:".length()));
    SellerAccount account =
        sellers.activeAccount(sellerId); // blocked or deleted sellers cannot refresh
    return new TokenPair(sellerToken(account, r.family()), r.token(), "seller", sellerId);
  }

  private String sellerToken(SellerAccount account, UUID family) {
    return tokens
        .issue(
            Role.SELLER,
            Long.toString(account.sellerId()),
            family.toString(),
            account.incarnation())
        .token();
  }

  /**
   * Logout: the access token is revoked until it expires, and so is its family (refresh and access
   * tokens).
   */
  @Transactional
  public void close(AccessToken token) {
    revocations.revoke(token.jti(), token.expiresAt());
    if (token.family() != null) {
      UUID family = UUID.fromString(token.family());
      refreshTokens.revokeFamily(family);
      revocations.revokeFamily(family);
    }
  }
}
