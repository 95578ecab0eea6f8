package ru.flurai.payment.yookassa;

/** A transient failure (no answer, 429, 5xx): the call may be repeated with the same key. */
public class YooKassaUnavailable extends YooKassaFailure {
  public YooKassaUnavailable(int status, String code, String description) {
    super(status, code, description);
  }
}
