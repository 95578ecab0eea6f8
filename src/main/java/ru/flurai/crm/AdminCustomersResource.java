package ru.flurai.crm;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import ru.flurai.identity.AdminOnly;

/** The admin's customers page (API.md §7 {@code GET /admin/customers}). */
@Path("/admin")
@AdminOnly
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "adminToken")
public class AdminCustomersResource {
  @Inject AdminCustomers customers;

  @GET
  @Path("customers")
  public AdminCustomers.Page page(
      @QueryParam("city_id") Long cityId,
      @QueryParam("min_orders") Integer minOrders,
      @QueryParam("page") Integer page,
      @QueryParam("per_page") Integer perPage) {
    return customers.page(
        cityId, minOrders, page == null ? 1 : page, perPage == null ? 30 : perPage);
  }
}
