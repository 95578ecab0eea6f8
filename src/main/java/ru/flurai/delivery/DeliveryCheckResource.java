package ru.flurai.delivery;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.util.List;

/**
 * {@code POST /public/sellers/{id}/check-delivery} (API.md §3): no authentication, always 200. The
 * optional {@code subtotal} (goods) applies the minimum order and the "free from" amount exactly as
 * the checkout will; the Mini App does not send it and gets the zone's price.
 */
@Path("/public/sellers")
@Produces(MediaType.APPLICATION_JSON)
public class DeliveryCheckResource {
  @Inject DeliveryPricing pricing;
  @Inject DeliveryZones zones;

  public record DeliveryQuestion(
      Long districtId, String districtName, String address, BigDecimal subtotal) {}

  @POST
  @Path("{seller_id: \\d+}/check-delivery")
  @Consumes(MediaType.APPLICATION_JSON)
  public DeliveryCheck check(@PathParam("seller_id") long sellerId, DeliveryQuestion body) {
    DeliveryQuestion q = body == null ? new DeliveryQuestion(null, null, null, null) : body;
    BigDecimal subtotal = q.subtotal() == null || q.subtotal().signum() < 0 ? null : q.subtotal();
    return pricing.check(
        sellerId,
        new DeliveryAsk(q.districtId(), clip(q.districtName()), clip(q.address())),
        subtotal);
  }

  /** The shop's active zones (no caller in the front ends, LATER.md §3.3). */
  @GET
  @Path("{seller_id: \\d+}/delivery-zones")
  public List<ZoneView> active(@PathParam("seller_id") long sellerId) {
    return zones.of(sellerId).stream().filter(ZoneView::isActive).toList();
  }

  private static String clip(String s) {
    return s == null || s.length() > 1000 ? null : s;
  }
}
