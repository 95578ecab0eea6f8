package ru.flurai.it.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import io.restassured.response.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Records the exchanges of one flow as text (request line, status, content type, body) with the
 * values that differ between runs replaced by placeholders, and compares the recording with the
 * committed one in {@code src/test/resources/wire/<flow>.txt}, byte for byte. {@code
 * -Dwire.record=true} writes the committed file instead (a deliberate, reviewed change of the wire
 * format). Every run also leaves its recording in {@code target/wire/}.
 */
final class WireRecorder {
  private static final Path GOLDEN = Path.of("src/test/resources/wire");
  private static final Path OUT = Path.of("target/wire");
  private static final Pattern ID_FIELD = Pattern.compile("\"(id|\\w+_id)\":(-?\\d+)");
  private static final Pattern ID_LIST = Pattern.compile("\"(\\w+_ids)\":\\[([\\d,]*)\\]");
  private static final Pattern DATE_TIME =
      Pattern.compile(
          "\\d{4}-\\d\\d-\\d\\d[T ]\\d\\d:\\d\\d(:\\d\\d(\\.\\d+)?)?(Z|[+-]\\d\\d:?\\d\\d)?");
  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d\\d-\\d\\d");
  private static final Pattern JWT = Pattern.compile("eyJ[\\w-]+\\.[\\w-]+\\.[\\w-]+");
  private static final Pattern UUID =
      Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
  private static final Pattern OPAQUE_TOKEN =
      Pattern.compile("\"(refresh_token|web_password)\":\"[^\"]*\"");

  private static final Pattern NUMBERED =
      Pattern.compile("(?i)(order|заказ|заказа|товар|product) №?(\\d+)");

  /** The product id that starts each line of {@code items_info} ("8:Розы@4500.0 x 3"). */
  private static final Pattern ITEM_ID = Pattern.compile("(?<=[\"\\s,])\\d+:(?=[^\"]*@\\d)");

  private final String flow;
  private final Map<String, String> names = new LinkedHashMap<>();
  private final List<String> lines = new ArrayList<>();

  WireRecorder(String flow) {
    this.flow = flow;
  }

  /** Text of this run (a run tag, a Telegram id) replaced by a stable name wherever it appears. */
  WireRecorder name(Object value, String placeholder) {
    names.put(String.valueOf(value), "<" + placeholder + ">");
    return this;
  }

  Response record(String request, Response r) {
    lines.add("### " + normalize(request));
    lines.add(r.statusCode() + " " + contentType(r));
    lines.add(normalize(r.asString()));
    lines.add("");
    return r;
  }

  private static String contentType(Response r) {
    String type = r.contentType();
    return type == null || type.isEmpty() ? "-" : type;
  }

  String normalize(String text) {
    String out = text;
    for (var e : names.entrySet()) {
      out = out.replace(e.getKey(), e.getValue());
    }
    out = JWT.matcher(out).replaceAll("<jwt>");
    out = UUID.matcher(out).replaceAll("<uuid>");
    out = OPAQUE_TOKEN.matcher(out).replaceAll("\"$1\":\"<secret>\"");
    out = ID_FIELD.matcher(out).replaceAll("\"$1\":<n>");
    out = NUMBERED.matcher(out).replaceAll("$1 <n>");
    out = ITEM_ID.matcher(out).replaceAll("<n>:");
    out = replaceLists(out);
    out = DATE_TIME.matcher(out).replaceAll("<datetime>");
    out = DATE.matcher(out).replaceAll("<date>");
    return out;
  }

  private static String replaceLists(String text) {
    Matcher m = ID_LIST.matcher(text);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      String ids = m.group(2).isEmpty() ? "" : m.group(2).replaceAll("\\d+", "<n>");
      m.appendReplacement(sb, Matcher.quoteReplacement("\"" + m.group(1) + "\":[" + ids + "]"));
    }
    m.appendTail(sb);
    return sb.toString();
  }

  /** Compares with the committed recording, or writes it under {@code -Dwire.record=true}. */
  void verify() throws IOException {
    String recorded = String.join("\n", lines);
    Files.createDirectories(OUT);
    Files.writeString(OUT.resolve(flow + ".txt"), recorded, StandardCharsets.UTF_8);
    Path golden = GOLDEN.resolve(flow + ".txt");
    if (Boolean.getBoolean("wire.record")) {
      Files.createDirectories(GOLDEN);
      Files.writeString(golden, recorded, StandardCharsets.UTF_8);
      return;
    }
    if (!Files.exists(golden)) {
      fail(
          "no committed recording " + golden + "; record it with -Dwire.record=true and review it");
    }
    assertEquals(
        Files.readString(golden, StandardCharsets.UTF_8),
        recorded,
        "the wire format of flow '"
            + flow
            + "' changed (this run: "
            + OUT.resolve(flow + ".txt")
            + ")");
  }
}
