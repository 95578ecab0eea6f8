package ru.flurai.loyalty;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import ru.flurai.identity.BuyerOnly;
import ru.flurai.identity.Caller;

/**
 * The loyalty chip of the shop page and the points slider of the checkout (API.md §4): the buyer's
 * own card at a shop, which exists only once Telegram has verified the buyer's phone.
 */
@Path("/buyers/me/loyalty")
@BuyerOnly
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "buyerJwt")
@SecurityRequirement(name = "telegramInitData")
public class BuyerLoyaltyResource {
  @Inject Cards cards;
  @Inject Caller caller;

  @GET
  @Path("{seller_id: \\d+}")
  @Operation(summary = "The buyer's loyalty card at a shop")
  public LoyaltyViews.BuyerCard card(@PathParam("seller_id") long sellerId) {
    return cards.buyerCard(caller.buyerId(), sellerId);
  }
}
