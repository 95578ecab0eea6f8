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
import ru.flurai.catalog.listing.CatalogueViews.FavouriteProduct;
import ru.flurai.identity.BuyerOnly;
import ru.flurai.identity.Caller;

/** The buyer's favourite products (API.md §4). */
@Path("/buyers/me/favorite-products")
@BuyerOnly
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "buyerJwt")
@SecurityRequirement(name = "telegramInitData")
public class FavouriteProductsResource {
  @Inject Favourites favourites;
  @Inject Caller caller;

  static final String NO_PRODUCT = "Укажите product_id";

  public record AddProduct(@NotNull(message = NO_PRODUCT) Long productId) {}

  @GET
  public List<FavouriteProduct> list() {
    return favourites.products(caller);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Map<String, String> add(@Valid @NotNull(message = NO_PRODUCT) AddProduct body) {
    favourites.addProduct(caller, body.productId());
    return FavouriteSellersResource.OK;
  }

  @DELETE
  @Path("{product_id: \\d+}")
  public Map<String, String> remove(@PathParam("product_id") long productId) {
    favourites.removeProduct(caller, productId);
    return FavouriteSellersResource.OK;
  }
}
