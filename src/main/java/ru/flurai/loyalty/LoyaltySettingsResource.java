package ru.flurai.loyalty;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import ru.flurai.identity.Caller;
import ru.flurai.identity.SellerOnly;

/**
 * The panel's "Настройки лояльности" tab (API.md §6, LATER.md §6.7/§6.9). PUT takes the tab's whole
 * body: {@code points_percent} is required, a null maximum share or rate keeps the stored one, and
 * a null (or empty) tier list or a null (or 0) expiry switches them off, as the tab means.
 */
@Path("/seller-web/loyalty/settings")
@SellerOnly
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "sellerToken")
public class LoyaltySettingsResource {
  @Inject LoyaltySettings settings;
  @Inject Caller caller;

  public record Body(
      @NotNull(message = LoyaltyTerms.BAD_PERCENT) BigDecimal pointsPercent,
      Integer maxPointsDiscountPercent,
      BigDecimal pointsToRubleRate,
      List<LoyaltyTerms.Tier> tiersConfig,
      Integer pointsExpireDays) {}

  @GET
  @Operation(summary = "The seller's loyalty terms")
  public LoyaltyTerms get() {
    return settings.terms(caller.sellerId());
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Replaces the seller's loyalty terms")
  public LoyaltyTerms put(@Valid @NotNull(message = LoyaltyTerms.BAD_PERCENT) Body body) {
    LoyaltyTerms now = settings.terms(caller.sellerId());
    return settings.save(
        caller.sellerId(),
        LoyaltyTerms.of(
            body.pointsPercent(),
            body.maxPointsDiscountPercent() == null
                ? now.maxPointsDiscountPercent()
                : body.maxPointsDiscountPercent(),
            body.pointsToRubleRate() == null ? now.pointsToRubleRate() : body.pointsToRubleRate(),
            body.tiersConfig(),
            body.pointsExpireDays()));
  }
}
