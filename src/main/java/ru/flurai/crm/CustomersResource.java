package ru.flurai.crm;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import ru.flurai.crm.CustomerViews.Brief;
import ru.flurai.crm.CustomerViews.Detail;
import ru.flurai.crm.CustomerViews.Event;
import ru.flurai.crm.CustomerViews.Row;
import ru.flurai.crm.CustomerViews.Segments;
import ru.flurai.crm.CustomerViews.Upcoming;
import ru.flurai.identity.Caller;
import ru.flurai.identity.SellerOnly;
import ru.flurai.loyalty.LoyaltyViews;
import ru.flurai.loyalty.Points;
import ru.flurai.ordering.order.OrderViews;
import ru.flurai.platform.config.FluraiConfig;
import ru.flurai.platform.http.ApiException;

/** The panel's «Клиенты» section (API.md §6 "Customers CRM", LATER.md §6.7). */
@Path("/seller-web")
@SellerOnly
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "sellerToken")
public class CustomersResource {
  static final String ID = "{id: \\d+}";
  static final String EVENT = "{event_id: \\d+}";

  @Inject Customers customers;
  @Inject CustomerList list;
  @Inject CustomerEvents events;
  @Inject UpcomingEvents upcoming;
  @Inject Points points;
  @Inject Caller caller;
  @Inject FluraiConfig config;

  public record SaleBody(@NotNull(message = Points.BAD_AMOUNT_TEXT) BigDecimal amount) {}

  public record DeductBody(@NotNull(message = Points.BAD_POINTS_TEXT) BigDecimal points) {}

  @GET
  @Path("customers/all")
  @Operation(summary = "Subscribers, buyers and cards in one list, with segments")
  public List<Row> all() {
    return list.all(caller.sellerId());
  }

  @GET
  @Path("customers/segments")
  public Segments segments() {
    return list.segments(caller.sellerId());
  }

  @GET
  @Path("customers/tags")
  public List<String> tags() {
    return customers.tags(caller.sellerId());
  }

  @GET
  @Path("customers/export")
  @Produces("text/csv; charset=utf-8")
  @Operation(summary = "Every card as CSV (UTF-8 with BOM, ';')")
  public Response export() {
    return csv(customers.export(caller.sellerId()), "customers.csv");
  }

  @POST
  @Path("customers")
  @Consumes(MediaType.APPLICATION_JSON)
  public Brief create(@Valid @NotNull(message = Customers.NO_PHONE) Customers.Create body) {
    return customers.create(caller.sellerId(), body);
  }

  @GET
  @Path("customers/" + ID)
  public Detail one(@PathParam("id") long id) {
    return customers.detail(caller.sellerId(), id);
  }

  @PATCH
  @Path("customers/" + ID)
  @Consumes(MediaType.APPLICATION_JSON)
  public Brief patch(@PathParam("id") long id, JsonObject body) {
    return customers.patch(caller.sellerId(), id, body);
  }

  @GET
  @Path("customers/" + ID + "/orders")
  public List<OrderViews.SellerOrder> orders(@PathParam("id") long id) {
    return customers.orders(caller.sellerId(), id);
  }

  @POST
  @Path("customers/" + ID + "/sales")
  @Consumes(MediaType.APPLICATION_JSON)
  public LoyaltyViews.Sale sale(
      @PathParam("id") long id, @Valid @NotNull(message = Points.BAD_AMOUNT_TEXT) SaleBody body) {
    return points.sale(caller.sellerId(), id, body.amount());
  }

  @POST
  @Path("customers/" + ID + "/deduct")
  @Consumes(MediaType.APPLICATION_JSON)
  public LoyaltyViews.Deduction deduct(
      @PathParam("id") long id, @Valid @NotNull(message = Points.BAD_POINTS_TEXT) DeductBody body) {
    return points.deduct(caller.sellerId(), id, body.points());
  }

  @POST
  @Path("customers/" + ID + "/events")
  @Consumes(MediaType.APPLICATION_JSON)
  public Event createEvent(@PathParam("id") long id, JsonObject body) {
    return events.create(caller.sellerId(), id, body);
  }

  @PUT
  @Path("customers/" + ID + "/events/" + EVENT)
  @Consumes(MediaType.APPLICATION_JSON)
  public Event updateEvent(
      @PathParam("id") long id, @PathParam("event_id") long eventId, JsonObject body) {
    return events.update(caller.sellerId(), id, eventId, body);
  }

  @DELETE
  @Path("customers/" + ID + "/events/" + EVENT)
  public Map<String, Boolean> deleteEvent(
      @PathParam("id") long id, @PathParam("event_id") long eventId) {
    events.delete(caller.sellerId(), id, eventId);
    return Map.of("ok", true);
  }

  @GET
  @Path("dashboard/upcoming-events")
  public List<Upcoming> upcoming(@QueryParam("days") Integer days) {
    int d = days == null ? 7 : days;
    if (d < 1 || d > 90) {
      throw ApiException.badRequest("days: от 1 до 90");
    }
    return upcoming.of(caller.sellerId(), LocalDate.now(config.shopTimezone()), d);
  }

  static Response csv(byte[] bytes, String name) {
    return Response.ok(bytes, "text/csv; charset=utf-8")
        .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
        .build();
  }
}
