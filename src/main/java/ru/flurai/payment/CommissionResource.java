package ru.flurai.payment;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import ru.flurai.identity.AdminOnly;

/** The global commission (LATER.md §4.9); the per-seller override is the admin's seller field. */
@Path("/admin/settings/commission")
@AdminOnly
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "adminToken")
public class CommissionResource {
  static final String RANGE = "Комиссия должна быть от 0 до 100%";

  @Inject Commission commission;

  public record Percent(int commissionPercent) {}

  public record Saved(String status, int commissionPercent) {}

  /** {@code {commission_percent: 0..100}}. */
  public record Change(
      @NotNull(message = RANGE) @Min(value = 0, message = RANGE) @Max(value = 100, message = RANGE)
          Integer commissionPercent) {}

  @GET
  @Operation(summary = "The global commission percent")
  public Percent get() {
    return new Percent(commission.global());
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Set the global commission percent")
  public Saved put(@Valid @NotNull(message = RANGE) Change body) {
    return new Saved("ok", commission.setGlobal(body.commissionPercent()));
  }
}
