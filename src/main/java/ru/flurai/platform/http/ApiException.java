package ru.flurai.platform.http;

/**
 * A refusal the client is meant to see: an HTTP status and a human-readable (usually Russian) {@code detail}.
 * Services throw it; {@link ErrorMapper} renders {@code {"detail": ...}}.
 */
public class ApiException extends RuntimeException {
  private final int status;

  public ApiException(int status, String detail) {
    super(detail, null, false, false);
    this.status = status;
  }

  public int status() {
    return status;
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
