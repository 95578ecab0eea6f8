package ru.flurai.media;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import ru.flurai.platform.http.ApiException;

/**
 * {@code GET /static/uploads/…} without authentication (API.md §8). The raw request path must be
 * exactly one of ours ({@link StaticPath}); anything else, traversal and encoding tricks included,
 * is a 404 that touched nothing. Files never change under a path (banners get a new {@code ?v=}),
 * so caches may keep them for a year.
 */
@Path("/static")
public class StaticResource {
  static final String CACHE = "public, max-age=31536000, immutable";
  static final String NOT_FOUND = "Файл не найден";

  @Inject MediaStore media;

  @GET
  @Path("{path: .*}")
  public Response get(
      @PathParam("path") @Parameter(description = "uploads/… path of a stored file") String decoded,
      @Context HttpServletRequest request,
      @HeaderParam("If-None-Match") String ifNoneMatch) {
    // declared for the OpenAPI document, but the decoded value is not used: the servlet's raw path
    // is (UriInfo.getRequestUri() throws on a query it cannot parse as a URI, a raw '<')
    StaticPath path =
        StaticPath.parse(request.getRequestURI().substring(request.getContextPath().length()))
            .orElseThrow(() -> ApiException.notFound(NOT_FOUND));
    MediaStore.StaticFile file =
        media.find(path).orElseThrow(() -> ApiException.notFound(NOT_FOUND));
    String etag = "\"" + file.hash() + "\"";
    if (matches(ifNoneMatch, etag)) {
      return Response.notModified().header("ETag", etag).header("Cache-Control", CACHE).build();
    }
    byte[] bytes = media.bytes(file.hash()).orElseThrow(() -> ApiException.notFound(NOT_FOUND));
    return Response.ok(bytes, file.contentType())
        .header("ETag", etag)
        .header("Cache-Control", CACHE)
        .header("Content-Disposition", "inline")
        .header("Content-Security-Policy", "default-src 'none'; sandbox")
        .build();
  }

  /** If-None-Match: "*", or a list of (possibly weak) tags. */
  static boolean matches(String header, String etag) {
    if (header == null || header.isBlank()) {
      return false;
    }
    return Arrays.stream(header.split(","))
        .map(String::strip)
        .map(t -> t.startsWith("W/") ? t.substring(2) : t)
        .anyMatch(t -> t.equals("*") || t.equals(etag));
  }
}
