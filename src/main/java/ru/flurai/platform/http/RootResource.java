package ru.flurai.platform.http;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;

/** {@code GET /} (API.md §1) and a trivial endpoint that load tests compare against. */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public class RootResource {
  private static final Map<String, String> OK = Map.of("status", "ok");

  @GET
  public Map<String, String> root() {
    return OK;
  }

  @GET
  @Path("ping")
  public Map<String, String> ping() {
    return OK;
  }
}
