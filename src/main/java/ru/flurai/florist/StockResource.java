package ru.flurai.florist;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import ru.flurai.florist.FloristBodies.FlowerCount;
import ru.flurai.florist.FloristViews.Alerts;
import ru.flurai.florist.FloristViews.Applied;
import ru.flurai.florist.FloristViews.FlowerCheck;
import ru.flurai.florist.FloristViews.GlobalInventoryItem;
import ru.flurai.florist.FloristViews.WriteOffStats;
import ru.flurai.identity.Caller;
import ru.flurai.identity.SellerOnly;

/**
 * The shop-wide stock views: inventory of all stock, the waste report and the dashboard's stock
 * alerts (API.md §6, LATER.md §7.2).
 */
@Path("/seller-web")
@Produces(MediaType.APPLICATION_JSON)
@SellerOnly
@SecurityRequirement(name = "sellerToken")
public class StockResource {
  @Inject Inventory inventory;
  @Inject WriteOffs writeOffs;
  @Inject StockAlerts alerts;
  @Inject Caller caller;

  @GET
  @Path("inventory/all")
  public List<GlobalInventoryItem> all() {
    return inventory.all(caller.sellerId());
  }

  @POST
  @Path("inventory/all/check")
  @Consumes(MediaType.APPLICATION_JSON) // a list body: no other reader may claim it
  public FlowerCheck check(List<FlowerCount> body) {
    return inventory.checkAll(caller.sellerId(), body);
  }

  @POST
  @Path("inventory/all/apply")
  @Consumes(MediaType.APPLICATION_JSON) // a list body: no other reader may claim it
  public Applied apply(List<FlowerCount> body) {
    return inventory.applyAll(caller.sellerId(), body);
  }

  @GET
  @Path("write-offs/stats")
  public WriteOffStats stats(
      @QueryParam("date_from") String from, @QueryParam("date_to") String to) {
    return writeOffs.stats(caller.sellerId(), from, to);
  }

  /** Sits in the dashboard's {@code Promise.all} without a catch: always the full shape. */
  @GET
  @Path("dashboard/alerts")
  public Alerts alerts() {
    return alerts.of(caller.sellerId());
  }
}
