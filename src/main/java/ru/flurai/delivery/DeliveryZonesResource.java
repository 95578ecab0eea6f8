package ru.flurai.delivery;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import ru.flurai.identity.Caller;
import ru.flurai.identity.SellerOnly;

/** {@code /seller-web/delivery-zones} (API.md §6, LATER.md §3.2): the seller's own zones only. */
@Path("/seller-web/delivery-zones")
@Produces(MediaType.APPLICATION_JSON)
@SellerOnly
@SecurityRequirement(name = "sellerToken")
public class DeliveryZonesResource {
  @Inject DeliveryZones zones;
  @Inject Caller caller;

  @GET
  public List<ZoneView> list() {
    return zones.of(caller.sellerId());
  }

  @POST
  public ZoneView create(JsonObject body) {
    return zones.create(caller.sellerId(), body);
  }

  @PUT
  @Path("{id: \\d+}")
  public ZoneView change(@PathParam("id") long id, JsonObject body) {
    return zones.change(caller.sellerId(), id, body);
  }

  @DELETE
  @Path("{id: \\d+}")
  public Map<String, String> delete(@PathParam("id") long id) {
    zones.delete(caller.sellerId(), id);
    return Map.of("status", "ok");
  }
}
