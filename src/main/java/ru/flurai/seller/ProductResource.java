package ru.flurai.seller;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import ru.flurai.identity.Caller;
import ru.flurai.identity.SellerOnly;
import ru.flurai.platform.http.ApiException;

/** The seller's catalogue (API.md §6 products). */
@Path("/seller-web/products")
@Produces(MediaType.APPLICATION_JSON)
@SellerOnly
@SecurityRequirement(name = "sellerToken")
public class ProductResource {
  @Inject ProductService products;
  @Inject Caller caller;

  /**
   * {@code preorder=true|false} selects one tab; without it every product is listed, inactive ones
   * included.
   */
  @GET
  public List<ProductView> list(@QueryParam("preorder") String preorder) {
    return products.list(caller.sellerId(), flag(preorder));
  }

  @POST
  public ProductView create(JsonObject body) {
    return products.create(caller.sellerId(), body);
  }

  @PUT
  @Path("{id: \\d+}")
  public ProductView update(@PathParam("id") String id, JsonObject body) {
    return products.update(caller.sellerId(), productId(id), body);
  }

  @DELETE
  @Path("{id: \\d+}")
  public Map<String, String> delete(@PathParam("id") String id) {
    products.delete(caller.sellerId(), productId(id));
    return Map.of("status", "deleted");
  }

  @POST
  @Path("{id: \\d+}/recalculate")
  public ProductService.Recalculated recalculate(@PathParam("id") String id) {
    return products.recalculate(caller.sellerId(), productId(id));
  }

  /** Digits that do not fit a product id name no product either. */
  private static long productId(String digits) {
    try {
      return Long.parseLong(digits);
    } catch (NumberFormatException e) {
      throw ApiException.notFound(ProductService.NOT_FOUND);
    }
  }

  private static Boolean flag(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    return switch (value.strip()) {
      case "true" -> true;
      case "false" -> false;
      default -> throw ApiException.badRequest("Параметр preorder должен быть true или false");
    };
  }
}
