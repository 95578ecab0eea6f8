package ru.flurai.platform.http;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import ru.flurai.platform.config.FluraiConfig;

/**
 * What every response of the application gets, errors included: a request id, strict CORS, and
 * security headers. A servlet filter rather than a JAX-RS one, so that headers are set before
 * anything can fail. The application reads the body through {@link BodyGuard}, so a client that
 * hangs up mid-body is a {@link ClientAbort}.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class EdgeFilter extends HttpFilter {
  private final CorsPolicy cors;
  private final TrustedProxies proxies;

  @Inject
  public EdgeFilter(FluraiConfig config) {
    this.cors = new CorsPolicy(config.allowedOrigins());
    this.proxies = new TrustedProxies(config.trustedProxies());
  }

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    String id = RequestIds.accept(req.getHeader(RequestIds.HEADER));
    res.setHeader(RequestIds.HEADER, id);
    res.setHeader("X-Content-Type-Options", "nosniff");
    res.setHeader("Referrer-Policy", "no-referrer");
    res.setHeader("X-Frame-Options", "DENY");
    if (proxies.isHttps(req)) {
      res.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
    }
    String origin = req.getHeader("Origin");
    boolean allowed = cors.allows(origin);
    if (allowed) {
      res.setHeader("Access-Control-Allow-Origin", origin);
      res.setHeader("Access-Control-Expose-Headers", "X-Request-Id, Retry-After, ETag");
    }
    res.addHeader("Vary", "Origin");
    if ("OPTIONS".equals(req.getMethod())
        && req.getHeader("Access-Control-Request-Method") != null) {
      preflight(res, allowed);
      return;
    }
    if (hasNul(req)) {
      res.setStatus(400);
      res.setContentType("application/json");
      res.setCharacterEncoding("UTF-8");
      res.getOutputStream()
          .write(("{\"detail\":\"" + JsonBodyReader.NUL + "\"}").getBytes(StandardCharsets.UTF_8));
      return;
    }
    RequestIds.set(id);
    try {
      chain.doFilter(new BodyGuard(req), res);
    } finally {
      RequestIds.clear();
    }
  }

  /**
   * A NUL byte in the path, the query or a header (raw or %00): refused before anything can reach
   * SQL.
   */
  static boolean hasNul(HttpServletRequest req) {
    if (nul(req.getRequestURI()) || nul(req.getQueryString())) {
      return true;
    }
    for (var names = req.getHeaderNames(); names != null && names.hasMoreElements(); ) {
      String name = names.nextElement();
      for (var values = req.getHeaders(name); values.hasMoreElements(); ) {
        if (nul(name) || nul(values.nextElement())) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean nul(String s) {
    return s != null && (s.indexOf('\0') >= 0 || s.contains("%00"));
  }

  private static void preflight(HttpServletResponse res, boolean allowed) throws IOException {
    res.setContentType("application/json");
    res.setCharacterEncoding("UTF-8");
    if (!allowed) {
      res.setStatus(403);
      res.getOutputStream()
          .write("{\"detail\":\"CORS: origin not allowed\"}".getBytes(StandardCharsets.UTF_8));
      return;
    }
    res.setStatus(200);
    res.setHeader("Access-Control-Allow-Methods", CorsPolicy.METHODS);
    res.setHeader("Access-Control-Allow-Headers", CorsPolicy.HEADERS);
    res.setHeader("Access-Control-Max-Age", CorsPolicy.MAX_AGE);
    res.getOutputStream().write("{}".getBytes(StandardCharsets.UTF_8));
  }
}
