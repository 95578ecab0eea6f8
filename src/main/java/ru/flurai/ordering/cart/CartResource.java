package ru.flurai.ordering.cart;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import ru.flurai.identity.BuyerOnly;
import ru.flurai.identity.Caller;
import ru.flurai.ordering.checkout.IdempotentCheckout;

/** The buyer's cart (API.md §4 "Cart"); stock is reserved for 300 s per row. */
@Path("/buyers/me/cart")
@BuyerOnly
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "buyerJwt")
@SecurityRequirement(name = "telegramInitData")
public class CartResource {
  static final Map<String, String> OK = Map.of("status", "ok");

  @Inject Carts carts;
  @Inject IdempotentCheckout checkout;
  @Inject Caller caller;

  static final String NO_PRODUCT = "Укажите product_id";
  static final String NO_QUANTITY = "Укажите quantity";

  /**
   * {@code quantity} absent is 1; below 1 is refused by {@link Carts#add}, after the product (a
   * constraint here would report both at once).
   */
  public record AddItem(
      @NotNull(message = NO_PRODUCT) Long productId,
      Integer quantity,
      String preorderDeliveryDate) {}

  public record SetQuantity(@NotNull(message = NO_QUANTITY) Integer quantity) {}

  @GET
  public List<CartViews.Group> cart() {
    return carts.view(caller);
  }

  @DELETE
  public Map<String, String> clear() {
    carts.clear(caller);
    return OK;
  }

  @POST
  @Path("items")
  public CartViews.Added add(@Valid @NotNull(message = NO_PRODUCT) AddItem body) {
    return carts.add(
        caller,
        body.productId(),
        body.quantity() == null ? 1 : body.quantity(),
        body.preorderDeliveryDate());
  }

  @PUT
  @Path("items/{product_id: \\d+}")
  public Map<String, String> update(
      @PathParam("product_id") long productId,
      @Valid @NotNull(message = NO_QUANTITY) SetQuantity body) {
    carts.update(caller, productId, body.quantity());
    return OK;
  }

  @DELETE
  @Path("items/{product_id: \\d+}")
  public Map<String, String> remove(@PathParam("product_id") long productId) {
    carts.remove(caller, productId);
    return OK;
  }

  /**
   * One order per seller; the body is kept as text so that an idempotent replay compares exact
   * bytes.
   */
  @POST
  @Path("checkout")
  @Consumes({MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN, MediaType.WILDCARD})
  public Response checkout(@HeaderParam("Idempotency-Key") String key, String body) {
    return Response.ok(checkout.run(caller, key, body), MediaType.APPLICATION_JSON).build();
  }

  @POST
  @Path("items/{product_id: \\d+}/extend-reservation")
  public CartViews.Extended extend(@PathParam("product_id") long productId) {
    return carts.extend(caller, productId);
  }
}
