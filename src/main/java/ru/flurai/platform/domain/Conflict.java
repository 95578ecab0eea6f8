package ru.flurai.platform.domain;

/**
 * The input is fine but the current state refuses it: out of stock, a limit reached, a transition
 * the state machine does not allow (409).
 */
public non-sealed class Conflict extends DomainException {
  public Conflict(String detail) {
    super(detail);
  }
}
