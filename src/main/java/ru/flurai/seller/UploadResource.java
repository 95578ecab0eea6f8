package ru.flurai.seller;

import jakarta.inject.Inject;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import ru.flurai.identity.Caller;
import ru.flurai.identity.SellerOnly;
import ru.flurai.media.ImageKind;
import ru.flurai.media.UploadGate;

/**
 * Product photos and the shop banner (API.md §8): multipart field {@code file}. The body is read
 * here, after the seller filter ran, and with a size limit, so an anonymous or oversized upload is
 * refused without being parsed. No {@code @Consumes}: a wrong content type gets a readable 400, not
 * a bare 415 ahead of authentication.
 */
@Path("/seller-web")
@Produces(MediaType.APPLICATION_JSON)
@SellerOnly
@SecurityRequirement(name = "sellerToken")
public class UploadResource {
  @Inject UploadGate gate;
  @Inject UploadService uploads;
  @Inject Caller caller;

  @POST
  @Path("upload-photo")
  public Map<String, String> photo(
      @HeaderParam("Content-Type") String type,
      @HeaderParam("Content-Length") Long length,
      InputStream body) {
    return Map.of(
        "photo_id", uploads.productPhoto(gate.accept(type, length, body, ImageKind.PRODUCT)));
  }

  @POST
  @Path("upload-banner")
  public Map<String, String> banner(
      @HeaderParam("Content-Type") String type,
      @HeaderParam("Content-Length") Long length,
      InputStream body) {
    return Map.of(
        "banner_url",
        uploads.banner(caller.sellerId(), gate.accept(type, length, body, ImageKind.BANNER)));
  }
}
