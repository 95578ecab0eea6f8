package ru.flurai.seller;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import ru.flurai.identity.SellerOnly;
import ru.flurai.platform.http.ApiException;
import ru.flurai.seller.LaterViews.CustomerStats;
import ru.flurai.seller.LaterViews.LoyaltySettings;
import ru.flurai.seller.LaterViews.PreorderAnalytics;
import ru.flurai.seller.LaterViews.PreorderSummary;

/**
 * Seller screens of later features (CRM, florist stock, loyalty, preorder analytics): empty but
 * valid answers, so the screens render instead of breaking (PRODUCT.md §8). Writes that cannot be
 * kept yet say so.
 */
@Path("/seller-web")
@Produces(MediaType.APPLICATION_JSON)
@SellerOnly
@SecurityRequirement(name = "sellerToken")
public class LaterResource {
  @Inject ShopClock clock;

  @GET
  @Path("stats/customers")
  public CustomerStats customerStats() {
    return CustomerStats.NONE;
  }

  @GET
  @Path("preorder-analytics")
  public PreorderAnalytics preorderAnalytics() {
    return PreorderAnalytics.NONE;
  }

  @GET
  @Path("preorder-summary")
  public PreorderSummary preorderSummary(@QueryParam("date") String date) {
    LocalDate day =
        date == null || date.isBlank()
            ? clock.today().date()
            : JsonFields.parseDate(date.strip())
                .orElseThrow(
                    () -> ApiException.badRequest("Дата должна быть в формате YYYY-MM-DD"));
    return new PreorderSummary(day, 0, BigDecimal.ZERO, List.of());
  }

  @GET
  @Path("loyalty/settings")
  public LoyaltySettings loyaltySettings() {
    return LoyaltySettings.NONE;
  }

  @GET
  @Path("customers/all")
  public List<Object> customers() {
    return List.of();
  }

  @GET
  @Path("customers/tags")
  public List<Object> customerTags() {
    return List.of();
  }

  @GET
  @Path("flowers")
  public List<Object> flowers() {
    return List.of();
  }

  @GET
  @Path("receptions")
  public List<Object> receptions() {
    return List.of();
  }

  @GET
  @Path("bouquets")
  public List<Object> bouquets() {
    return List.of();
  }

  @GET
  @Path("inventory/all")
  public List<Object> inventory() {
    return List.of();
  }
}
