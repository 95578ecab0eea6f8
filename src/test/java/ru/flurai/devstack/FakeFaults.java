package ru.flurai.devstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Scripted outcomes for the next Bot API calls. Each fault is an object:
 *
 * <pre>
 * {"status": 429, "retry_after": 3}            the next matching call gets 429 with parameters.retry_after = 3
 * {"status": 403, "count": 2}                  the next 2 matching calls: "Forbidden: bot was blocked by the user"
 * {"status": 400, "chat_id": "42"}             the next call to chat 42: "Bad Request: chat not found"
 * {"status": 502}                              an nginx HTML error page, as Telegram's front end sends
 * {"delay_ms": 15000}                          hold the next call 15 s, then answer it normally
 * {"delay_ms": 500, "status": 500}             hold, then fail
 * {"status": 429, "for_ms": 3000}              every matching call during the next 3 s ("count" is ignored)
 * "description": "…"                           overrides the default description
 * "methods": ["sendMessage", "editMessageText"] only these methods (default: every method except getUpdates)
 * </pre>
 *
 * A call takes the first fault, in the order added, that matches it.
 */
final class FakeFaults {
  static final int MAX_FAULTS = 1000;
  static final long MAX_DELAY_MS = 120_000;

  static final class Fault {
    final int status;
    final String description;
    final int retryAfter;
    final long delayMillis;
    final long untilMillis;
    final Set<String> methods;
    final String chatId;
    int remaining;

    Fault(JsonNode spec, long now) {
      status = spec.path("status").asInt(0);
      retryAfter = spec.path("retry_after").asInt(1);
      delayMillis = Math.min(Math.max(spec.path("delay_ms").asLong(0), 0), MAX_DELAY_MS);
      if (status == 0 && delayMillis == 0) {
        throw new IllegalArgumentException("a fault needs \"status\" and/or \"delay_ms\": " + spec);
      }
      if (status != 0 && (status < 400 || status > 599)) {
        throw new IllegalArgumentException("\"status\" must be an error status (400-599): " + spec);
      }
      description =
          spec.hasNonNull("description") ? spec.get("description").asText() : defaultDescription();
      untilMillis = spec.has("for_ms") ? now + Math.max(spec.get("for_ms").asLong(), 0) : 0;
      remaining = Math.max(spec.path("count").asInt(1), 1);
      methods = new TreeSet<>();
      spec.path("methods").forEach(m -> methods.add(m.asText().toLowerCase(Locale.ROOT)));
      chatId = spec.hasNonNull("chat_id") ? spec.get("chat_id").asText() : null;
    }

    private String defaultDescription() {
      switch (status) {
        case 400:
          return "Bad Request: chat not found";
        case 401:
          return "Unauthorized";
        case 403:
          return "Forbidden: bot was blocked by the user";
        case 404:
          return "Not Found";
        case 409:
          return "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running";
        case 429:
          return "Too Many Requests: retry after " + retryAfter;
        case 500:
          return "Internal Server Error";
        default:
          return null;
      }
    }

    /** 502/503/504 come from Telegram's nginx as an HTML page, not as a Bot API answer. */
    boolean html() {
      return status == 502 || status == 503 || status == 504;
    }

    boolean matches(String method, String chat, long now) {
      String m = method.toLowerCase(Locale.ROOT);
      return (methods.isEmpty() ? !m.equals("getupdates") : methods.contains(m))
          && (chatId == null || chatId.equals(chat))
          && (untilMillis == 0 || now < untilMillis);
    }

    String label() {
      return (delayMillis > 0 ? "scripted delay " + delayMillis + "ms then " : "scripted ")
          + (status == 0 ? "ok" : Integer.toString(status));
    }

    ObjectNode toJson() {
      ObjectNode o = JsonNodeFactory.instance.objectNode();
      if (status != 0) {
        o.put("status", status).put("description", description);
      }
      if (status == 429) {
        o.put("retry_after", retryAfter);
      }
      if (delayMillis > 0) {
        o.put("delay_ms", delayMillis);
      }
      if (untilMillis > 0) {
        o.put("until_ms", untilMillis);
      } else {
        o.put("count", remaining);
      }
      if (!methods.isEmpty()) {
        methods.forEach(o.putArray("methods")::add);
      }
      return chatId == null ? o : o.put("chat_id", chatId);
    }
  }

  private final List<Fault> faults = new ArrayList<>();

  /**
   * Adds one fault, an array of them, or {@code {"faults": [...]}}; returns how many are pending.
   */
  synchronized int add(JsonNode spec) {
    long now = System.currentTimeMillis();
    JsonNode list = spec.has("faults") ? spec.get("faults") : spec;
    List<Fault> parsed = new ArrayList<>();
    if (list.isArray()) {
      list.forEach(f -> parsed.add(new Fault(f, now)));
    } else {
      parsed.add(new Fault(list, now));
    }
    if (faults.size() + parsed.size() > MAX_FAULTS) {
      throw new IllegalArgumentException("more than " + MAX_FAULTS + " pending faults");
    }
    faults.addAll(parsed);
    return faults.size();
  }

  /** The fault this call gets, consumed, or null. */
  synchronized Fault next(String method, String chatId) {
    long now = System.currentTimeMillis();
    faults.removeIf(f -> f.untilMillis != 0 && now >= f.untilMillis);
    for (Iterator<Fault> it = faults.iterator(); it.hasNext(); ) {
      Fault f = it.next();
      if (f.matches(method, chatId, now)) {
        if (f.untilMillis == 0 && --f.remaining == 0) {
          it.remove();
        }
        return f;
      }
    }
    return null;
  }

  synchronized void clear() {
    faults.clear();
  }

  synchronized ArrayNode toJson() {
    long now = System.currentTimeMillis();
    ArrayNode a = JsonNodeFactory.instance.arrayNode();
    faults.stream()
        .filter(f -> f.untilMillis == 0 || now < f.untilMillis)
        .forEach(f -> a.add(f.toJson()));
    return a;
  }
}
