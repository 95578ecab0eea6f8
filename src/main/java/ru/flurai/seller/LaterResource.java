package ru.flurai.seller;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import ru.flurai.identity.SellerOnly;
import ru.flurai.platform.http.ApiException;

/**
 * Seller screens of later features (delivery zones, CRM, florist stock, loyalty): empty but valid
 * answers, so the screens render instead of breaking (PRODUCT.md §8). Writes that cannot be kept
 * yet say so.
 */
@Path("/seller-web")
@Produces(MediaType.APPLICATION_JSON)
@SellerOnly
@SecurityRequirement(name = "sellerToken")
public class LaterResource {
  static final String ZONE_NOT_FOUND = "Зона доставки не найдена";

  @GET
  @Path("delivery-zones")
  public List<Object> deliveryZones() {
    return List.of();
  }

  @POST
  @Path("delivery-zones")
  public List<Object> createDeliveryZone() {
    throw new ApiException(
        501, "Зоны доставки пока не поддерживаются: доставка идёт по единой цене магазина");
  }

  @PUT
  @Path("delivery-zones/{id}")
  public List<Object> updateDeliveryZone() {
    throw ApiException.notFound(ZONE_NOT_FOUND);
  }

  @DELETE
  @Path("delivery-zones/{id}")
  public List<Object> deleteDeliveryZone() {
    throw ApiException.notFound(ZONE_NOT_FOUND);
  }
}
