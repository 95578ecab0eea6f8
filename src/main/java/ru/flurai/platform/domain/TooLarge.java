package ru.flurai.platform.domain;

/** The input is larger than the domain accepts (413). */
public non-sealed class TooLarge extends DomainException {
  public TooLarge(String detail) {
    super(detail);
  }
}
