package ru.flurai.identity.buyer;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import java.time.Instant;
import java.util.Optional;
import ru.flurai.identity.BuyerOnly;
import ru.flurai.identity.Caller;
import ru.flurai.identity.Role;
import ru.flurai.identity.token.AccessToken;
import ru.flurai.identity.token.RevocationList;
import ru.flurai.identity.token.Tokens;
import ru.flurai.platform.config.FluraiConfig;
import ru.flurai.platform.http.ApiException;

/**
 * The hybrid buyer rule (API.md §0.5): a valid buyer JWT in {@code Authorization: Bearer} wins;
 * otherwise {@code X-Telegram-Init-Data} is validated; otherwise 401 "Missing authentication…". An
 * invalid or expired JWT is never a 401 by itself: it falls through to initData.
 */
@Provider
@BuyerOnly
@Priority(Priorities.AUTHENTICATION)
public class BuyerAuthFilter implements ContainerRequestFilter {
  static final String MISSING =
      "Missing authentication. Provide either Authorization header (JWT) or X-Telegram-Init-Data header";

  @Inject Tokens tokens;
  @Inject RevocationList revoked;
  @Inject FluraiConfig config;
  @Inject Caller caller;

  @Override
  public void filter(ContainerRequestContext request) {
    Optional<AccessToken> jwt =
        bearer(request.getHeaderString("Authorization"))
            .flatMap(t -> tokens.verify(t, Role.BUYER))
            .filter(t -> !revoked.isRevoked(t));
    if (jwt.isPresent() && jwt.get().subject().matches("\\d{1,19}")) {
      caller.authenticate(Role.BUYER, Long.parseLong(jwt.get().subject()), jwt.get(), null);
      return;
    }
    String initData = request.getHeaderString("X-Telegram-Init-Data");
    if (initData == null || initData.isBlank()) {
      throw new ApiException(401, MISSING);
    }
    String botToken =
        config.botToken().orElseThrow(() -> new ApiException(401, "Invalid Telegram signature"));
    TelegramUser user =
        TelegramInitData.verify(initData, botToken, config.initDataMaxAge(), Instant.now());
    caller.authenticate(Role.BUYER, user.id(), null, user);
  }

  static Optional<String> bearer(String header) {
    if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return Optional.empty();
    }
    return Optional.of(header.substring(7).strip()).filter(t -> !t.isEmpty());
  }
}
