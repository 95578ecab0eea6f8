package ru.flurai.payment;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import ru.flurai.identity.BuyerOnly;
import ru.flurai.identity.Caller;
import ru.flurai.platform.http.ClientAddress;

/** Online payment of an order (API.md {@code /payments/*}, PRODUCT.md §8.4). */
@Path("/payments")
@Produces(MediaType.APPLICATION_JSON)
public class PaymentResource {
  static final String NO_ORDER = "Укажите order_id";

  @Inject Payments payments;
  @Inject Webhooks webhooks;
  @Inject Caller caller;
  @Inject ClientAddress clients;
  @Context HttpServletRequest request;

  /** {@code {order_id, return_url?}}. */
  public record Create(@NotNull(message = NO_ORDER) Long orderId, String returnUrl) {}

  @POST
  @Path("create")
  @BuyerOnly
  @Consumes(MediaType.APPLICATION_JSON)
  @SecurityRequirement(name = "buyerJwt")
  @SecurityRequirement(name = "telegramInitData")
  @Operation(
      summary = "Pay an accepted order online: the YooKassa payment and its confirmation URL")
  public Payments.Created create(@Valid @NotNull(message = NO_ORDER) Create body) {
    return payments.create(caller.buyerId(), body.orderId(), body.returnUrl());
  }

  @GET
  @Path("{order_id: \\d+}/status")
  @BuyerOnly
  @SecurityRequirement(name = "buyerJwt")
  @SecurityRequirement(name = "telegramInitData")
  @Operation(summary = "The order's payment as the service knows it")
  public Payments.Status status(@PathParam("order_id") long orderId) {
    return payments.status(caller.buyerId(), orderId);
  }

  /**
   * YooKassa's notification: public, accepted only from YooKassa's networks, and believed only
   * after the payment is read back from the API (by the payment job).
   */
  @POST
  @Path("webhook")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "YooKassa HTTP notification (from YooKassa's networks only)")
  public Map<String, String> webhook(JsonObject body) {
    webhooks.receive(clients.of(request), body);
    return Map.of("status", "ok");
  }
}
