package ru.flurai.admin;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A refused admin action is {@code 200 {"status":"error","message":…}}; the panel shows the message
 * (API.md §7).
 */
@Provider
public class ActionRefusedMapper implements ExceptionMapper<ActionRefused> {
  @Override
  public Response toResponse(ActionRefused e) {
    return Response.ok(
            new Results.Refused("error", e.getMessage()), MediaType.APPLICATION_JSON_TYPE)
        .build();
  }
}
