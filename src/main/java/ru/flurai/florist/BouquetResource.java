package ru.flurai.florist;

import jakarta.inject.Inject;
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
import ru.flurai.florist.FloristBodies.BouquetBody;
import ru.flurai.florist.FloristViews.BouquetDetail;
import ru.flurai.identity.Caller;
import ru.flurai.identity.SellerOnly;

/** The bouquet builder (API.md §6, LATER.md §7.2). */
@Path("/seller-web/bouquets")
@Produces(MediaType.APPLICATION_JSON)
@SellerOnly
@SecurityRequirement(name = "sellerToken")
public class BouquetResource {
  @Inject Bouquets bouquets;
  @Inject Caller caller;

  @GET
  public List<BouquetDetail> list() {
    return bouquets.list(caller.sellerId());
  }

  @POST
  public BouquetDetail create(BouquetBody body) {
    return bouquets.create(caller.sellerId(), body);
  }

  @PUT
  @Path("{id: \\d+}")
  public BouquetDetail update(@PathParam("id") String id, BouquetBody body) {
    return bouquets.update(caller.sellerId(), FloristIds.of(id, Bouquets.NOT_FOUND), body);
  }

  @DELETE
  @Path("{id: \\d+}")
  public Map<String, String> delete(@PathParam("id") String id) {
    bouquets.delete(caller.sellerId(), FloristIds.of(id, Bouquets.NOT_FOUND));
    return Map.of("status", "deleted");
  }
}
