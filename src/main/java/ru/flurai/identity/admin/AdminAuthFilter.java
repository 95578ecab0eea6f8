package ru.flurai.identity.admin;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import ru.flurai.identity.AdminOnly;
import ru.flurai.identity.Caller;
import ru.flurai.identity.Role;
import ru.flurai.identity.token.AccessToken;
import ru.flurai.identity.token.RevocationList;
import ru.flurai.identity.token.Tokens;
import ru.flurai.platform.http.ApiException;

/**
 * {@code X-Admin-Token}: a valid, unrevoked admin token (a signed JWT, never the static secret).
 */
@Provider
@AdminOnly
@Priority(Priorities.AUTHENTICATION)
public class AdminAuthFilter implements ContainerRequestFilter {
  static final String INVALID = "Invalid or missing admin token";

  @Inject Tokens tokens;
  @Inject RevocationList revoked;
  @Inject Caller caller;

  @Override
  public void filter(ContainerRequestContext request) {
    AccessToken token =
        tokens
            .verify(request.getHeaderString("X-Admin-Token"), Role.ADMIN)
            .filter(t -> !revoked.isRevoked(t))
            .orElseThrow(() -> new ApiException(401, INVALID));
    caller.authenticate(Role.ADMIN, 0, token, null);
  }
}
