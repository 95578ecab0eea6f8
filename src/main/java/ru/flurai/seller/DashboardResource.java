package ru.flurai.seller;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import ru.flurai.identity.Caller;
import ru.flurai.identity.SellerOnly;
import ru.flurai.payment.PaymentEvents;

/**
 * The dashboard's side calls (API.md §6). Alerts and the other events belong to features that come
 * later (florist stock, CRM); until then they answer the empty shapes the dashboard expects,
 * because alerts sits in a {@code Promise.all} without a catch and a 404 would blank the whole
 * screen. Subscribers and the {@code payment_failed} events are real.
 */
@Path("/seller-web")
@Produces(MediaType.APPLICATION_JSON)
@SellerOnly
@SecurityRequirement(name = "sellerToken")
public class DashboardResource {
  @Inject Subscribers subscribers;
  @Inject Caller caller;
  @Inject PaymentEvents payments;

  @GET
  @Path("dashboard/order-events")
  public Map<String, List<Object>> orderEvents() {
    return Map.of("events", List.copyOf(payments.failed(caller.sellerId())));
  }

  @GET
  @Path("subscribers/count")
  public Map<String, Long> subscriberCount() {
    return Map.of("count", subscribers.count(caller.sellerId()));
  }

  @GET
  @Path("subscribers")
  public Subscribers.Page subscriberList() {
    return subscribers.list(caller.sellerId());
  }
}
