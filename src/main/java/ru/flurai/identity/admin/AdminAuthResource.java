package ru.flurai.identity.admin;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import ru.flurai.identity.AdminOnly;
import ru.flurai.identity.Caller;
import ru.flurai.identity.buyer.TelegramLogins;
import ru.flurai.identity.seller.SellerAuthResource;
import ru.flurai.identity.token.Sessions;
import ru.flurai.identity.token.TokenPair;
import ru.flurai.platform.http.ApiException;
import ru.flurai.platform.http.ClientAddress;

/**
 * Admin sign-in (with TOTP once enrolled), sign-out, 2FA enrolment, and the panel's Telegram login
 * (API.md §7).
 */
@Path("/admin")
@Produces(MediaType.APPLICATION_JSON)
public class AdminAuthResource {
  @Inject AdminAccess admin;
  @Inject AdminTwoFactor twoFactor;
  @Inject TelegramLogins telegram;
  @Inject Sessions sessions;
  @Inject Caller caller;
  @Inject ClientAddress clients;
  @Context HttpServletRequest request;

  public record Credentials(String login, String password, String otp) {}

  public record Code(String password, String otp) {}

  public record InitData(String initData) {}

  @POST
  @Path("login")
  public TokenPair login(Credentials body) {
    if (body == null) {
      throw new ApiException(401, AdminAccess.WRONG);
    }
    return admin.login(body.login(), body.password(), body.otp(), clients.of(request));
  }

  @POST
  @Path("auth/telegram")
  public TokenPair telegram(InitData body) {
    return telegram.panel(body == null ? null : body.initData(), clients.of(request));
  }

  @POST
  @Path("logout")
  @AdminOnly
  @SecurityRequirement(name = "adminToken")
  public Map<String, String> logout() {
    sessions.close(caller.token().orElseThrow());
    return SellerAuthResource.OK;
  }

  @POST
  @Path("2fa/setup")
  @AdminOnly
  @SecurityRequirement(name = "adminToken")
  public AdminTwoFactor.Enrolment setup(Code body) {
    admin.requirePassword(body == null ? null : body.password(), clients.of(request));
    return twoFactor.setup();
  }

  @POST
  @Path("2fa/confirm")
  @AdminOnly
  @SecurityRequirement(name = "adminToken")
  public Map<String, String> confirm(Code body) {
    admin.requirePassword(body == null ? null : body.password(), clients.of(request));
    twoFactor.confirm(body.otp());
    return SellerAuthResource.OK;
  }

  /** Turns 2FA off: the password and a current code. */
  @POST
  @Path("2fa/disable")
  @AdminOnly
  @SecurityRequirement(name = "adminToken")
  public Map<String, String> disable(Code body) {
    admin.requirePassword(body == null ? null : body.password(), clients.of(request));
    twoFactor.disable(body.otp());
    return SellerAuthResource.OK;
  }
}
