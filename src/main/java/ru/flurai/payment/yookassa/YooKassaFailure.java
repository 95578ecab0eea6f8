package ru.flurai.payment.yookassa;

/**
 * A YooKassa call that did not work: the HTTP status (0 when nothing came back) and, for an API
 * error, the {@code code} and {@code description} of its body {@code {"type":"error", "id", "code",
 * "description"}}.
 */
public class YooKassaFailure extends RuntimeException {
  private final int status;
  private final String code;

  public YooKassaFailure(int status, String code, String description) {
    super("YooKassa " + status + " " + code + ": " + description);
    this.status = status;
    this.code = code;
  }

  public int status() {
    return status;
  }

  public String code() {
    return code;
  }

  /** Worth trying again with the same key: no answer, 429 or a server error. */
  public boolean transientFailure() {
    return status == 0 || status == 429 || status >= 500;
  }
}
