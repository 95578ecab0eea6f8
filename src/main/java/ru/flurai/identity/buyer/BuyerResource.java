package ru.flurai.identity.buyer;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import ru.flurai.identity.BuyerOnly;
import ru.flurai.identity.Caller;

/** The buyer's own profile (API.md §4). Hybrid buyer auth on every route. */
@Path("/buyers/me")
@BuyerOnly
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "buyerJwt")
@SecurityRequirement(name = "telegramInitData")
public class BuyerResource {
  @Inject Buyers buyers;
  @Inject Caller caller;

  public record ProfileUpdate(String phone, String fio) {}

  public record LocationUpdate(Long cityId, Long districtId) {}

  @GET
  public BuyerProfile me() {
    return buyers.me(caller);
  }

  @PUT
  public BuyerProfile update(ProfileUpdate body) {
    return body == null ? buyers.me(caller) : buyers.update(caller, body.phone(), body.fio());
  }

  @POST
  @Path("accept-privacy")
  public BuyerProfile acceptPrivacy() {
    return buyers.acceptPrivacy(caller);
  }

  @PUT
  @Path("location")
  public BuyerProfile location(LocationUpdate body) {
    return body == null
        ? buyers.me(caller)
        : buyers.moveTo(caller, body.cityId(), body.districtId());
  }
}
