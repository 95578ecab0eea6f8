package ru.flurai.seller;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import ru.flurai.identity.Caller;
import ru.flurai.identity.SellerOnly;
import ru.flurai.platform.http.ApiException;
import ru.flurai.seller.LimitsViews.Closed;
import ru.flurai.seller.LimitsViews.DefaultLimitSet;
import ru.flurai.seller.LimitsViews.HoursSet;
import ru.flurai.seller.LimitsViews.LimitsSet;
import ru.flurai.seller.LimitsViews.ScheduleSet;

/**
 * Limits tab and working-hours tab of the seller panel (API.md §6). Limit endpoints take query
 * params, no body.
 */
@Path("/seller-web")
@Produces(MediaType.APPLICATION_JSON)
@SellerOnly
@SecurityRequirement(name = "sellerToken")
public class LimitsResource {
  @Inject LimitsService limits;
  @Inject ShopClock clock;
  @Inject Caller caller;

  @PUT
  @Path("limits")
  public LimitsSet limitToday(
      @QueryParam("max_delivery_orders") String delivery,
      @QueryParam("max_pickup_orders") String pickup,
      @QueryParam("max_orders") String total) {
    Integer d = LimitParams.parse("max_delivery_orders", delivery);
    Integer p = LimitParams.parse("max_pickup_orders", pickup);
    Integer t = LimitParams.parse("max_orders", total);
    return limits.limitToday(caller.sellerId(), d, p, t);
  }

  @PUT
  @Path("default-limit")
  public DefaultLimitSet changeDefault(
      @QueryParam("max_delivery_orders") String delivery,
      @QueryParam("max_pickup_orders") String pickup) {
    Integer d = LimitParams.parse("max_delivery_orders", delivery);
    Integer p = LimitParams.parse("max_pickup_orders", pickup);
    return limits.changeDefault(caller.sellerId(), d, p);
  }

  @POST
  @Path("close-for-today")
  public Closed closeForToday() {
    limits.closeForToday(caller.sellerId());
    String zone = "Europe/Moscow".equals(clock.zone().getId()) ? "МСК" : clock.zone().getId();
    return new Closed("ok", "Магазин закрыт на сегодня. Откроется завтра с 6:00 " + zone + ".");
  }

  @PUT
  @Path("weekly-schedule")
  public ScheduleSet weeklySchedule(JsonObject body) {
    JsonValue schedule = body == null ? null : body.get("schedule");
    if (!(schedule instanceof JsonObject s)) {
      throw ApiException.badRequest(
          "Укажите расписание: {\"schedule\": {\"0\": {\"delivery\": 10, \"pickup\": 20}}}");
    }
    return new ScheduleSet("ok", limits.changeWeeklySchedule(caller.sellerId(), s));
  }

  @PUT
  @Path("working-hours")
  public HoursSet workingHours(JsonObject body) {
    JsonValue hours = body == null ? null : body.get("working_hours");
    if (hours != null
        && hours.getValueType() != JsonValue.ValueType.NULL
        && !(hours instanceof JsonObject)) {
      throw ApiException.badRequest("Некорректный формат working_hours: ожидается объект или null");
    }
    JsonObject h = hours instanceof JsonObject o ? o : null;
    return new HoursSet("ok", limits.changeWorkingHours(caller.sellerId(), h));
  }
}
