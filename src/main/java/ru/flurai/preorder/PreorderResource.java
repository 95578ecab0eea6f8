package ru.flurai.preorder;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import ru.flurai.identity.Caller;
import ru.flurai.identity.SellerOnly;

/**
 * The seller panel's preorder screens (API.md §6): the procurement summary of a date (Orders →
 * Предзаказы → Дашборд закупок) and the analytics tab. Always the caller's own orders.
 */
@Path("/seller-web")
@SellerOnly
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "sellerToken")
public class PreorderResource {
  @Inject PreorderReports reports;
  @Inject Caller caller;

  @GET
  @Path("preorder-summary")
  public PreorderViews.Summary summary(@QueryParam("date") String date) {
    return reports.summary(caller.sellerId(), date);
  }

  @GET
  @Path("preorder-analytics")
  public PreorderViews.Analytics analytics(
      @QueryParam("period") String period,
      @QueryParam("date_from") String from,
      @QueryParam("date_to") String to) {
    return reports.analytics(caller.sellerId(), period, from, to);
  }
}
