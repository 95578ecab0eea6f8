package ru.flurai.devstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bot API parameters from a request, as Telegram accepts them: the query string, then a JSON,
 * {@code application/x-www-form-urlencoded} or {@code multipart/form-data} body. Parameters that
 * the API types as JSON ({@code reply_markup}, {@code entities}…) are parsed when they arrive as
 * strings.
 */
final class FakeRequests {
  static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> JSON_PARAMS =
      Set.of(
          "reply_markup",
          "entities",
          "caption_entities",
          "allowed_updates",
          "commands",
          "scope",
          "menu_button",
          "link_preview_options",
          "reply_parameters",
          "media");
  private static final Pattern BOUNDARY = Pattern.compile("boundary=(\"?)([^\";]+)\\1");
  private static final Pattern NAME = Pattern.compile("\\bname=\"([^\"]*)\"");
  private static final Pattern FILE_NAME = Pattern.compile("\\bfilename=\"([^\"]*)\"");

  /** A request the Bot API would refuse; the message is Telegram's description. */
  static final class BadRequest extends Exception {
    BadRequest(String description) {
      super(description, null, false, false);
    }
  }

  static ObjectNode params(String rawQuery, String contentType, byte[] body) throws BadRequest {
    ObjectNode p = JSON.createObjectNode();
    if (rawQuery != null) {
      form(rawQuery, p);
    }
    String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
    if (body.length == 0) {
      return p;
    }
    if (type.startsWith("application/json")) {
      JsonNode n;
      try {
        n = JSON.readTree(body);
      } catch (IOException e) {
        throw new BadRequest("Bad Request: can't parse JSON encoded request");
      }
      if (n != null && n.isObject()) {
        p.setAll((ObjectNode) n);
      }
    } else if (type.startsWith("application/x-www-form-urlencoded")) {
      form(new String(body, StandardCharsets.UTF_8), p);
    } else if (type.startsWith("multipart/form-data")) {
      Matcher m = BOUNDARY.matcher(contentType);
      if (!m.find()) {
        throw new BadRequest("Bad Request: multipart/form-data without a boundary");
      }
      multipart(body, m.group(2), p);
    }
    return p;
  }

  private static void form(String encoded, ObjectNode p) {
    for (String pair : encoded.split("&")) {
      if (!pair.isEmpty()) {
        int eq = pair.indexOf('=');
        String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
        put(p, k, eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
      }
    }
  }

  private static void multipart(byte[] body, String boundary, ObjectNode p) {
    String all =
        new String(
            body, StandardCharsets.ISO_8859_1); // one char per byte: offsets stay byte offsets
    String delimiter = "--" + boundary;
    int pos = all.indexOf(delimiter);
    while (pos >= 0 && !all.startsWith("--", pos + delimiter.length())) {
      int start = all.indexOf("\r\n", pos) + 2;
      int next = all.indexOf("\r\n" + delimiter, start);
      int headersEnd = all.indexOf("\r\n\r\n", start);
      if (start < 2 || next < 0 || headersEnd < 0 || headersEnd > next) {
        return;
      }
      String headers = all.substring(start, headersEnd);
      String content = all.substring(headersEnd + 4, next);
      Matcher name = NAME.matcher(headers);
      Matcher file = FILE_NAME.matcher(headers);
      if (name.find()) {
        if (file.find()) {
          p.putObject(name.group(1)).put("file_name", file.group(1)).put("size", content.length());
        } else {
          put(
              p,
              name.group(1),
              new String(content.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8));
        }
      }
      pos = next + 2;
    }
  }

  private static void put(ObjectNode p, String name, String value) {
    String v = value.strip();
    if (JSON_PARAMS.contains(name) && (v.startsWith("{") || v.startsWith("["))) {
      try {
        p.set(name, JSON.readTree(v));
        return;
      } catch (IOException e) {
        // kept as text: the method reports it
      }
    }
    p.put(name, value);
  }

  /** A parameter as text (numbers and booleans too), or null when absent. */
  static String text(JsonNode p, String name) {
    JsonNode v = p.get(name);
    return v == null || v.isNull() ? null : v.isValueNode() ? v.asText() : v.toString();
  }

  private FakeRequests() {}
}
