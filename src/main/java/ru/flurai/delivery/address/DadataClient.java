package ru.flurai.delivery.address;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Timeout;
import ru.flurai.platform.config.FluraiConfig;

/**
 * The real {@link Dadata}: JDK {@code HttpClient}, {@code POST <DADATA_API_URL>/<api>} with {@code
 * Authorization: Token <DADATA_API_KEY>} (and {@code X-Secret} when {@code DADATA_SECRET} is set),
 * JSON both ways. Each call is bounded (5 s, Fault Tolerance {@code @Timeout}); failures (a status
 * other than 200, a timeout, a broken answer) open a circuit breaker after half of 10 calls failed,
 * for 30 s, during which DaData is not called at all; every failure falls back to {@link
 * Dadata.Answer#unavailable()}, never an error.
 */
@ApplicationScoped
public class DadataClient implements Dadata {
  private static final Logger LOG = Logger.getLogger(DadataClient.class.getName());
  static final Duration TIMEOUT = Duration.ofSeconds(5);
  private static final int MAX_BODY = 2 << 20;

  @Inject FluraiConfig config;

  private HttpClient http;

  @PostConstruct
  void init() {
    http =
        HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(3))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  @Override
  public boolean configured() {
    return config.dadataApiKey().isPresent();
  }

  @Override
  @Timeout(value = 6, unit = ChronoUnit.SECONDS)
  @CircuitBreaker(
      requestVolumeThreshold = 10,
      failureRatio = 0.5,
      delay = 30,
      delayUnit = ChronoUnit.SECONDS)
  @Fallback(fallbackMethod = "unavailable")
  public Answer suggestAddress(JsonObject request) {
    return call("suggest/address", request);
  }

  @Override
  @Timeout(value = 6, unit = ChronoUnit.SECONDS)
  @CircuitBreaker(
      requestVolumeThreshold = 10,
      failureRatio = 0.5,
      delay = 30,
      delayUnit = ChronoUnit.SECONDS)
  @Fallback(fallbackMethod = "unavailable")
  public Answer geolocateAddress(JsonObject request) {
    return call("geolocate/address", request);
  }

  @Override
  @Timeout(value = 6, unit = ChronoUnit.SECONDS)
  @CircuitBreaker(
      requestVolumeThreshold = 10,
      failureRatio = 0.5,
      delay = 30,
      delayUnit = ChronoUnit.SECONDS)
  @Fallback(fallbackMethod = "unavailable")
  public Answer findParty(JsonObject request) {
    return call("findById/party", request);
  }

  @Override
  @Timeout(value = 6, unit = ChronoUnit.SECONDS)
  @CircuitBreaker(
      requestVolumeThreshold = 10,
      failureRatio = 0.5,
      delay = 30,
      delayUnit = ChronoUnit.SECONDS)
  @Fallback(fallbackMethod = "unavailable")
  public Answer suggestMetro(JsonObject request) {
    return call("suggest/metro", request);
  }

  Answer unavailable(JsonObject request) {
    return Answer.unavailable();
  }

  private Answer call(String api, JsonObject request) {
    Optional<String> key = config.dadataApiKey();
    if (key.isEmpty()) {
      return Answer.unavailable();
    }
    HttpRequest.Builder req =
        HttpRequest.newBuilder(URI.create(config.dadataApiUrl() + "/" + api))
            .timeout(TIMEOUT)
            .header("Content-Type", "application/json")
            .header("Accept", "application/json")
            .header("Authorization", "Token " + key.get())
            .POST(HttpRequest.BodyPublishers.ofString(request.toString(), StandardCharsets.UTF_8));
    config.dadataSecret().ifPresent(s -> req.header("X-Secret", s));
    HttpResponse<byte[]> res;
    try {
      res = http.send(req.build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new DadataFailure(api + ": " + e.getClass().getSimpleName(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DadataFailure(api + ": interrupted", e);
    }
    if (res.statusCode() != 200) {
      LOG.log(Level.WARNING, "DaData {0} answered {1}", new Object[] {api, res.statusCode()});
      throw new DadataFailure(api + ": HTTP " + res.statusCode(), null);
    }
    if (res.body().length > MAX_BODY) {
      throw new DadataFailure(api + ": answer too large", null);
    }
    return new Answer(true, suggestions(api, new String(res.body(), StandardCharsets.UTF_8)));
  }

  static List<JsonObject> suggestions(String api, String body) {
    try (JsonReader r = Json.createReader(new StringReader(body))) {
      JsonValue s = r.readObject().get("suggestions");
      List<JsonObject> out = new ArrayList<>();
      if (s != null && s.getValueType() == JsonValue.ValueType.ARRAY) {
        for (JsonValue v : s.asJsonArray()) {
          if (v.getValueType() == JsonValue.ValueType.OBJECT) {
            out.add(v.asJsonObject());
          }
        }
      }
      return out;
    } catch (RuntimeException e) {
      throw new DadataFailure(api + ": not a suggestions answer", e);
    }
  }
}
