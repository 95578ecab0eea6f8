package ru.flurai.platform.domain;

/** The caller is going too fast; they may try again after {@link #retryAfterSeconds()} (429). */
public non-sealed class TooManyRequests extends DomainException {
  private final long retryAfterSeconds;

  public TooManyRequests(String detail, long retryAfterSeconds) {
    super(detail);
    this.retryAfterSeconds = retryAfterSeconds;
  }

  public long retryAfterSeconds() {
    return retryAfterSeconds;
  }
}
