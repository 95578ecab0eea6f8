package ru.flurai.ordering.guest;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import ru.flurai.platform.http.ClientAddress;

/**
 * {@code POST /orders/guest-checkout} (API.md §5): no authentication (the client sends no auth
 * header). The body is kept as text so that an idempotent replay compares exact bytes. Answers
 * {@code {"orders":[{order_id, seller_id, total_price, …}]}}.
 */
@Path("/orders")
@Produces(MediaType.APPLICATION_JSON)
public class GuestCheckoutResource {
  @Inject GuestCheckout checkout;
  @Inject ClientAddress clientAddress;
  @Context HttpServletRequest request;

  @POST
  @Path("guest-checkout")
  @Consumes({MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN, MediaType.WILDCARD})
  public Response guestCheckout(@HeaderParam("Idempotency-Key") String key, String body) {
    return Response.ok(
            checkout.run(clientAddress.of(request), key, body), MediaType.APPLICATION_JSON)
        .build();
  }
}
