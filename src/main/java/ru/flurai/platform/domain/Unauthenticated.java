package ru.flurai.platform.domain;

/**
 * The caller is not who they claim, or claims no one: a bad credential, code or signature (401).
 */
public non-sealed class Unauthenticated extends DomainException {
  public Unauthenticated(String detail) {
    super(detail);
  }
}
