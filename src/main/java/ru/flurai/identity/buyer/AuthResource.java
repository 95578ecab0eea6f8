package ru.flurai.identity.buyer;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.HashMap;
import java.util.Map;
import ru.flurai.identity.token.Sessions;
import ru.flurai.identity.token.TokenPair;
import ru.flurai.platform.http.ClientAddress;

/**
 * Buyer tokens from Telegram (API.md §2) and refresh-token rotation for sellers and the admin
 * (PRODUCT.md §2).
 */
@Path("/auth")
@Produces(MediaType.APPLICATION_JSON)
public class AuthResource {
  @Inject TelegramLogins logins;
  @Inject Sessions sessions;
  @Inject ClientAddress clients;
  @Context HttpServletRequest request;

  public record MiniAppLogin(String initData) {}

  public record WidgetLogin(
      Long id,
      String firstName,
      String lastName,
      String username,
      String photoUrl,
      Long authDate,
      String hash) {}

  public record RefreshRequest(String refreshToken) {}

  @POST
  @Path("telegram-mini-app")
  public TelegramLogins.BuyerLogin miniApp(MiniAppLogin body) {
    return logins.miniApp(body == null ? null : body.initData(), clients.of(request));
  }

  @POST
  @Path("telegram-widget")
  public TelegramLogins.BuyerLogin widget(WidgetLogin body) {
    Map<String, String> data = new HashMap<>();
    if (body != null) {
      data.put("id", body.id() == null ? null : body.id().toString());
      data.put("first_name", body.firstName());
      data.put("last_name", body.lastName());
      data.put("username", body.username());
      data.put("photo_url", body.photoUrl());
      data.put("auth_date", body.authDate() == null ? null : body.authDate().toString());
      data.put("hash", body.hash());
    }
    return logins.widget(data, clients.of(request));
  }

  @POST
  @Path("refresh")
  public TokenPair refresh(RefreshRequest body) {
    return sessions.refresh(body == null ? null : body.refreshToken());
  }
}
