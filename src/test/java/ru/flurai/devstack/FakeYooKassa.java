package ru.flurai.devstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Base64;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;

/**
 * A fake YooKassa API v3 on 127.0.0.1 for tests and the demo, speaking its wire format (the
 * official SDKs' objects: yookassa-sdk-python {@code PaymentResponse}, {@code RefundResponse},
 * {@code ApiClient}):
 *
 * <ul>
 *   <li>Basic auth with the configured shop id and secret key, else 401 and the error body {@code
 *       {"type":"error","id","code":"invalid_credentials","description"}};
 *   <li>{@code POST /v3/payments}: needs {@code Idempotence-Key}; the same key again returns the
 *       same payment object; the receipt's lines must sum to the amount (else 400 {@code
 *       invalid_request}, parameter {@code receipt}); the answer is {@code pending} with a redirect
 *       {@code confirmation_url};
 *   <li>{@code GET /v3/payments/{id}} (404 {@code not_found} for an unknown id);
 *   <li>{@code POST /v3/refunds}: needs the key (replay returns the same refund); only a succeeded
 *       payment, at most its amount;
 *   <li>scripted faults for the next calls: a status (401, 500, 503 …) or a delay.
 * </ul>
 *
 * Control API under {@code /_fake/} (JSON): {@code POST payments/{id}/status {"status"}} (what the
 * buyer did at YooKassa), {@code POST payments/{id}/amount {"value"}} (an API answer that disagrees
 * with the attempt), {@code POST notify {"payment_id", "url", "forwarded_for", "event"?, "status"?,
 * "amount"?}} (sends a notification to {@code url} like YooKassa, optionally with a body that
 * lies), {@code GET payments/{id}} (the payment with the create request and its key), {@code GET
 * calls} (method, path, key of every API call), {@code POST faults {"status"|"delay_ms", "count"}},
 * {@code POST reset}.
 */
public final class FakeYooKassa {
  public static final String SHOP_ID = "test-shop-100500";
  public static final String SECRET_KEY = "test_SecretKeyForTheFakeYooKassa";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpServer server;
  private final Map<String, ObjectNode> payments = new LinkedHashMap<>();
  private final Map<String, ObjectNode> requests = new HashMap<>();
  private final Map<String, String> keys = new HashMap<>(); // key -> payment or refund id
  private final Map<String, ObjectNode> refunds = new HashMap<>();
  private final Deque<ObjectNode> calls = new ArrayDeque<>();
  private final Deque<JsonNode> faults = new ArrayDeque<>();
  private final HttpClient client =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private FakeYooKassa(HttpServer server) {
    this.server = server;
  }

  public static FakeYooKassa start(int port) throws IOException {
    HttpServer s =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 50);
    FakeYooKassa fake = new FakeYooKassa(s);
    s.createContext("/", fake::handle);
    s.setExecutor(
        Executors.newFixedThreadPool(
            8,
            r -> {
              Thread t = new Thread(r, "fake-yookassa");
              t.setDaemon(true);
              return t;
            }));
    s.start();
    return fake;
  }

  /**
   * The demo (README "Online payment with a fake YooKassa"): {@code mvn -q test-compile exec:java
   * -Dexec.mainClass=ru.flurai.devstack.FakeYooKassa -Dexec.args=8099}.
   */
  public static void main(String[] args) throws Exception {
    FakeYooKassa fake = start(args.length > 0 ? Integer.parseInt(args[0]) : 8099);
    System.out.println(
        "fake YooKassa: YOOKASSA_API_URL="
            + fake.baseUrl()
            + " YOOKASSA_SHOP_ID="
            + SHOP_ID
            + " YOOKASSA_SECRET_KEY="
            + SECRET_KEY);
    Thread.currentThread().join();
  }

  public int port() {
    return server.getAddress().getPort();
  }

  public String baseUrl() {
    return "http://127.0.0.1:" + port() + "/v3";
  }

  public void stop() {
    server.stop(0);
  }

  private void handle(HttpExchange ex) throws IOException {
    try (ex) {
      byte[] raw = ex.getRequestBody().readAllBytes();
      String path = ex.getRequestURI().getPath();
      if (path.startsWith("/_fake/")) {
        control(ex, ex.getRequestMethod(), path.substring("/_fake/".length()), raw);
        return;
      }
      JsonNode fault;
      synchronized (this) {
        ObjectNode call = JSON.createObjectNode();
        call.put("method", ex.getRequestMethod());
        call.put("path", path);
        call.put("key", ex.getRequestHeaders().getFirst("Idempotence-Key"));
        calls.addLast(call);
        if (calls.size() > 1000) {
          calls.removeFirst();
        }
        fault = faults.pollFirst();
      }
      if (fault != null && fault.has("delay_ms")) {
        Thread.sleep(fault.get("delay_ms").asLong());
      } else if (fault != null) {
        int status = fault.get("status").asInt();
        send(
            ex,
            status,
            error(
                status == 401 ? "invalid_credentials" : "internal_server_error",
                "Scripted fault",
                null));
        return;
      }
      if (!authorized(ex.getRequestHeaders().getFirst("Authorization"))) {
        send(
            ex,
            401,
            error("invalid_credentials", "Authentication by given credentials failed", null));
        return;
      }
      api(ex, ex.getRequestMethod(), path, raw);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static boolean authorized(String header) {
    String expected =
        "Basic "
            + Base64.getEncoder()
                .encodeToString((SHOP_ID + ":" + SECRET_KEY).getBytes(StandardCharsets.UTF_8));
    return expected.equals(header);
  }

  private void api(HttpExchange ex, String method, String path, byte[] raw) throws IOException {
    if (method.equals("GET") && path.startsWith("/v3/payments/")) {
      ObjectNode p;
      synchronized (this) {
        p = payments.get(path.substring("/v3/payments/".length()));
      }
      if (p == null) {
        send(
            ex,
            404,
            error(
                "not_found",
                "Incorrect payment_id. Payment doesn't exist or access denied",
                "payment_id"));
      } else {
        send(ex, 200, p);
      }
      return;
    }
    if (!method.equals("POST") || !(path.equals("/v3/payments") || path.equals("/v3/refunds"))) {
      send(ex, 404, error("not_found", "Not found", null));
      return;
    }
    String key = ex.getRequestHeaders().getFirst("Idempotence-Key");
    if (key == null || key.isBlank() || key.length() > 64) {
      send(
          ex,
          400,
          error("invalid_request", "Idempotence key is missing or invalid", "Idempotence-Key"));
      return;
    }
    JsonNode body;
    try {
      body = JSON.readTree(raw);
    } catch (IOException e) {
      send(ex, 400, error("invalid_request", "Request body is not valid JSON", null));
      return;
    }
    synchronized (this) {
      String seen = keys.get(key);
      if (seen != null) {
        send(ex, 200, path.equals("/v3/payments") ? payments.get(seen) : refunds.get(seen));
        return;
      }
      ObjectNode answer = path.equals("/v3/payments") ? createPayment(body) : createRefund(body);
      if (answer.has("type") && answer.get("type").asText().equals("error")) {
        send(ex, 400, answer);
        return;
      }
      keys.put(key, answer.get("id").asText());
      if (path.equals("/v3/payments")) {
        requests.put(
            answer.get("id").asText(), ((ObjectNode) body.deepCopy()).put("_idempotence_key", key));
      }
      send(ex, 200, answer);
    }
  }

  private ObjectNode createPayment(JsonNode body) {
    JsonNode amount = body.path("amount");
    BigDecimal value;
    try {
      value = new BigDecimal(amount.path("value").asText());
    } catch (NumberFormatException e) {
      return error("invalid_request", "amount.value is not a number", "amount.value");
    }
    if (!amount.path("currency").asText().equals("RUB") || value.signum() <= 0) {
      return error("invalid_request", "Invalid amount", "amount");
    }
    if (body.has("receipt")) {
      BigDecimal sum = BigDecimal.ZERO;
      for (JsonNode item : body.path("receipt").path("items")) {
        BigDecimal unit = new BigDecimal(item.path("amount").path("value").asText("0"));
        if (unit.signum() <= 0
            || item.path("description").asText().isEmpty()
            || !item.has("vat_code")
            || !item.has("payment_mode")
            || !item.has("payment_subject")) {
          return error("invalid_request", "Invalid receipt item", "receipt.items");
        }
        sum = sum.add(unit.multiply(new BigDecimal(item.path("quantity").asText("0"))));
      }
      if (sum.compareTo(value) != 0) {
        return error(
            "invalid_request",
            "The sum of receipt items (" + sum + ") does not match the payment amount",
            "receipt");
      }
    }
    String id = UUID.randomUUID().toString();
    ObjectNode p = JSON.createObjectNode();
    p.put("id", id);
    p.put("status", "pending");
    p.put("paid", false);
    p.set("amount", amount.deepCopy());
    ObjectNode confirmation = p.putObject("confirmation");
    confirmation.put("type", "redirect");
    confirmation.put("return_url", body.path("confirmation").path("return_url").asText());
    confirmation.put(
        "confirmation_url", "https://yoomoney.ru/checkout/payments/v2/contract?orderId=" + id);
    p.put("created_at", Instant.now().toString());
    if (body.has("description")) {
      p.put("description", body.get("description").asText());
    }
    if (body.has("metadata")) {
      p.set("metadata", body.get("metadata").deepCopy());
    }
    ObjectNode recipient = p.putObject("recipient");
    recipient.put("account_id", SHOP_ID);
    recipient.put("gateway_id", "100700");
    p.put("refundable", false);
    p.put("test", true);
    if (body.has("transfers")) {
      ArrayNode transfers = p.putArray("transfers");
      for (JsonNode t : body.get("transfers")) {
        ObjectNode copy = t.deepCopy();
        copy.put("status", "pending");
        transfers.add(copy);
      }
    }
    payments.put(id, p);
    return p;
  }

  private ObjectNode createRefund(JsonNode body) {
    ObjectNode p = payments.get(body.path("payment_id").asText());
    if (p == null) {
      return error("invalid_request", "Payment doesn't exist", "payment_id");
    }
    if (!p.path("status").asText().equals("succeeded")) {
      return error(
          "invalid_request", "Refund is only possible for a succeeded payment", "payment_id");
    }
    BigDecimal value = new BigDecimal(body.path("amount").path("value").asText("0"));
    BigDecimal refunded = new BigDecimal(p.path("refunded_amount").path("value").asText("0"));
    BigDecimal paid = new BigDecimal(p.path("amount").path("value").asText());
    if (value.signum() <= 0 || refunded.add(value).compareTo(paid) > 0) {
      return error("invalid_request", "Refund amount exceeds the payment amount", "amount");
    }
    ObjectNode total = p.putObject("refunded_amount");
    total.put("value", refunded.add(value).setScale(2).toPlainString());
    total.put("currency", "RUB");
    String id = UUID.randomUUID().toString();
    ObjectNode r = JSON.createObjectNode();
    r.put("id", id);
    r.put("payment_id", p.get("id").asText());
    r.put("status", "succeeded");
    r.set("amount", body.path("amount").deepCopy());
    r.put("created_at", Instant.now().toString());
    r.put("description", body.path("description").asText());
    refunds.put(id, r);
    return r;
  }

  private void control(HttpExchange ex, String method, String path, byte[] raw) throws IOException {
    JsonNode body = raw.length == 0 ? JSON.createObjectNode() : JSON.readTree(raw);
    synchronized (this) {
      if (path.equals("reset")) {
        faults.clear();
        calls.clear();
        send(ex, 200, JSON.createObjectNode().put("ok", true));
      } else if (path.equals("faults")) {
        for (int i = 0; i < body.path("count").asInt(1); i++) {
          faults.addLast(body);
        }
        send(ex, 200, JSON.createObjectNode().put("ok", true));
      } else if (path.equals("calls")) {
        ArrayNode out = JSON.createArrayNode();
        calls.forEach(out::add);
        send(ex, 200, out);
      } else if (path.startsWith("payments/") && path.endsWith("/status")) {
        ObjectNode p =
            payments.get(path.substring("payments/".length(), path.length() - "/status".length()));
        if (p == null) {
          send(ex, 404, error("not_found", "no such payment", null));
          return;
        }
        String status = body.path("status").asText();
        p.put("status", status);
        p.put("paid", status.equals("succeeded"));
        p.put("refundable", status.equals("succeeded"));
        if (status.equals("succeeded")) {
          p.put("captured_at", Instant.now().toString());
        }
        send(ex, 200, p);
      } else if (path.startsWith("payments/") && path.endsWith("/amount")) {
        ObjectNode p =
            payments.get(path.substring("payments/".length(), path.length() - "/amount".length()));
        if (p == null) {
          send(ex, 404, error("not_found", "no such payment", null));
          return;
        }
        p.putObject("amount").put("value", body.path("value").asText()).put("currency", "RUB");
        send(ex, 200, p);
      } else if (path.startsWith("payments/") && method.equals("GET")) {
        String id = path.substring("payments/".length());
        ObjectNode p = payments.get(id);
        if (p == null) {
          send(ex, 404, error("not_found", "no such payment", null));
          return;
        }
        ObjectNode out = JSON.createObjectNode();
        out.set("payment", p);
        out.set("request", requests.get(id));
        send(ex, 200, out);
      } else if (path.equals("notify")) {
        notify(ex, body);
      } else {
        send(ex, 404, error("not_found", "unknown control " + path, null));
      }
    }
  }

  /** Sends a notification as YooKassa does (its object is the payment, or a tampered copy). */
  private void notify(HttpExchange ex, JsonNode body) throws IOException {
    ObjectNode p = payments.get(body.path("payment_id").asText());
    ObjectNode object =
        p == null
            ? JSON.createObjectNode().put("id", body.path("payment_id").asText())
            : p.deepCopy();
    if (body.has("status")) {
      object.put("status", body.get("status").asText());
    }
    if (body.has("amount")) {
      object.putObject("amount").put("value", body.get("amount").asText()).put("currency", "RUB");
    }
    ObjectNode n = JSON.createObjectNode();
    n.put("type", "notification");
    n.put("event", body.path("event").asText("payment." + object.path("status").asText()));
    n.set("object", object);
    HttpRequest.Builder r =
        HttpRequest.newBuilder(URI.create(body.path("url").asText()))
            .timeout(Duration.ofSeconds(10))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(n.toString()));
    if (body.hasNonNull("forwarded_for")) {
      r.header("X-Forwarded-For", body.get("forwarded_for").asText());
    }
    try {
      HttpResponse<String> answer = client.send(r.build(), HttpResponse.BodyHandlers.ofString());
      send(
          ex,
          200,
          JSON.createObjectNode().put("status", answer.statusCode()).put("body", answer.body()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      send(ex, 500, error("interrupted", "interrupted", null));
    }
  }

  private static ObjectNode error(String code, String description, String parameter) {
    ObjectNode e = JSON.createObjectNode();
    e.put("type", "error");
    e.put("id", UUID.randomUUID().toString());
    e.put("code", code);
    e.put("description", description);
    if (parameter != null) {
      e.put("parameter", parameter);
    }
    return e;
  }

  private static void send(HttpExchange ex, int status, JsonNode body) throws IOException {
    byte[] bytes = JSON.writeValueAsBytes(body);
    ex.getResponseHeaders().set("Content-Type", "application/json;charset=UTF-8");
    ex.sendResponseHeaders(status, bytes.length);
    ex.getResponseBody().write(bytes);
  }
}
