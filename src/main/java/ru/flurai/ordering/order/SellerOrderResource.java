package ru.flurai.ordering.order;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import ru.flurai.identity.Caller;
import ru.flurai.identity.SellerOnly;
import ru.flurai.platform.config.FluraiConfig;
import ru.flurai.platform.http.ApiException;

/** The seller panel's orders (API.md §6 "Orders"). */
@Path("/seller-web/orders")
@SellerOnly
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "sellerToken")
public class SellerOrderResource {
  @Inject OrderReads reads;
  @Inject OrderMoves moves;
  @Inject Caller caller;
  @Inject FluraiConfig config;

  @GET
  public List<OrderViews.SellerOrder> orders(
      @QueryParam("status") String status,
      @QueryParam("date_from") String from,
      @QueryParam("date_to") String to,
      @QueryParam("preorder") Boolean preorder) {
    List<String> statuses =
        status == null || status.isBlank()
            ? List.of()
            : Arrays.stream(status.split(","))
                .map(
                    s ->
                        OrderStatus.parse(s)
                            .orElseThrow(
                                () -> ApiException.badRequest("Неизвестный статус: " + s.strip()))
                            .wire())
                .toList();
    return reads.ofSeller(
        caller.sellerId(), statuses, date(from), date(to), config.shopTimezone(), preorder);
  }

  @GET
  @Path("{id: \\d+}")
  public OrderViews.SellerOrder order(@PathParam("id") long id) {
    return reads.one(caller.sellerId(), id).stream().findFirst().orElseThrow(OrderNotFound::new);
  }

  @POST
  @Path("{id: \\d+}/accept")
  public OrderViews.Moved accept(@PathParam("id") long id) {
    return moves.bySeller(caller.sellerId(), id, OrderStatus.ACCEPTED);
  }

  @POST
  @Path("{id: \\d+}/reject")
  public OrderViews.Moved reject(@PathParam("id") long id) {
    return moves.bySeller(caller.sellerId(), id, OrderStatus.REJECTED);
  }

  @PUT
  @Path("{id: \\d+}/status")
  public OrderViews.Moved status(@PathParam("id") long id, @QueryParam("status") String status) {
    OrderStatus to =
        OrderStatus.parse(status)
            .orElseThrow(() -> ApiException.badRequest("Invalid status: " + status));
    return moves.bySeller(caller.sellerId(), id, to);
  }

  @PUT
  @Path("{id: \\d+}/price")
  public OrderViews.Repriced price(
      @PathParam("id") long id, @QueryParam("new_price") BigDecimal price) {
    return moves.reprice(caller.sellerId(), id, price);
  }

  private static LocalDate date(String s) {
    if (s == null || s.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(s.strip());
    } catch (DateTimeParseException e) {
      throw ApiException.badRequest("Дата должна быть в формате YYYY-MM-DD");
    }
  }
}
