package ru.flurai.platform.domain;

/**
 * A business rule refused an operation. The domain throws one of the kinds it permits (or a
 * feature's own subclass of one, such as {@code OutOfStock}); it knows nothing of HTTP. {@code
 * platform.http.ErrorMapper} is the one place that turns a kind into a status and renders the
 * message, which is the client's Russian {@code detail}, unchanged.
 */
public abstract sealed class DomainException extends RuntimeException
    permits NotFound,
        Invalid,
        Conflict,
        Forbidden,
        Unauthenticated,
        TooManyRequests,
        Unavailable,
        TooLarge,
        Unprocessable {
  protected DomainException(String detail) {
    super(detail, null, false, false);
  }

  public String detail() {
    return getMessage();
  }
}
