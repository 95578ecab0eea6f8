package ru.flurai.it.platform;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import ru.flurai.it.Fixtures;
import ru.flurai.it.ServerTest;

/**
 * Drives every operation of the server's own /openapi with generated hostile values, one parameter
 * or body field at a time on top of a baseline request that gets past authentication (see {@link
 * FuzzTargets}): no answer may be a 5xx or carry a stack trace, and every 4xx is JSON with a {@code
 * detail}. The values ({@link FuzzValues}) are picked by a {@link Random} with a fixed seed ({@code
 * -Dfuzz.seed=…} to change it, {@code -Dfuzz.perParam=…} for more values per parameter); the seed
 * is printed, so any failure is reproducible.
 */
public class FuzzIT extends ServerTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final long SEED = Long.getLong("fuzz.seed", 20_251_203L);
  private static final int PER_PARAM = Integer.getInteger("fuzz.perParam", 5);
  private static final List<String> TRACE =
      List.of("\tat ", "at ru.", "at java.", "at org.", "at com.", "Exception", "Caused by");
  private static final List<String> CONTENT_TYPES =
      List.of(
          "text/plain",
          "application/xml",
          "application/json; charset=ISO-8859-1",
          "multipart/form-data",
          "application/x-www-form-urlencoded");

  /** Stands for a fresh Telegram id ({@code {tg}} in a baseline) until the case is sent. */
  private static final String FRESH_ID = "4242424242424242";

  /**
   * Open Liberty's web container refuses a request URI it cannot decode or canonicalize (a bad
   * %-escape, %00, an encoded "../" above the root) before choosing an application, so no filter or
   * error page of ours can answer it; it writes {"error_message": "CWWWC0005I: …"} (JSON, no stack
   * trace). Such answers are counted apart, not failed.
   */
  public static final String CONTAINER =
      "the web container refuses undecodable request URIs before any application: "
          + "400 {\"error_message\": \"CWWWC0005I …\"}, counted apart";

  private static int containerRefusals;
  private static FuzzTargets targets;

  public record Op(String method, String path, List<Param> params, String scheme) {
    String key() {
      return method + " " + path;
    }
  }

  public record Param(String in, String name) {}

  public record Case(
      String what,
      Map<String, FuzzValues.Text> path,
      Map<String, FuzzValues.Text> query,
      Map<String, String> headers,
      byte[] body) {}

  @AfterAll
  public static void cleanUp() {
    if (targets != null) {
      targets.cleanUp();
    }
  }

  @Test
  public void noHostileInputGetsA5xxOrAStackTrace() throws Exception {
    System.out.println(
        "FuzzIT seed "
            + SEED
            + ", "
            + PER_PARAM
            + " values per parameter (-Dfuzz.seed, -Dfuzz.perParam)");
    FuzzTargets.ALLOWED_501.forEach(
        (op, why) -> System.out.println("FuzzIT allows 501 on " + op + ": " + why));
    System.out.println("FuzzIT accepts: " + CONTAINER);
    FuzzTargets.UNFUZZED_PARAMS.forEach(
        (p, why) -> System.out.println("FuzzIT does not fuzz " + p + ": " + why));
    long start = System.nanoTime();
    List<Op> ops = operations();
    targets = new FuzzTargets();
    List<String> noBaseline = new ArrayList<>();
    for (Op op : ops) {
      if (targets.baseline(op.key()) == null) {
        noBaseline.add(op.key());
      }
    }
    assertTrue(
        noBaseline.isEmpty(), "operations in /openapi without a fuzz baseline: " + noBaseline);
    Random random = new Random(SEED);
    Map<Integer, Integer> statuses = new TreeMap<>();
    List<String> failures = new ArrayList<>();
    StringBuilder report = new StringBuilder();
    int cases = 0;
    int n = 0;
    for (Op op : ops) {
      for (Case c : cases(op, random)) {
        n++;
        targets.prepare(op.key());
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("X-Forwarded-For", Fixtures.freshIp());
        headers.put("Accept", "application/json");
        headers.putAll(targets.auth(op.key(), op.scheme()));
        String count = Integer.toString(n);
        c.headers().forEach((k, v) -> headers.put(k, v.replace("{n}", count)));
        byte[] body = c.body() == null ? null : substitute(c.body(), count);
        if (body != null) {
          headers.putIfAbsent("Content-Type", "application/json");
        }
        String target = target(op.path(), c.path(), c.query(), count);
        FuzzHttp.Answer a;
        try {
          a = FuzzHttp.send(op.method(), target, headers, body);
        } catch (IOException e) {
          failures.add(op.key() + " [" + c.what() + "]: no answer (" + e + ")");
          continue;
        }
        cases++;
        statuses.merge(a.status(), 1, Integer::sum);
        String problem = problem(op, a);
        if (problem != null) {
          report
              .append(op.key())
              .append(" [")
              .append(c.what())
              .append("] ")
              .append(problem)
              .append(" -> ")
              .append(a.status())
              .append('\n')
              .append(a.body())
              .append("\n\n");
          failures.add(
              op.key()
                  + " ["
                  + c.what()
                  + "] "
                  + problem
                  + " -> "
                  + a.status()
                  + " "
                  + a.body().substring(0, Math.min(300, a.body().length())));
        }
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf(
        "FuzzIT: %d operations, %d cases, statuses %s, %d container refusals, %.1f s, %d failures%n",
        ops.size(), cases, statuses, containerRefusals, seconds, failures.size());
    Files.write(Path.of("target/fuzz-failures.txt"), FuzzHttp.utf8(report.toString()));
    failures.stream().limit(200).forEach(f -> System.out.println("FuzzIT failure: " + f));
    assertTrue(
        failures.isEmpty(),
        failures.size()
            + " failures (seed "
            + SEED
            + "), first: "
            + String.join("\n", failures.subList(0, Math.min(40, failures.size()))));
  }

  private static String problem(Op op, FuzzHttp.Answer a) {
    if (a.status() >= 500
        && !(a.status() == 501 && FuzzTargets.ALLOWED_501.containsKey(op.key()))) {
      return "5xx";
    }
    for (String t : TRACE) {
      if (a.body().contains(t)) {
        return "stack trace text '" + t.strip() + "'";
      }
    }
    if (a.status() >= 400) {
      try {
        JsonNode body = JSON.readTree(a.body());
        if (a.status() == 400
            && !a.fromApplication()
            && body != null
            && body.path("error_message").asText().startsWith("CWWWC0005I")) {
          containerRefusals++;
          return null;
        }
        if (body == null || !body.isObject() || !body.path("detail").isTextual()) {
          return "error body without a detail";
        }
      } catch (Exception e) {
        return "error body is not JSON";
      }
    }
    return null;
  }

  /** The operations of /openapi, the ones that end a session or remove things last. */
  private static List<Op> operations() throws Exception {
    FuzzHttp.Answer doc =
        FuzzHttp.send("GET", "/openapi", Map.of("Accept", "application/json"), null);
    JsonNode paths = JSON.readTree(doc.body()).path("paths");
    List<Op> ops = new ArrayList<>();
    paths
        .fields()
        .forEachRemaining(
            p ->
                p.getValue()
                    .fields()
                    .forEachRemaining(
                        m -> {
                          if (m.getKey().equals("parameters")) {
                            return;
                          }
                          JsonNode o = m.getValue();
                          List<Param> params = new ArrayList<>();
                          TreeSet<String> seen = new TreeSet<>();
                          for (JsonNode list :
                              List.of(o.path("parameters"), p.getValue().path("parameters"))) {
                            for (JsonNode x : list) {
                              if (seen.add(x.path("in").asText() + x.path("name").asText())) {
                                params.add(
                                    new Param(x.path("in").asText(), x.path("name").asText()));
                              }
                            }
                          }
                          Matcher templ = Pattern.compile("\\{([^}]+)}").matcher(p.getKey());
                          while (templ.find()) {
                            if (seen.add("path" + templ.group(1))) {
                              params.add(new Param("path", templ.group(1)));
                            }
                          }
                          String scheme = null;
                          for (JsonNode s : o.path("security")) {
                            scheme = s.fieldNames().next();
                            if (!scheme.equals("buyerJwt")) {
                              break;
                            }
                          }
                          ops.add(
                              new Op(
                                  m.getKey().toUpperCase(Locale.ROOT), p.getKey(), params, scheme));
                        }));
    ops.sort(Comparator.comparingInt(FuzzIT::rank).thenComparing(Op::key));
    return ops;
  }

  private static int rank(Op op) {
    for (int i = FuzzTargets.LAST.size() - 1; i >= 0; i--) {
      if (op.key().startsWith(FuzzTargets.LAST.get(i))) {
        return i + 1;
      }
    }
    return 0;
  }

  /**
   * The baseline, then each parameter and body field replaced in turn, then whole hostile bodies.
   */
  private static List<Case> cases(Op op, Random random) throws Exception {
    FuzzTargets.Baseline b = targets.baseline(op.key());
    Map<String, FuzzValues.Text> path = texts(b.path());
    Map<String, FuzzValues.Text> query = texts(b.query());
    String json = b.body() == null ? null : b.body().replace("{tg}", FRESH_ID);
    byte[] body = json == null ? null : json.getBytes(StandardCharsets.UTF_8);
    List<Case> out = new ArrayList<>();
    out.add(new Case("baseline", path, query, b.headers(), body));
    for (Param p : op.params()) {
      if (FuzzTargets.UNFUZZED_PARAMS.containsKey(p.name())) {
        continue;
      }
      for (FuzzValues.Text v : FuzzValues.sample(FuzzValues.TEXT, PER_PARAM, random)) {
        String what = p.in() + " " + p.name() + "=" + v;
        switch (p.in()) {
          case "path" -> out.add(new Case(what, with(path, p.name(), v), query, b.headers(), body));
          case "query" ->
              out.add(new Case(what, path, with(query, p.name(), v), b.headers(), body));
          case "header" ->
              out.add(new Case(what, path, query, with(b.headers(), p.name(), v.value()), body));
          default -> throw new AssertionError("parameter in " + p.in());
        }
      }
      if (p.in().equals("query")) {
        Map<String, FuzzValues.Text> without = new LinkedHashMap<>(query);
        without.remove(p.name());
        out.add(new Case("query " + p.name() + " missing", path, without, b.headers(), body));
      }
    }
    String authHeader = authHeader(op.scheme());
    if (authHeader != null) {
      for (FuzzValues.Text v : FuzzValues.sample(FuzzValues.TEXT, PER_PARAM / 2, random)) {
        out.add(
            new Case(
                "header " + authHeader + "=" + v,
                path,
                query,
                with(b.headers(), authHeader, v.value()),
                body));
      }
    }
    if (op.method().equals("POST") || op.method().equals("PUT")) {
      for (String whole : FuzzValues.sample(FuzzValues.BODIES, PER_PARAM + 3, random)) {
        out.add(
            new Case(
                "body " + new FuzzValues.Text(whole, false),
                path,
                query,
                b.headers(),
                FuzzHttp.utf8(whole)));
      }
      out.add(new Case("body not UTF-8", path, query, b.headers(), FuzzValues.NOT_UTF8));
      for (String type : FuzzValues.sample(CONTENT_TYPES, 2, random)) {
        out.add(
            new Case(
                "Content-Type " + type,
                path,
                query,
                with(b.headers(), "Content-Type", type),
                body == null ? "{}".getBytes(StandardCharsets.UTF_8) : body));
      }
    }
    if (json != null) {
      JsonNode tree = JSON.readTree(json);
      for (String pointer : leaves(tree, "")) {
        for (String v : FuzzValues.sample(FuzzValues.JSON, PER_PARAM, random)) {
          out.add(
              new Case(
                  "body " + pointer + "=" + new FuzzValues.Text(v, false),
                  path,
                  query,
                  b.headers(),
                  replace(tree, pointer, v)));
        }
        out.add(
            new Case(
                "body " + pointer + " missing",
                path,
                query,
                b.headers(),
                replace(tree, pointer, null)));
      }
      out.add(
          new Case(
              "body with an unknown field",
              path,
              query,
              b.headers(),
              replace(tree, "/__fuzz", "{\"x\":[1,\"" + FuzzValues.DIGITS + "\"]}")));
    }
    return out;
  }

  private static String authHeader(String scheme) {
    if (scheme == null) {
      return null;
    }
    return switch (scheme) {
      case "adminToken" -> "X-Admin-Token";
      case "sellerToken" -> "X-Seller-Token";
      default -> "X-Telegram-Init-Data";
    };
  }

  /** JSON pointers of every leaf (and of every empty container) of the baseline body. */
  private static List<String> leaves(JsonNode node, String at) {
    List<String> out = new ArrayList<>();
    if (node.isContainerNode() && node.size() > 0) {
      if (node.isObject()) {
        node.fieldNames().forEachRemaining(f -> out.addAll(leaves(node.get(f), at + "/" + f)));
      } else {
        for (int i = 0; i < node.size(); i++) {
          out.addAll(leaves(node.get(i), at + "/" + i));
        }
      }
    } else if (!at.isEmpty()) {
      out.add(at);
    }
    return out;
  }

  /**
   * The body with the value at {@code pointer} replaced by raw JSON text (null: removed), written
   * as text.
   */
  private static byte[] replace(JsonNode tree, String pointer, String rawJson) {
    String marker = "\"@@FUZZ@@\"";
    JsonNode copy = tree.deepCopy();
    int slash = pointer.lastIndexOf('/');
    JsonNode parent = copy.at(pointer.substring(0, slash));
    String last = pointer.substring(slash + 1);
    if (parent instanceof ObjectNode o) {
      if (rawJson == null) {
        o.remove(last);
      } else {
        o.put(last, "@@FUZZ@@");
      }
    } else if (parent instanceof ArrayNode a && !last.matches("\\d+")) {
      a.add(
          a.textNode("@@FUZZ@@")); // a body that is an array: the unknown "field" is one more item
    } else if (parent instanceof ArrayNode a) {
      int i = Integer.parseInt(last);
      if (rawJson == null) {
        a.remove(i);
      } else {
        a.set(i, a.textNode("@@FUZZ@@"));
      }
    }
    String text = copy.toString();
    return FuzzHttp.utf8(rawJson == null ? text : text.replace(marker, rawJson));
  }

  private static byte[] substitute(byte[] body, String n) {
    String s = new String(body, StandardCharsets.UTF_8);
    if (!s.contains("{n}") && !s.contains(FRESH_ID)) {
      return body;
    }
    return FuzzHttp.utf8(
        s.replace("{n}", n).replace(FRESH_ID, Long.toString(Fixtures.newTelegramId())));
  }

  private static Map<String, FuzzValues.Text> texts(Map<String, String> plain) {
    Map<String, FuzzValues.Text> out = new LinkedHashMap<>();
    plain.forEach((k, v) -> out.put(k, new FuzzValues.Text(v, k.equals("path"))));
    return out;
  }

  private static <V> Map<String, V> with(Map<String, V> base, String key, V value) {
    Map<String, V> out = new LinkedHashMap<>(base);
    out.put(key, value);
    return out;
  }

  private static String target(
      String template,
      Map<String, FuzzValues.Text> path,
      Map<String, FuzzValues.Text> query,
      String n) {
    String t = template;
    for (var e : path.entrySet()) {
      FuzzValues.Text v = e.getValue();
      t =
          t.replace(
              "{" + e.getKey() + "}",
              v.raw() ? v.value() : FuzzHttp.encode(v.value().replace("{n}", n)));
    }
    StringBuilder q = new StringBuilder();
    for (var e : query.entrySet()) {
      FuzzValues.Text v = e.getValue();
      q.append(q.length() == 0 ? '?' : '&')
          .append(FuzzHttp.encode(e.getKey()))
          .append('=')
          .append(v.raw() ? v.value() : FuzzHttp.encode(v.value()));
    }
    return t + q;
  }
}
