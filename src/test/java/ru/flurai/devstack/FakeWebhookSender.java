package ru.flurai.devstack;

import static ru.flurai.devstack.FakeRequests.JSON;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Delivers updates to a webhook as Telegram does: POST, JSON body, {@code
 * X-Telegram-Bot-Api-Secret-Token}.
 */
final class FakeWebhookSender {
  private final Deque<ObjectNode> deliveries = new ArrayDeque<>();
  private HttpClient client;

  /**
   * Returns the webhook's HTTP status, -1 when it could not be reached; failures show in
   * getWebhookInfo.
   */
  int deliver(FakeBotApi api, String url, String secret, ObjectNode update) {
    int status;
    String error = null;
    try {
      HttpRequest.Builder req =
          HttpRequest.newBuilder(URI.create(url))
              .timeout(Duration.ofSeconds(10))
              .header("Content-Type", "application/json")
              .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(update)));
      if (secret != null) {
        req.header("X-Telegram-Bot-Api-Secret-Token", secret);
      }
      status = client().send(req.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
      if (status < 200 || status > 299) {
        error = "Wrong response from the webhook: " + status;
      }
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    } catch (IOException | IllegalArgumentException e) {
      status = -1;
      error = "Connection failed: " + e;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      status = -1;
      error = "interrupted";
    }
    if (error != null) {
      api.webhookFailed(error);
    }
    synchronized (deliveries) {
      deliveries.add(
          JSON.createObjectNode()
              .put("update_id", update.get("update_id").asLong())
              .put("status", status)
              .put("ts", System.currentTimeMillis()));
      if (deliveries.size() > FakeTelegram.MAX_CALLS) {
        deliveries.poll();
      }
    }
    return status;
  }

  private synchronized HttpClient client() {
    if (client == null) {
      client =
          HttpClient.newBuilder()
              .version(HttpClient.Version.HTTP_1_1)
              .connectTimeout(Duration.ofSeconds(5))
              .build();
    }
    return client;
  }

  ArrayNode deliveries() {
    ArrayNode a = JSON.createArrayNode();
    synchronized (deliveries) {
      deliveries.forEach(a::add);
    }
    return a;
  }

  void clear() {
    synchronized (deliveries) {
      deliveries.clear();
    }
  }
}
