package ru.flurai.platform.domain;

/** The thing asked for does not exist, or is not the caller's to see (404). */
public non-sealed class NotFound extends DomainException {
  public NotFound(String detail) {
    super(detail);
  }
}
