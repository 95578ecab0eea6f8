package ru.flurai.platform.http;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A refusal the client is meant to see: an HTTP status and a human-readable (usually Russian)
 * {@code detail}. Only the HTTP edge throws it (resources, providers, filters); the domain throws
 * the kinds of {@code platform.domain}. {@link ErrorMapper} renders {@code {"detail": ...}}.
 */
public class ApiException extends RuntimeException {
  private final int status;
  private final Map<String, Object> headers = new LinkedHashMap<>();

  public ApiException(int status, String detail) {
    super(detail, null, false, false);
    this.status = status;
  }

  public int status() {
    return status;
  }

  /** Adds a response header, e.g. {@code Retry-After} on a 429. */
  public ApiException header(String name, Object value) {
    headers.put(name, value);
    return this;
  }

  public Map<String, Object> headers() {
    return headers;
  }

  public String detail() {
    return getMessage();
  }

  public static ApiException badRequest(String detail) {
    return new ApiException(400, detail);
  }

  public static ApiException notFound(String detail) {
    return new ApiException(404, detail);
  }

  public static ApiException conflict(String detail) {
    return new ApiException(409, detail);
  }
}
