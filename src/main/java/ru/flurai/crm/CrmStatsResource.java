package ru.flurai.crm;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import ru.flurai.identity.Caller;
import ru.flurai.identity.SellerOnly;
import ru.flurai.ordering.stats.StatsPeriod;
import ru.flurai.platform.config.FluraiConfig;

/**
 * The analytics page's customer tab and its CSV button (API.md §6, LATER.md §6.10). Class path
 * /seller-web, as the other stats resource, so neither shadows the other.
 */
@Path("/seller-web")
@SellerOnly
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "sellerToken")
public class CrmStatsResource {
  @Inject CrmStats stats;
  @Inject Caller caller;
  @Inject FluraiConfig config;

  @GET
  @Path("stats/customers")
  public CrmStats.CustomerStats customers(
      @QueryParam("period") String period,
      @QueryParam("date_from") String from,
      @QueryParam("date_to") String to) {
    return stats.customers(
        caller.sellerId(), StatsPeriod.of(period, from, to, config.shopTimezone()));
  }

  @GET
  @Path("stats/export")
  @Produces("text/csv; charset=utf-8")
  @Operation(summary = "The period's completed orders as CSV (UTF-8 with BOM, ';')")
  public Response export(
      @QueryParam("period") String period,
      @QueryParam("date_from") String from,
      @QueryParam("date_to") String to) {
    return CustomersResource.csv(
        stats.salesCsv(caller.sellerId(), StatsPeriod.of(period, from, to, config.shopTimezone())),
        "sales.csv");
  }
}
