package ru.flurai.admin;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A missing seller in an admin action is {@code 200 {"status":"not_found"}}, as the panel expects
 * (API.md §7).
 */
@Provider
public class SellerMissingMapper implements ExceptionMapper<SellerMissing> {
  @Override
  public Response toResponse(SellerMissing e) {
    return Response.ok(Results.NOT_FOUND, MediaType.APPLICATION_JSON_TYPE).build();
  }
}
