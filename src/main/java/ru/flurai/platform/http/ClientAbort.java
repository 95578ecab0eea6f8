package ru.flurai.platform.http;

import java.io.IOException;

/**
 * Reading the request body failed: the client closed the connection (or stopped sending) before its
 * body was complete. Nobody is left to answer, so it is neither an error of ours nor a 500; {@link
 * ErrorMapper} logs it quietly and counts it in {@code http_client_aborts_total}.
 */
public class ClientAbort extends IOException {
  public ClientAbort(IOException cause) {
    super(
        "the client went away before its request body was complete: " + cause.getMessage(), cause);
  }
}
