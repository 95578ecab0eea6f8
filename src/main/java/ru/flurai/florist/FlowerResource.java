package ru.flurai.florist;

import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import ru.flurai.florist.FloristBodies.NewFlower;
import ru.flurai.florist.FloristViews.FlowerView;
import ru.flurai.identity.Caller;
import ru.flurai.identity.SellerOnly;

/** The flower catalogue of the stock screen (API.md §6, LATER.md §7.2). */
@Path("/seller-web/flowers")
@Produces(MediaType.APPLICATION_JSON)
@SellerOnly
@SecurityRequirement(name = "sellerToken")
public class FlowerResource {
  @Inject Flowers flowers;
  @Inject Caller caller;

  @GET
  public List<FlowerView> list() {
    return flowers.list(caller.sellerId());
  }

  @POST
  public FlowerView create(NewFlower body) {
    return flowers.create(caller.sellerId(), body);
  }

  @DELETE
  @Path("{id: \\d+}")
  public Map<String, String> delete(@PathParam("id") String id) {
    flowers.delete(caller.sellerId(), FloristIds.of(id, Flowers.NOT_FOUND));
    return Map.of("status", "deleted");
  }
}
