package ru.flurai.catalog.listing;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import ru.flurai.catalog.listing.CatalogueViews.AvailabilityView;
import ru.flurai.catalog.listing.CatalogueViews.SellerPage;
import ru.flurai.catalog.listing.CatalogueViews.ShopPage;
import ru.flurai.platform.http.RawJson;

/**
 * {@code /public/sellers…} (API.md §3): the Mini App's catalogue. No authentication; auth headers
 * are ignored.
 */
@Path("/public/sellers")
@Produces(MediaType.APPLICATION_JSON)
public class CatalogueResource {
  @Inject Catalogue catalogue;
  @Inject ShopPages shopPages;

  @GET
  @APIResponse(
      responseCode = "200",
      content = @Content(schema = @Schema(implementation = SellerPage.class)))
  public RawJson list(
      @QueryParam("search") String search,
      @QueryParam("city_id") String cityId,
      @QueryParam("district_id") String districtId,
      @QueryParam("metro_id") String metroId,
      @QueryParam("delivery_type") String deliveryType,
      @QueryParam("free_delivery") String freeDelivery,
      @QueryParam("sort_price") String sortPrice,
      @QueryParam("sort_mode") String sortMode,
      @QueryParam("page") String page,
      @QueryParam("per_page") String perPage) {
    return catalogue.list(
        ListingQuery.parse(
            search,
            cityId,
            districtId,
            metroId,
            deliveryType,
            freeDelivery,
            sortPrice,
            sortMode,
            page,
            perPage));
  }

  @GET
  @Path("{seller_id: \\d+}")
  @APIResponse(
      responseCode = "200",
      content = @Content(schema = @Schema(implementation = ShopPage.class)))
  public RawJson shop(@PathParam("seller_id") long sellerId) {
    return shopPages.shop(sellerId);
  }

  @GET
  @Path("{seller_id: \\d+}/availability")
  public AvailabilityView availability(@PathParam("seller_id") long sellerId) {
    return catalogue.availability(sellerId);
  }
}
