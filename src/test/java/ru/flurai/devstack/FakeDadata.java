package ru.flurai.devstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Predicate;

/**
 * A fake of DaData's Suggestions API on 127.0.0.1, speaking its wire format ({@code POST
 * /suggestions/api/4_1/rs/<api>}, JSON request, {@code {"suggestions":[{value, unrestricted_value,
 * data:{…}}]}}, {@code Authorization: Token <key>} or 401), with a small fixed world the tests know
 * ({@link FakeDadataWorld}):
 *
 * <ul>
 *   <li>{@code findById/party}: Sberbank by INN {@code 7707083893} or OGRN {@code 1027700132195}, a
 *       sole trader {@code 500100732259}, a liquidated company {@code 7700000001}; {@code
 *       5000000000} answers 500, {@code 7000000000} answers after 8 s (past the client's timeout);
 *       anything else: no suggestions.
 *   <li>{@code suggest/address}: addresses whose text contains every word of the query (a query
 *       containing {@code сбой} answers 500), cities with {@code from_bound/to_bound city}, limited
 *       to {@code locations[].kladr_id}.
 *   <li>{@code geolocate/address}: addresses within 0.01° of {@code lat/lon}.
 *   <li>{@code suggest/metro}: the stations of {@code filters[].city_kladr_id} whose name starts
 *       with the query.
 * </ul>
 */
public final class FakeDadata {
  static final String PREFIX = "/suggestions/api/4_1/rs/";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final String key;
  private final HttpServer server;
  private final ExecutorService executor;

  private FakeDadata(String key, HttpServer server, ExecutorService executor) {
    this.key = key;
    this.server = server;
    this.executor = executor;
  }

  /** Starts on 127.0.0.1:{@code port} (0 = a free port), accepting {@code key}. */
  public static FakeDadata start(int port, String key) throws IOException {
    HttpServer s =
        HttpServer.create(
            new InetSocketAddress(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}), port), 64);
    ExecutorService executor =
        Executors.newFixedThreadPool(
            16,
            r -> {
              Thread t = new Thread(r, "fake-dadata");
              t.setDaemon(true);
              return t;
            });
    FakeDadata fake = new FakeDadata(key, s, executor);
    s.createContext("/", fake::handle);
    s.setExecutor(executor);
    s.start();
    return fake;
  }

  /** {@code FakeDadata [port] [key]}: runs until killed; prints the base URL for DADATA_API_URL. */
  public static void main(String[] args) throws Exception {
    FakeDadata fake =
        start(
            args.length > 0 ? Integer.parseInt(args[0]) : 0,
            args.length > 1 ? args[1] : TestSecrets.DADATA_KEY);
    System.out.println("FAKE DADATA " + fake.baseUrl() + " key " + fake.key);
    new CountDownLatch(1).await();
  }

  public int port() {
    return server.getAddress().getPort();
  }

  /** The value for {@code DADATA_API_URL}. */
  public String baseUrl() {
    return "http://127.0.0.1:" + port() + "/suggestions/api/4_1/rs";
  }

  public void stop() {
    server.stop(0);
    executor.shutdownNow();
  }

  private void handle(HttpExchange ex) throws IOException {
    try (ex) {
      String path = ex.getRequestURI().getPath();
      if (!"POST".equals(ex.getRequestMethod()) || !path.startsWith(PREFIX)) {
        send(ex, 404, "{\"detail\":\"Not found\"}");
        return;
      }
      if (!("Token " + key).equals(ex.getRequestHeaders().getFirst("Authorization"))) {
        send(
            ex,
            401,
            "{\"family\":\"CLIENT_ERROR\",\"reason\":\"Forbidden\",\"message\":\"Unauthorized\"}");
        return;
      }
      JsonNode req;
      try {
        req = JSON.readTree(ex.getRequestBody().readNBytes(1 << 20));
      } catch (IOException e) {
        send(ex, 400, "{\"family\":\"CLIENT_ERROR\",\"reason\":\"Bad Request\"}");
        return;
      }
      String query = req.path("query").asText("");
      if (query.contains("5000000000") || query.toLowerCase(Locale.ROOT).contains("сбой")) {
        send(ex, 500, "{\"family\":\"SERVER_ERROR\",\"reason\":\"Internal Server Error\"}");
        return;
      }
      if (query.contains("7000000000") || query.toLowerCase(Locale.ROOT).contains("медленно")) {
        sleep(8_000);
      }
      ArrayNode out =
          switch (path.substring(PREFIX.length())) {
            case "findById/party" -> FakeDadataWorld.parties(query);
            case "suggest/address" -> address(req, query);
            case "geolocate/address" ->
                FakeDadataWorld.near(req.path("lat").asDouble(), req.path("lon").asDouble());
            case "suggest/metro" -> metro(req, query);
            default -> null;
          };
      if (out == null) {
        send(ex, 404, "{\"detail\":\"Not found\"}");
        return;
      }
      int count = req.path("count").asInt(10);
      ArrayNode limited = JSON.createArrayNode();
      for (int i = 0; i < out.size() && i < Math.max(1, Math.min(20, count)); i++) {
        limited.add(out.get(i));
      }
      ObjectNode body = JSON.createObjectNode();
      body.set("suggestions", limited);
      send(ex, 200, JSON.writeValueAsString(body));
    }
  }

  private static ArrayNode address(JsonNode req, String query) {
    String kladr = req.path("locations").path(0).path("kladr_id").asText(null);
    if ("city".equals(req.path("from_bound").path("value").asText())) {
      return FakeDadataWorld.cities(query);
    }
    List<String> words =
        List.of(query.toLowerCase(Locale.ROOT).replaceAll("[,.]", " ").strip().split("\\s+"));
    Predicate<String> matches = v -> words.stream().allMatch(v.toLowerCase(Locale.ROOT)::contains);
    return FakeDadataWorld.addresses(kladr, matches);
  }

  private static ArrayNode metro(JsonNode req, String query) {
    String kladr = req.path("filters").path(0).path("city_kladr_id").asText(null);
    return FakeDadataWorld.metro(kladr, query.toLowerCase(Locale.ROOT));
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void send(HttpExchange ex, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().set("Content-Type", "application/json;charset=UTF-8");
    ex.sendResponseHeaders(status, bytes.length);
    ex.getResponseBody().write(bytes);
  }
}
