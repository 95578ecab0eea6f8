package ru.flurai.drill;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/**
 * The drill's HTTP client: every request through it is recorded as a {@link Sample} (kind, start,
 * end, status; status 0 for a transport error or a timeout) unless its kind is null.
 */
final class DrillHttp {
  static final ObjectMapper JSON = new ObjectMapper();
  static final Duration TIMEOUT = Duration.ofSeconds(20);

  /** One answer: status (0 = no answer) and the parsed JSON body (null when none or not JSON). */
  record Answer(int status, JsonNode body, String error) {
    boolean ok() {
      return status >= 200 && status < 300;
    }

    /** A failure of the system, as the drill counts them: no answer, or a 5xx. */
    boolean failed() {
      return status == 0 || status >= 500;
    }

    String detail() {
      if (body != null && body.has("detail")) {
        return body.get("detail").asText();
      }
      return error == null ? "" : error;
    }
  }

  private final HttpClient client;
  private final String base;
  private final Samples samples;

  DrillHttp(String base, Samples samples) {
    this.client =
        HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .version(HttpClient.Version.HTTP_1_1)
            .build();
    this.base = base;
    this.samples = samples;
  }

  String base() {
    return base;
  }

  Answer get(String kind, String path, Map<String, String> headers) {
    return send(kind, "GET", path, null, headers);
  }

  Answer send(String kind, String method, String path, Object body, Map<String, String> headers) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(TIMEOUT);
    headers.forEach(b::header);
    try {
      if (body == null) {
        b.method(method, HttpRequest.BodyPublishers.noBody());
      } else {
        byte[] bytes = body instanceof byte[] raw ? raw : JSON.writeValueAsBytes(body);
        b.header("Content-Type", "application/json");
        b.method(method, HttpRequest.BodyPublishers.ofByteArray(bytes));
      }
    } catch (IOException e) {
      throw new IllegalArgumentException(e);
    }
    long start = System.currentTimeMillis();
    Answer answer;
    try {
      HttpResponse<byte[]> r = client.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
      answer = new Answer(r.statusCode(), parse(r.body()), null);
    } catch (IOException e) {
      answer = new Answer(0, null, e.getClass().getSimpleName());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      answer = new Answer(0, null, "interrupted");
    }
    if (kind != null) {
      samples.add(new Samples.Sample(kind, start, System.currentTimeMillis(), answer.status()));
    }
    return answer;
  }

  private static JsonNode parse(byte[] body) {
    if (body == null || body.length == 0) {
      return null;
    }
    try {
      return JSON.readTree(body);
    } catch (IOException e) {
      return null;
    }
  }
}
