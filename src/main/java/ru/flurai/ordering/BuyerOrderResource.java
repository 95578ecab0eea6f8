package ru.flurai.ordering;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import ru.flurai.identity.BuyerOnly;
import ru.flurai.identity.Caller;

/** The buyer's orders (API.md §4 "Orders"): list, "received" (→ completed) and cancel. */
@Path("/buyers/me/orders")
@BuyerOnly
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "buyerJwt")
@SecurityRequirement(name = "telegramInitData")
public class BuyerOrderResource {
  @Inject OrderReads reads;
  @Inject OrderMoves moves;
  @Inject Caller caller;

  @GET
  public List<OrderViews.BuyerOrder> orders() {
    return reads.ofBuyer(caller.buyerId());
  }

  @POST
  @Path("{order_id: \\d+}/confirm")
  public Map<String, Object> confirm(@PathParam("order_id") long orderId) {
    moves.byBuyer(caller.buyerId(), orderId, OrderStatus.COMPLETED);
    return Map.of("status", "ok", "new_status", "completed");
  }

  @POST
  @Path("{order_id: \\d+}/cancel")
  public Map<String, Object> cancel(@PathParam("order_id") long orderId) {
    moves.byBuyer(caller.buyerId(), orderId, OrderStatus.CANCELLED);
    return Map.of("status", "ok", "new_status", "cancelled", "points_refunded", 0);
  }
}
