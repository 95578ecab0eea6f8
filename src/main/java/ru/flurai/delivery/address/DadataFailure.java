package ru.flurai.delivery.address;

/** DaData could not answer (status, timeout, network, broken JSON); counted by the breaker. */
public class DadataFailure extends RuntimeException {
  DadataFailure(String message, Throwable cause) {
    super(message, cause);
  }
}
