package ru.flurai.platform.domain;

/** The caller may not do this, whoever they are (403). */
public non-sealed class Forbidden extends DomainException {
  public Forbidden(String detail) {
    super(detail);
  }
}
