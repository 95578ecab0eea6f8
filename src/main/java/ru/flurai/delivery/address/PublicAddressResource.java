package ru.flurai.delivery.address;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import ru.flurai.identity.RateLimiter;
import ru.flurai.platform.http.ClientAddress;

/**
 * {@code GET /public/address/suggest?query=&city=&count=} (API.md §3): no authentication, never an
 * error for a query it cannot answer (the Mini App swallows errors and shows no dropdown). Each
 * client IP may ask {@value #PER_WINDOW} times per rate-limit window (it is a proxy to a paid API).
 */
@Path("/public/address")
@Produces(MediaType.APPLICATION_JSON)
public class PublicAddressResource {
  static final int PER_WINDOW = 120;

  @Inject AddressLookup addresses;
  @Inject RateLimiter limiter;
  @Inject ClientAddress clientAddress;
  @Context HttpServletRequest request;

  @GET
  @Path("suggest")
  public List<AddressSuggestion> suggest(
      @QueryParam("query") String query,
      @QueryParam("city") String city,
      @QueryParam("count") String count) {
    String q = query == null ? "" : query.strip();
    if (q.length() < 2 || q.length() > 300) {
      return List.of();
    }
    limiter.attempt("address-suggest-ip", clientAddress.of(request), PER_WINDOW);
    String kladr = city != null && city.strip().matches("\\d{1,25}") ? city.strip() : null;
    return addresses.suggestPublic(q, count(count), kladr);
  }

  /** 1..10, 5 when absent or not a number. */
  static int count(String raw) {
    if (raw != null && raw.strip().matches("\\d{1,2}")) {
      return Math.max(1, Math.min(10, Integer.parseInt(raw.strip())));
    }
    return 5;
  }
}
