package ru.flurai.devstack;

import static ru.flurai.devstack.FakeRequests.JSON;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * The JSON control API of {@link FakeTelegram} under {@code /_fake/}, for tests running in another
 * JVM:
 *
 * <pre>
 * GET    /_fake/calls?method=sendMessage&amp;chat_id=42&amp;since=SEQ   recorded calls (FakeCall JSON), oldest first
 * POST   /_fake/reset                                  forget calls, faults, messages, webhook, updates, polls
 * GET    /_fake/faults                                 pending scripted faults
 * POST   /_fake/faults                                 add faults (see FakeFaults)
 * DELETE /_fake/faults                                 drop pending faults
 * POST   /_fake/down?seconds=D  (or ?ms=M)             stop listening for D seconds, then listen on the same port
 * POST   /_fake/updates                                an Update or an array: queued for getUpdates, or POSTed to
 *                                                      the webhook when one is set
 * GET    /_fake/updates                                updates not yet confirmed by getUpdates
 * GET    /_fake/webhook                                last setWebhook (url, secret_token, …), set_count, deliveries
 * GET    /_fake/polls                                  getUpdates count, by caller, conflicts, waiting
 * GET    /_fake/info                                   base_url, port, bot (getMe)
 * </pre>
 */
final class FakeControl {
  static void handle(FakeTelegram fake, HttpExchange ex, String what) throws IOException {
    Map<String, String> q = new HashMap<>();
    String raw = ex.getRequestURI().getRawQuery();
    for (String pair : raw == null ? new String[0] : raw.split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0) {
        q.put(
            pair.substring(0, eq),
            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
      }
    }
    byte[] body = FakeTelegram.readBody(ex);
    JsonNode out;
    ObjectNode ok = JSON.createObjectNode().put("ok", true);
    try {
      switch (ex.getRequestMethod() + " " + what) {
        case "GET calls":
          out =
              calls(
                  fake,
                  q.get("method"),
                  q.get("chat_id"),
                  Long.parseLong(q.getOrDefault("since", "0")));
          break;
        case "POST reset":
          fake.reset();
          out = ok;
          break;
        case "GET faults":
          out = fake.faultQueue().toJson();
          break;
        case "POST faults":
          out = ok.put("pending", fake.faultQueue().add(JSON.readTree(body)));
          break;
        case "DELETE faults":
          fake.clearFaults();
          out = ok;
          break;
        case "POST down":
          long ms =
              Math.min(
                  FakeTelegram.MAX_DOWN_MS,
                  q.containsKey("ms")
                      ? Long.parseLong(q.get("ms"))
                      : (long) (Double.parseDouble(q.getOrDefault("seconds", "1")) * 1000));
          fake.dropRequests(); // from now on; the socket closes once this answer is sent
          FakeTelegram.sendJson(ex, 200, ok.put("down_ms", ms));
          ex.close();
          fake.down(Duration.ofMillis(ms));
          return;
        case "POST updates":
          out = fake.enqueue(JSON.readTree(body));
          break;
        case "GET updates":
          out = fake.api().pending();
          break;
        case "GET webhook":
          out = fake.webhook();
          break;
        case "GET polls":
          out = fake.polls();
          break;
        case "GET info":
          out =
              JSON.createObjectNode()
                  .put("base_url", fake.baseUrl())
                  .put("port", fake.port())
                  .set(
                      "bot", fake.api().call("getMe", JSON.createObjectNode(), "control").result());
          break;
        default:
          FakeTelegram.sendJson(
              ex,
              404,
              JSON.createObjectNode()
                  .put("ok", false)
                  .put(
                      "description",
                      "unknown control endpoint: " + ex.getRequestMethod() + " /_fake/" + what));
          return;
      }
    } catch (IllegalArgumentException
        | IllegalStateException
        | IOException
        | FakeBotApi.ApiError e) {
      FakeTelegram.sendJson(
          ex,
          400,
          JSON.createObjectNode()
              .put("ok", false)
              .put("description", String.valueOf(e.getMessage())));
      return;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return;
    }
    FakeTelegram.sendJson(ex, 200, out);
  }

  private static ArrayNode calls(FakeTelegram fake, String method, String chatId, long since) {
    ArrayNode a = JSON.createArrayNode();
    for (FakeCall c : fake.calls()) {
      if ((method == null || c.method().equalsIgnoreCase(method))
          && (chatId == null || chatId.equals(c.chatId()))
          && c.seq() > since) {
        a.add(c.toJson());
      }
    }
    return a;
  }

  private FakeControl() {}
}
