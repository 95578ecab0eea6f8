package ru.flurai.ordering.order;

import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import ru.flurai.identity.BuyerOnly;
import ru.flurai.identity.Caller;
import ru.flurai.loyalty.Points;

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
  @Inject Points points;

  @GET
  public List<OrderViews.BuyerOrder> orders() {
    return reads.ofBuyer(caller.buyerId());
  }

  @POST
  @Path("{order_id: \\d+}/confirm")
  public Moved confirm(@PathParam("order_id") long orderId) {
    moves.byBuyer(caller.buyerId(), orderId, OrderStatus.COMPLETED);
    return new Moved("ok", "completed", null);
  }

  @POST
  @Path("{order_id: \\d+}/cancel")
  public Moved cancel(@PathParam("order_id") long orderId) {
    moves.byBuyer(caller.buyerId(), orderId, OrderStatus.CANCELLED);
    return new Moved("ok", "cancelled", points.refunded(orderId));
  }

  /**
   * The answer to a buyer's move; a record, so its keys come in one order (a multi-key {@code
   * Map.of} iterates in a different order after every restart). {@code points_refunded} only on a
   * cancel.
   */
  @JsonbNillable(false)
  public record Moved(String status, String newStatus, BigDecimal pointsRefunded) {}
}
