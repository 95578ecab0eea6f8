package ru.flurai.platform.domain;

/** A dependency the operation needs is down or not configured; the client may retry later (503). */
public non-sealed class Unavailable extends DomainException {
  public Unavailable(String detail) {
    super(detail);
  }
}
