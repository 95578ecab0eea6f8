package ru.flurai.ordering;

import jakarta.inject.Inject;
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
import ru.flurai.platform.http.ApiException;

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

  public record AddItem(Long productId, Integer quantity) {}

  public record SetQuantity(Integer quantity) {}

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
  public CartViews.Added add(AddItem body) {
    if (body == null || body.productId() == null) {
      throw ApiException.badRequest("Укажите product_id");
    }
    return carts.add(caller, body.productId(), body.quantity() == null ? 1 : body.quantity());
  }

  @PUT
  @Path("items/{product_id: \\d+}")
  public Map<String, String> update(@PathParam("product_id") long productId, SetQuantity body) {
    if (body == null || body.quantity() == null) {
      throw ApiException.badRequest("Укажите quantity");
    }
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
