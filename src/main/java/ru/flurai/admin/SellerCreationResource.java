package ru.flurai.admin;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import ru.flurai.admin.coverage.CityCoverage;
import ru.flurai.admin.coverage.CoverageViews.CityRef;
import ru.flurai.admin.coverage.CoverageViews.DistrictName;
import ru.flurai.admin.coverage.DistrictCoverage;
import ru.flurai.identity.AdminOnly;
import ru.flurai.platform.http.ApiException;

/**
 * {@code POST /admin/create_seller} and the creation wizard's helpers (API.md §7 "Seller-creation
 * helpers"). The DaData-backed helpers (organisation card, address suggestions, coverage check)
 * answer minimal shapes until DaData exists (PRODUCT.md §8).
 */
@Path("/admin")
@Produces(MediaType.APPLICATION_JSON)
@AdminOnly
@SecurityRequirement(name = "adminToken")
public class SellerCreationResource {
  @Inject SellerCreation creation;
  @Inject CityCoverage cities;
  @Inject DistrictCoverage districts;

  public record Coverage(boolean covered, Long districtId, String districtName) {}

  @POST
  @Path("create_seller")
  public CreatedSeller create(NewSeller body) {
    return creation.create(body);
  }

  @GET
  @Path("org/{identifier}")
  public OrgCard org(@PathParam("identifier") String identifier) {
    return OrgCard.of(identifier);
  }

  @GET
  @Path("inn/{inn}")
  public OrgCard inn(@PathParam("inn") String inn) {
    return OrgCard.ofInn(inn);
  }

  @GET
  @Path("cities")
  public List<CityRef> cities() {
    return cities.refs();
  }

  @GET
  @Path("districts/{city_id}")
  public List<DistrictName> districts(@PathParam("city_id") String cityId) {
    if (!cityId.matches("\\d{1,18}")) {
      throw ApiException.badRequest("Некорректный ID города");
    }
    return districts.names(Long.parseLong(cityId));
  }

  @GET
  @Path("address/suggest")
  public List<Object> suggestAddress(
      @QueryParam("q") String q, @QueryParam("city_kladr_id") String kladr) {
    return List.of();
  }

  @GET
  @Path("address/check-coverage")
  public Coverage checkCoverage(
      @QueryParam("address") String address, @QueryParam("city_id") String cityId) {
    return new Coverage(false, null, null);
  }
}
