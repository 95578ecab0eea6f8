package ru.flurai.payment.finance;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import ru.flurai.identity.AdminOnly;

/** The admin's Finance page (API.md {@code GET /admin/finance/summary}). */
@Path("/admin/finance")
@AdminOnly
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "adminToken")
public class FinanceResource {
  @Inject FinanceSummary summary;

  @GET
  @Path("summary")
  @Operation(summary = "Revenue, commission and orders by period and by seller")
  public Map<String, Object> summary(
      @QueryParam("date_from") String from,
      @QueryParam("date_to") String to,
      @QueryParam("group_by") String groupBy) {
    return summary.of(from, to, groupBy);
  }
}
