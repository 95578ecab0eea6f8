package ru.flurai.payment.subscription;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import ru.flurai.identity.Caller;
import ru.flurai.identity.SellerOnly;

/** The seller's subscription tab (API.md "Settings → subscription", LATER.md §5.3). */
@Path("/subscriptions")
@Produces(MediaType.APPLICATION_JSON)
public class SubscriptionResource {
  static final String NO_PERIOD = "Укажите period_months";

  @Inject Subscriptions subscriptions;
  @Inject Caller caller;

  /** {@code {period_months: 1|3|6|12}}. */
  public record Create(@NotNull(message = NO_PERIOD) Integer periodMonths) {}

  @GET
  @Path("prices")
  @Operation(summary = "Subscription prices and discounts (public)")
  public Map<String, Object> prices() {
    return SubscriptionPrices.table();
  }

  @GET
  @Path("status")
  @SellerOnly
  @SecurityRequirement(name = "sellerToken")
  @Operation(summary = "The seller's current period and history")
  public Subscriptions.State status() {
    return subscriptions.status(caller.sellerId());
  }

  @POST
  @Path("create")
  @SellerOnly
  @Consumes(MediaType.APPLICATION_JSON)
  @SecurityRequirement(name = "sellerToken")
  @Operation(summary = "Buy a period: the YooKassa payment and its confirmation URL")
  public Subscriptions.Created create(@Valid @NotNull(message = NO_PERIOD) Create body) {
    return subscriptions.create(caller.sellerId(), body.periodMonths());
  }
}
