package ru.flurai.catalog.directory;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * {@code GET /public/address/suggest} — LATER (DaData). Until then no suggestions: the buyer types
 * the address by hand and the checkout screen keeps working (API.md §3).
 */
@Path("/public/address")
@Produces(MediaType.APPLICATION_JSON)
public class AddressResource {

  @GET
  @Path("suggest")
  public List<Object> suggest(
      @QueryParam("query") String query,
      @QueryParam("city") String city,
      @QueryParam("count") String count) {
    return List.of();
  }
}
