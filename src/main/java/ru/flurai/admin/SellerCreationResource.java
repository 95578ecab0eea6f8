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
import ru.flurai.delivery.address.AddressLookup;
import ru.flurai.delivery.address.AddressSuggestion;
import ru.flurai.identity.AdminOnly;
import ru.flurai.platform.http.ApiException;

/**
 * {@code POST /admin/create_seller} and the creation wizard's helpers (API.md §7 "Seller-creation
 * helpers"). The DaData-backed helpers (organisation card, address suggestions, coverage check)
 * fall back to the keyless behaviour without DaData (PRODUCT.md §8.1).
 */
@Path("/admin")
@Produces(MediaType.APPLICATION_JSON)
@AdminOnly
@SecurityRequirement(name = "adminToken")
public class SellerCreationResource {
  @Inject SellerCreation creation;
  @Inject CityCoverage cities;
  @Inject DistrictCoverage districts;
  @Inject OrgCards orgCards;
  @Inject AddressLookup addresses;

  public record Coverage(boolean covered, Long districtId, String districtName) {}

  @POST
  @Path("create_seller")
  public CreatedSeller create(NewSeller body) {
    return creation.create(body);
  }

  @GET
  @Path("org/{identifier}")
  public OrgCard org(@PathParam("identifier") String identifier) {
    return orgCards.byIdentifier(identifier);
  }

  @GET
  @Path("inn/{inn}")
  public OrgCard inn(@PathParam("inn") String inn) {
    return orgCards.byInn(inn);
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

  /** DaData's suggestions (none without DaData: the address is optional in the form). */
  @GET
  @Path("address/suggest")
  public List<AddressSuggestion> suggestAddress(
      @QueryParam("q") String q, @QueryParam("city_kladr_id") String kladr) {
    String query = q == null ? "" : q.strip();
    if (query.length() < 2 || query.length() > 300) {
      return List.of();
    }
    String city = kladr != null && kladr.strip().matches("\\d{1,25}") ? kladr.strip() : null;
    return addresses.suggest(query, 5, city);
  }

  /**
   * Whether DaData's district of the address is one of the city's districts (LATER.md §8.4); not
   * covered when DaData finds none (or is not configured).
   */
  @GET
  @Path("address/check-coverage")
  public Coverage checkCoverage(
      @QueryParam("address") String address, @QueryParam("city_id") String cityId) {
    if (cityId == null || !cityId.strip().matches("\\d{1,18}")) {
      throw ApiException.badRequest("Некорректный ID города");
    }
    String a = address == null ? "" : address.strip();
    if (a.length() < 3 || a.length() > 500) {
      return new Coverage(false, null, null);
    }
    return addresses
        .districtOf(a)
        .map(
            name ->
                districts.names(Long.parseLong(cityId.strip())).stream()
                    .filter(d -> d.name().equalsIgnoreCase(name.strip()))
                    .findFirst()
                    .map(d -> new Coverage(true, d.id(), d.name()))
                    .orElse(new Coverage(false, null, name)))
        .orElse(new Coverage(false, null, null));
  }
}
