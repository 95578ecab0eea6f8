package ru.flurai.catalog.favourite;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import ru.flurai.catalog.listing.CatalogueViews.SellerCard;
import ru.flurai.identity.BuyerOnly;
import ru.flurai.identity.Caller;

/** The buyer's favourite shops, "Подписки" (API.md §4). */
@Path("/buyers/me/favorite-sellers")
@BuyerOnly
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "buyerJwt")
@SecurityRequirement(name = "telegramInitData")
public class FavouriteSellersResource {
  static final Map<String, String> OK = Map.of("status", "ok");

  @Inject Favourites favourites;
  @Inject Caller caller;

  static final String NO_SELLER = "Укажите seller_id";

  public record AddSeller(@NotNull(message = NO_SELLER) Long sellerId) {}

  @GET
  public List<SellerCard> list() {
    return favourites.sellers(caller);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Map<String, String> add(@Valid @NotNull(message = NO_SELLER) AddSeller body) {
    favourites.addSeller(caller, body.sellerId());
    return OK;
  }

  @DELETE
  @Path("{seller_id: \\d+}")
  public Map<String, String> remove(@PathParam("seller_id") long sellerId) {
    favourites.removeSeller(caller, sellerId);
    return OK;
  }
}
