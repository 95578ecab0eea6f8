package ru.flurai.identity.seller;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import ru.flurai.identity.Caller;
import ru.flurai.identity.SellerOnly;
import ru.flurai.identity.token.Sessions;
import ru.flurai.identity.token.TokenPair;
import ru.flurai.platform.http.ClientAddress;

/** Seller panel sign-in, sign-out and credential change (API.md §6). */
@Path("/seller-web")
@Produces(MediaType.APPLICATION_JSON)
public class SellerAuthResource {
  public static final Map<String, String> OK = Map.of("status", "ok");

  @Inject SellerLogin sellerLogin;
  @Inject Sessions sessions;
  @Inject Caller caller;
  @Inject ClientAddress clients;
  @Context HttpServletRequest request;

  public record Credentials(String login, String password) {}

  public record CredentialChange(
      String oldLogin, String oldPassword, String newLogin, String newPassword) {}

  @POST
  @Path("login")
  public TokenPair login(@Valid @NotNull(message = "Укажите логин и пароль") Credentials body) {
    return sellerLogin.login(body.login(), body.password(), clients.of(request));
  }

  @POST
  @Path("logout")
  @SellerOnly
  @SecurityRequirement(name = "sellerToken")
  public Map<String, String> logout() {
    sessions.close(caller.token().orElseThrow());
    return OK;
  }

  @PUT
  @Path("security/change-credentials")
  @SellerOnly
  @SecurityRequirement(name = "sellerToken")
  public Map<String, String> changeCredentials(
      @Valid @NotNull(message = "Укажите текущие и новые учётные данные") CredentialChange body) {
    sellerLogin.changeCredentials(
        caller, body.oldLogin(), body.oldPassword(), body.newLogin(), body.newPassword());
    return OK;
  }
}
