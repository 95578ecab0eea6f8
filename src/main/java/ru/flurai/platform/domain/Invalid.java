package ru.flurai.platform.domain;

/** The input breaks a rule of the domain, whatever the state (400). */
public non-sealed class Invalid extends DomainException {
  public Invalid(String detail) {
    super(detail);
  }
}
