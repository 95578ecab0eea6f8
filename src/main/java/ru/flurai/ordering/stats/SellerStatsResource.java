package ru.flurai.ordering.stats;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import ru.flurai.identity.Caller;
import ru.flurai.identity.SellerOnly;
import ru.flurai.platform.config.FluraiConfig;

/** GET /seller-web/stats (API.md §6 "Stats"): the full shape, always. */
@Path("/seller-web")
@SellerOnly
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "sellerToken")
public class SellerStatsResource {
  @Inject SellerStats stats;
  @Inject Caller caller;
  @Inject FluraiConfig config;

  /**
   * Class path /seller-web (not /seller-web/stats), so /seller-web/stats/customers still reaches
   * the panel's resource.
   */
  @GET
  @Path("stats")
  public Map<String, Object> stats(
      @QueryParam("period") String period,
      @QueryParam("date_from") String from,
      @QueryParam("date_to") String to) {
    return stats.of(
        caller.sellerId(),
        StatsPeriod.of(period, from, to, config.shopTimezone()),
        config.shopTimezone());
  }
}
