package ru.flurai.florist;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
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
import ru.flurai.florist.FloristBodies.ItemChange;
import ru.flurai.florist.FloristBodies.ItemCount;
import ru.flurai.florist.FloristBodies.NewItem;
import ru.flurai.florist.FloristBodies.NewReception;
import ru.flurai.florist.FloristBodies.ReceptionChange;
import ru.flurai.florist.FloristBodies.WriteOffBody;
import ru.flurai.florist.FloristViews.Applied;
import ru.flurai.florist.FloristViews.ItemCheck;
import ru.flurai.florist.FloristViews.ItemEdited;
import ru.flurai.florist.FloristViews.ItemRow;
import ru.flurai.florist.FloristViews.ReceptionBrief;
import ru.flurai.florist.FloristViews.ReceptionDetail;
import ru.flurai.florist.FloristViews.ReceptionInventory;
import ru.flurai.florist.FloristViews.WriteOffResult;
import ru.flurai.identity.Caller;
import ru.flurai.identity.SellerOnly;

/**
 * Receptions, their lines, write-offs of a line and a reception's inventory count (API.md §6,
 * LATER.md §7.2).
 */
@Path("/seller-web/receptions")
@Produces(MediaType.APPLICATION_JSON)
@SellerOnly
@SecurityRequirement(name = "sellerToken")
public class ReceptionResource {
  @Inject Receptions receptions;
  @Inject WriteOffs writeOffs;
  @Inject Inventory inventory;
  @Inject Caller caller;

  @GET
  public List<ReceptionBrief> list() {
    return receptions.list(caller.sellerId());
  }

  @POST
  public ReceptionBrief create(NewReception body) {
    return receptions.create(caller.sellerId(), body);
  }

  @GET
  @Path("{id: \\d+}")
  public ReceptionDetail detail(@PathParam("id") String id) {
    return receptions.detail(caller.sellerId(), reception(id));
  }

  @PUT
  @Path("{id: \\d+}")
  public ReceptionBrief update(@PathParam("id") String id, ReceptionChange body) {
    return receptions.update(caller.sellerId(), reception(id), body);
  }

  @POST
  @Path("{id: \\d+}/items")
  public ItemRow addItem(@PathParam("id") String id, NewItem body) {
    return receptions.addItem(caller.sellerId(), reception(id), body);
  }

  @PUT
  @Path("items/{itemId: \\d+}")
  public ItemEdited editItem(@PathParam("itemId") String itemId, ItemChange body) {
    return receptions.editItem(caller.sellerId(), item(itemId), body);
  }

  @DELETE
  @Path("items/{itemId: \\d+}")
  public Map<String, String> deleteItem(@PathParam("itemId") String itemId) {
    receptions.deleteItem(caller.sellerId(), item(itemId));
    return Map.of("status", "deleted");
  }

  @POST
  @Path("items/{itemId: \\d+}/write-off")
  public WriteOffResult writeOff(@PathParam("itemId") String itemId, WriteOffBody body) {
    return writeOffs.writeOff(caller.sellerId(), item(itemId), body);
  }

  @GET
  @Path("{id: \\d+}/inventory")
  public ReceptionInventory inventory(@PathParam("id") String id) {
    return receptions.inventory(caller.sellerId(), reception(id));
  }

  @POST
  @Path("{id: \\d+}/inventory/check")
  @Consumes(MediaType.APPLICATION_JSON) // a list body: no other reader may claim it
  public ItemCheck check(@PathParam("id") String id, List<ItemCount> body) {
    return inventory.checkReception(caller.sellerId(), reception(id), body);
  }

  @POST
  @Path("{id: \\d+}/inventory/apply")
  @Consumes(MediaType.APPLICATION_JSON) // a list body: no other reader may claim it
  public Applied apply(@PathParam("id") String id, List<ItemCount> body) {
    return inventory.applyReception(caller.sellerId(), reception(id), body);
  }

  private static long reception(String id) {
    return FloristIds.of(id, Receptions.NOT_FOUND);
  }

  private static long item(String id) {
    return FloristIds.of(id, Receptions.ITEM_NOT_FOUND);
  }
}
