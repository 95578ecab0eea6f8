package ru.flurai.payment.yookassa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import ru.flurai.platform.config.FluraiConfig;

/**
 * The YooKassa client over {@code java.net.http}: Basic auth with {@code YOOKASSA_SHOP_ID} / {@code
 * YOOKASSA_SECRET_KEY}, JSON bodies, {@code YOOKASSA_API_URL} as the base. Every call is idempotent
 * (GET, or POST with its {@code Idempotence-Key}), so a transient failure (no answer, 429, 5xx, a
 * timeout) is retried with the same key; a breaker stops calling a YooKassa that keeps failing. API
 * errors ({@code {"type":"error","code","description"}}) are {@link YooKassaFailure}.
 */
@ApplicationScoped
public class HttpYooKassa implements YooKassa {
  private static final Pattern PAYMENT_ID = Pattern.compile("[A-Za-z0-9-]{1,64}");

  @Inject FluraiConfig config;

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @Override
  public boolean configured() {
    return config.yookassaCredentials().isPresent();
  }

  @Override
  @Timeout(15_000)
  @Retry(
      maxRetries = 2,
      delay = 400,
      jitter = 200,
      retryOn = {YooKassaUnavailable.class, TimeoutException.class})
  @CircuitBreaker(
      requestVolumeThreshold = 8,
      failureRatio = 0.75,
      delay = 20_000,
      failOn = {YooKassaUnavailable.class, TimeoutException.class})
  public YkPayment createPayment(String idempotenceKey, JsonObject body) {
    return YkPayment.of(send("POST", "/payments", idempotenceKey, body.toString()));
  }

  @Override
  @Timeout(15_000)
  @Retry(
      maxRetries = 2,
      delay = 400,
      jitter = 200,
      retryOn = {YooKassaUnavailable.class, TimeoutException.class})
  @CircuitBreaker(
      requestVolumeThreshold = 8,
      failureRatio = 0.75,
      delay = 20_000,
      failOn = {YooKassaUnavailable.class, TimeoutException.class})
  public YkPayment payment(String id) {
    if (!PAYMENT_ID.matcher(id).matches()) {
      throw new YooKassaFailure(404, "not_found", "not a payment id");
    }
    return YkPayment.of(send("GET", "/payments/" + id, null, null));
  }

  @Override
  @Timeout(15_000)
  @Retry(
      maxRetries = 2,
      delay = 400,
      jitter = 200,
      retryOn = {YooKassaUnavailable.class, TimeoutException.class})
  @CircuitBreaker(
      requestVolumeThreshold = 8,
      failureRatio = 0.75,
      delay = 20_000,
      failOn = {YooKassaUnavailable.class, TimeoutException.class})
  public YkRefund refund(
      String idempotenceKey, String paymentId, BigDecimal amount, String description) {
    JsonObject body =
        Json.createObjectBuilder()
            .add("payment_id", paymentId)
            .add("amount", YooKassaJson.amount(amount))
            .add("description", description)
            .build();
    return YkRefund.of(send("POST", "/refunds", idempotenceKey, body.toString()));
  }

  private JsonObject send(String method, String path, String key, String body) {
    FluraiConfig.PaymentCredentials credentials =
        config
            .yookassaCredentials()
            .orElseThrow(() -> new YooKassaFailure(0, "not_configured", "no credentials"));
    String basic =
        Base64.getEncoder()
            .encodeToString(
                (credentials.shopId() + ":" + credentials.secretKey())
                    .getBytes(StandardCharsets.UTF_8));
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(config.yookassaApiUrl() + path))
            .timeout(Duration.ofSeconds(10))
            .header("Authorization", "Basic " + basic)
            .header("Accept", "application/json");
    if (body == null) {
      request.GET();
    } else {
      request
          .header("Content-Type", "application/json")
          .header("Idempotence-Key", key)
          .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    }
    HttpResponse<String> response;
    try {
      response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (HttpTimeoutException e) {
      throw new YooKassaUnavailable(0, "timeout", e.getMessage());
    } catch (IOException e) {
      throw new YooKassaUnavailable(0, "io", String.valueOf(e.getMessage()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new YooKassaUnavailable(0, "interrupted", "interrupted");
    }
    int status = response.statusCode();
    Optional<JsonObject> json = parse(response.body());
    if (status == 200) {
      return json.orElseThrow(() -> new YooKassaFailure(200, "bad_response", "not JSON"));
    }
    String code = json.map(j -> j.getString("code", "http_" + status)).orElse("http_" + status);
    String description = json.map(j -> j.getString("description", "")).orElse("");
    if (status == 429 || status >= 500) {
      throw new YooKassaUnavailable(status, code, description);
    }
    throw new YooKassaFailure(status, code, description);
  }

  private static Optional<JsonObject> parse(String body) {
    try (JsonReader reader = Json.createReader(new StringReader(body))) {
      return Optional.of(reader.readObject());
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }
}
