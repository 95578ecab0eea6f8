package ru.flurai.catalog.directory;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import ru.flurai.catalog.directory.DirectoryViews.CityView;
import ru.flurai.catalog.directory.DirectoryViews.DistrictView;
import ru.flurai.catalog.directory.DirectoryViews.MetroView;

/** {@code /public} directories (API.md §3). No authentication; auth headers are ignored. */
@Path("/public")
@Produces(MediaType.APPLICATION_JSON)
public class DirectoryResource {
  @Inject DirectoryService directories;

  @GET
  @Path("cities")
  public List<CityView> cities() {
    return directories.cities();
  }

  @GET
  @Path("districts/{city_id: \\d+}")
  public List<DistrictView> districts(@PathParam("city_id") long cityId) {
    return directories.districts(cityId);
  }

  @GET
  @Path("metro/search")
  public List<MetroView> searchMetro(@QueryParam("q") String q) {
    return directories.searchMetro(q);
  }

  @GET
  @Path("metro/{district_id: \\d+}")
  public List<MetroView> metroOfDistrict(@PathParam("district_id") long districtId) {
    return directories.metroOfDistrict(districtId);
  }
}
