package ru.flurai.seller;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import ru.flurai.identity.Caller;
import ru.flurai.identity.SellerOnly;

/** The seller's own profile and shop settings (API.md §6 GET/PUT /seller-web/me). */
@Path("/seller-web/me")
@Produces(MediaType.APPLICATION_JSON)
@SellerOnly
@SecurityRequirement(name = "sellerToken")
public class ProfileResource {
  @Inject ProfileService profiles;
  @Inject Caller caller;

  @GET
  public ProfileView me() {
    return profiles.me(caller.sellerId());
  }

  /**
   * Partial: only fields present and not null change; {@code "banner_url": null} or "" removes the
   * banner.
   */
  @PUT
  public ProfileView update(JsonObject body) {
    return profiles.update(caller.sellerId(), body);
  }
}
