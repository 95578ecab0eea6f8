package ru.flurai.it.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.flurai.it.Stack.api;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import ru.flurai.it.ServerTest;
import ru.flurai.it.Stack;

/**
 * A client that announces a 100 000-byte JSON body, sends a few bytes and hangs up: no stack trace
 * in the log, no 5xx in the HTTP metrics, and one more {@code http_client_aborts_total}.
 */
public class ClientAbortIT extends ServerTest {
  private static final Path LOG = Stack.messagesLog();
  private static final String ROUTE = "http_route=\"/seller-web/login\"";

  @Test
  public void aClientGoneMidBodyIsCountedApartAndLoggedWithoutAStackTrace() throws Exception {
    String before = metrics();
    long logFrom = Files.size(LOG);
    String id = "abort-" + System.nanoTime();
    try (Socket socket = new Socket("127.0.0.1", Stack.httpPort())) {
      OutputStream out = socket.getOutputStream();
      out.write(
          ("POST /seller-web/login HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                  + "X-Request-Id: "
                  + id
                  + "\r\nContent-Length: 100000\r\n\r\n{\"login\": \"ab")
              .getBytes(StandardCharsets.UTF_8));
      out.flush();
    } // closed with 99 990 bytes still owed

    Stack.eventually(
        30_000,
        () ->
            assertEquals(
                sum(before, l -> l.startsWith("http_client_aborts_total")) + 1,
                sum(metrics(), l -> l.startsWith("http_client_aborts_total")),
                "http_client_aborts_total"));
    // the request has been recorded by Liberty's HTTP metrics, with a status that is not 5xx
    Stack.eventually(
        30_000,
        () ->
            assertTrue(
                sum(metrics(), ClientAbortIT::loginRequests)
                    > sum(before, ClientAbortIT::loginRequests),
                "request not recorded yet"));
    String after = metrics();
    assertEquals(
        sum(before, ClientAbortIT::serverErrors),
        sum(after, ClientAbortIT::serverErrors),
        "5xx counted");
    assertEquals(
        sum(before, l -> l.startsWith("REST_request_unmappedException_total")),
        sum(after, l -> l.startsWith("REST_request_unmappedException_total")));

    List<String> logged = newLogLines(logFrom);
    assertTrue(
        logged.stream()
            .noneMatch(
                l ->
                    l.startsWith("\tat ")
                        || l.contains("unhandled error")
                        || l.contains(id) && l.contains("Exception")),
        "stack trace or error logged:\n" + String.join("\n", logged));
    // the server is fine afterwards
    api().get("/health/ready").then().statusCode(200);
  }

  private static boolean loginRequests(String line) {
    return line.startsWith("http_server_request_duration_seconds_count{") && line.contains(ROUTE);
  }

  private static boolean serverErrors(String line) {
    return line.startsWith("http_server_request_duration_seconds_count{")
        && line.contains("http_response_status_code=\"5");
  }

  private static String metrics() {
    return api().get("/metrics").then().statusCode(200).extract().asString();
  }

  private static double sum(String metrics, Predicate<String> which) {
    return metrics
        .lines()
        .filter(l -> !l.startsWith("#"))
        .filter(which)
        .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)))
        .sum();
  }

  private static List<String> newLogLines(long from) throws IOException {
    byte[] all = Files.readAllBytes(LOG);
    int start = (int) Math.min(from, all.length);
    return new String(all, start, all.length - start, StandardCharsets.UTF_8).lines().toList();
  }
}
