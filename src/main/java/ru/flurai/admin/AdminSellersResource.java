package ru.flurai.admin;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import ru.flurai.identity.AdminOnly;
import ru.flurai.platform.http.ApiException;

/**
 * {@code /admin/sellers/…} (API.md §7 "Sellers"). A missing seller answers 200 {@code
 * {"status":"not_found"}} and a refused limit or plan 200 {@code {"status":"error","message":…}},
 * as the panel expects. Ids are digits only, so {@code all} and {@code search} never reach the
 * {@code {tg_id}} routes.
 */
@Path("/admin/sellers")
@Produces(MediaType.APPLICATION_JSON)
@AdminOnly
@SecurityRequirement(name = "adminToken")
public class AdminSellersResource {
  static final String ID = "{tg_id: \\d+}";

  @Inject SellerRows rows;
  @Inject SellerUpdate updates;
  @Inject SellerStatus status;
  @Inject SellerLimits limits;

  static final String FIELD_VALUE = "Нужны field и value";

  /**
   * {@code {field, value}}; a missing body is refused at the edge, a missing field by the rules.
   */
  public record FieldValue(String field, String value) {}

  @GET
  @Path("all")
  public List<SellerRow> all(
      @QueryParam("include_deleted") @DefaultValue("false") boolean includeDeleted) {
    return rows.all(includeDeleted);
  }

  @GET
  @Path("search")
  public List<SellerRow> search(
      @QueryParam("fio") String fio,
      @QueryParam("include_deleted") @DefaultValue("false") boolean includeDeleted) {
    return rows.search(
        fio == null ? "" : fio.substring(0, Math.min(fio.length(), 200)), includeDeleted);
  }

  @GET
  @Path(ID)
  public SellerRow one(@PathParam("tg_id") long id) {
    return rows.one(id).orElseThrow(() -> ApiException.notFound("Продавец не найден"));
  }

  @PUT
  @Path(ID + "/update")
  public Results.Status update(
      @PathParam("tg_id") long id, @Valid @NotNull(message = FIELD_VALUE) FieldValue body) {
    updates.update(id, body.field(), body.value());
    return Results.OK;
  }

  @PUT
  @Path(ID + "/block")
  public Results.Status block(
      @PathParam("tg_id") long id, @QueryParam("is_blocked") String isBlocked) {
    if (!"true".equals(isBlocked) && !"false".equals(isBlocked)) {
      throw ApiException.badRequest("Параметр is_blocked должен быть true или false");
    }
    status.block(id, Boolean.parseBoolean(isBlocked));
    return Results.OK;
  }

  @PUT
  @Path(ID + "/soft-delete")
  public Results.Status softDelete(@PathParam("tg_id") long id) {
    status.softDelete(id);
    return Results.OK;
  }

  @PUT
  @Path(ID + "/restore")
  public Results.Status restore(@PathParam("tg_id") long id) {
    status.restore(id);
    return Results.OK;
  }

  @DELETE
  @Path(ID)
  public Results.Status delete(@PathParam("tg_id") long id) {
    status.hardDelete(id);
    return Results.OK;
  }

  @PUT
  @Path(ID + "/set_limit")
  public Results.LimitSet setLimit(
      @PathParam("tg_id") long id, @QueryParam("max_orders") String maxOrders) {
    return limits.setLimit(id, number(maxOrders));
  }

  @PUT
  @Path(ID + "/default_limit")
  public Results.DefaultLimitSet defaultLimit(
      @PathParam("tg_id") long id,
      @QueryParam("default_daily_limit") String total,
      @QueryParam("max_delivery_orders") String delivery,
      @QueryParam("max_pickup_orders") String pickup) {
    return limits.defaultLimit(id, number(total), number(delivery), number(pickup));
  }

  @PUT
  @Path(ID + "/subscription_plan")
  public Results.PlanSet plan(@PathParam("tg_id") long id, @QueryParam("plan") String plan) {
    return limits.plan(id, plan);
  }

  @GET
  @Path(ID + "/web_credentials")
  public Results.Credentials credentials(@PathParam("tg_id") long id) {
    return status.credentials(id);
  }

  @POST
  @Path(ID + "/set_web_credentials")
  public Results.Credentials resetCredentials(@PathParam("tg_id") long id) {
    return status.resetCredentials(id);
  }

  @POST
  @Path(ID + "/reset_counters")
  public Results.Status resetCounters(@PathParam("tg_id") long id) {
    status.resetCounters(id);
    return Results.OK;
  }

  /**
   * Query numbers as JavaScript prints them; anything else is refused in-band like an out-of-range
   * value.
   */
  private static Integer number(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Integer.valueOf(value.strip());
    } catch (NumberFormatException e) {
      throw new ActionRefused("Лимит должен быть целым числом");
    }
  }
}
