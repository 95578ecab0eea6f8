package ru.flurai.platform.domain;

/**
 * Well-formed input that contradicts an earlier request, e.g. an idempotency key reused with
 * another body (422).
 */
public non-sealed class Unprocessable extends DomainException {
  public Unprocessable(String detail) {
    super(detail);
  }
}
