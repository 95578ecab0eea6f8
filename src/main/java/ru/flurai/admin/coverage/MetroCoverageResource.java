package ru.flurai.admin.coverage;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.DELETE;
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
import ru.flurai.admin.Results;
import ru.flurai.admin.coverage.CoverageViews.MetroBody;
import ru.flurai.admin.coverage.CoverageViews.MetroImport;
import ru.flurai.admin.coverage.CoverageViews.MetroRemap;
import ru.flurai.admin.coverage.CoverageViews.MetroRow;
import ru.flurai.delivery.address.AddressLookup;
import ru.flurai.identity.AdminOnly;

/**
 * {@code /admin/coverage/…} metro stations, and the DaData helpers (LATER.md §8.5): city and
 * district suggestions (empty lists without DaData: the panel still adds a city by name), metro
 * import and remap.
 */
@Path("/admin/coverage")
@Produces(MediaType.APPLICATION_JSON)
@AdminOnly
@SecurityRequirement(name = "adminToken")
public class MetroCoverageResource {
  @Inject MetroCoverage metro;
  @Inject MetroImports imports;
  @Inject AddressLookup addresses;

  @GET
  @Path("cities/{id: \\d+}/metro")
  public List<MetroRow> ofCity(@PathParam("id") long cityId) {
    return metro.ofCity(cityId);
  }

  @GET
  @Path("districts/{id: \\d+}/metro")
  public List<MetroRow> ofDistrict(@PathParam("id") long districtId) {
    return metro.ofDistrict(districtId);
  }

  @POST
  @Path("districts/{id: \\d+}/metro")
  public MetroRow create(@PathParam("id") long districtId, MetroBody body) {
    return metro.create(districtId, body);
  }

  @PUT
  @Path("metro/{id: \\d+}")
  public MetroRow update(@PathParam("id") long id, JsonObject body) {
    return metro.update(id, body);
  }

  @DELETE
  @Path("metro/{id: \\d+}")
  public Results.Status delete(@PathParam("id") long id) {
    metro.delete(id);
    return Results.OK;
  }

  @POST
  @Path("cities/{id: \\d+}/import-metro")
  public MetroImport importMetro(@PathParam("id") long cityId) {
    return imports.importMetro(cityId);
  }

  @POST
  @Path("cities/{id: \\d+}/remap-metro")
  public MetroRemap remapMetro(@PathParam("id") long cityId) {
    return imports.remap(cityId);
  }

  @GET
  @Path("dadata/suggest-city")
  public List<AddressLookup.CitySuggestion> suggestCity(@QueryParam("q") String q) {
    String query = q == null ? "" : q.strip();
    return query.isEmpty() || query.length() > 100 ? List.of() : addresses.cities(query);
  }

  @GET
  @Path("dadata/suggest-district")
  public List<String> suggestDistrict(
      @QueryParam("q") String q, @QueryParam("city_kladr_id") String kladr) {
    String query = q == null ? "" : q.strip();
    String city = kladr != null && kladr.strip().matches("\\d{1,25}") ? kladr.strip() : null;
    return query.length() > 100 ? List.of() : addresses.districts(query, city);
  }
}
