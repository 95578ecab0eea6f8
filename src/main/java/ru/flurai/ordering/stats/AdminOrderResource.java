package ru.flurai.ordering.stats;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import ru.flurai.identity.AdminOnly;
import ru.flurai.platform.config.FluraiConfig;
import ru.flurai.platform.http.ApiException;

/** Order oversight for the platform admin (API.md §7 "Platform stats and oversight"). */
@Path("/admin")
@AdminOnly
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "adminToken")
public class AdminOrderResource {
  @Inject AdminOrders orders;
  @Inject AdminStats stats;
  @Inject AdminDashboard dashboard;
  @Inject AdminLimitStats limits;
  @Inject FluraiConfig config;

  @GET
  @Path("orders")
  public Map<String, Object> orders(
      @QueryParam("status") String status,
      @QueryParam("seller_id") Long sellerId,
      @QueryParam("date_from") String from,
      @QueryParam("date_to") String to,
      @QueryParam("page") Integer page,
      @QueryParam("per_page") Integer perPage) {
    int p = page == null ? 1 : page;
    int pp = perPage == null ? 50 : perPage;
    if (p < 1 || pp < 1 || pp > 200) {
      throw ApiException.badRequest("page ≥ 1, per_page 1..200");
    }
    return orders.page(
        status,
        sellerId,
        StatsPeriod.date(from),
        StatsPeriod.date(to),
        p,
        pp,
        config.shopTimezone());
  }

  @GET
  @Path("stats/overview")
  public Map<String, Object> overview(
      @QueryParam("date_from") String from, @QueryParam("date_to") String to) {
    return stats.overview(
        StatsPeriod.of(null, from == null && to == null ? null : from, to, config.shopTimezone()));
  }

  @GET
  @Path("stats/limits")
  public Map<String, Object> limits() {
    return limits.today();
  }

  @GET
  @Path("dashboard")
  public Map<String, Object> dashboard() {
    return dashboard.now();
  }
}
