package ru.flurai.admin.coverage;

import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import ru.flurai.admin.Results;
import ru.flurai.admin.coverage.CoverageViews.CityBody;
import ru.flurai.admin.coverage.CoverageViews.CityRef;
import ru.flurai.admin.coverage.CoverageViews.CityRow;
import ru.flurai.admin.coverage.CoverageViews.DistrictBody;
import ru.flurai.admin.coverage.CoverageViews.DistrictRef;
import ru.flurai.admin.coverage.CoverageViews.DistrictRow;
import ru.flurai.identity.AdminOnly;

/**
 * {@code /admin/coverage/…} cities and districts (API.md §7 coverage); metro is {@link
 * MetroCoverageResource}.
 */
@Path("/admin/coverage")
@Produces(MediaType.APPLICATION_JSON)
@AdminOnly
@SecurityRequirement(name = "adminToken")
public class CoverageResource {
  @Inject CityCoverage cities;
  @Inject DistrictCoverage districts;

  @GET
  @Path("cities")
  public List<CityRow> cities() {
    return cities.list();
  }

  @POST
  @Path("cities")
  public CityRow createCity(CityBody body) {
    return cities.create(body == null ? null : body.name(), body == null ? null : body.kladrId());
  }

  @PUT
  @Path("cities/{id: \\d+}")
  public CityRef updateCity(@PathParam("id") long id, CityBody body) {
    return cities.update(
        id, body == null ? null : body.name(), body == null ? null : body.kladrId());
  }

  @DELETE
  @Path("cities/{id: \\d+}")
  public Results.Status deleteCity(@PathParam("id") long id) {
    cities.delete(id);
    return Results.OK;
  }

  @GET
  @Path("cities/{id: \\d+}/districts")
  public List<DistrictRow> districts(@PathParam("id") long cityId) {
    return districts.list(cityId);
  }

  @POST
  @Path("cities/{id: \\d+}/districts")
  public DistrictRow createDistrict(@PathParam("id") long cityId, DistrictBody body) {
    return districts.create(cityId, body == null ? null : body.name());
  }

  @PUT
  @Path("districts/{id: \\d+}")
  public DistrictRef renameDistrict(@PathParam("id") long id, DistrictBody body) {
    return districts.rename(id, body == null ? null : body.name());
  }

  @DELETE
  @Path("districts/{id: \\d+}")
  public Results.Status deleteDistrict(@PathParam("id") long id) {
    districts.delete(id);
    return Results.OK;
  }
}
