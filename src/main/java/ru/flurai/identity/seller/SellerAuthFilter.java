package ru.flurai.identity.seller;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import ru.flurai.identity.Caller;
import ru.flurai.identity.Role;
import ru.flurai.identity.SellerOnly;
import ru.flurai.identity.token.AccessToken;
import ru.flurai.identity.token.RevocationList;
import ru.flurai.identity.token.Tokens;
import ru.flurai.platform.http.ApiException;

/**
 * {@code X-Seller-Token}: a valid, unrevoked seller token whose seller exists, is not deleted, is
 * not blocked, and whose sessions were not ended after the token was issued (texts from API.md
 * §0.5).
 */
@Provider
@SellerOnly
@Priority(Priorities.AUTHENTICATION)
public class SellerAuthFilter implements ContainerRequestFilter {
  static final String INVALID = "Недействительный или истекший токен";

  @Inject Tokens tokens;
  @Inject RevocationList revoked;
  @Inject SellerSessions sessions;
  @Inject Caller caller;

  @Override
  public void filter(ContainerRequestContext request) {
    String header = request.getHeaderString("X-Seller-Token");
    if (header == null || header.isBlank()) {
      throw new ApiException(401, "Требуется авторизация");
    }
    AccessToken token =
        tokens
            .verify(header, Role.SELLER)
            .filter(t -> t.subject().matches("\\d{1,19}"))
            .filter(t -> !revoked.isRevoked(t))
            .orElseThrow(() -> new ApiException(401, INVALID));
    SellerAccount account = sessions.activeAccount(Long.parseLong(token.subject()));
    if (!account.accepts(token)) {
      throw new ApiException(401, INVALID);
    }
    caller.authenticate(Role.SELLER, account.sellerId(), token, null);
  }
}
