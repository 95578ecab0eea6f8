package ru.flurai.ops;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.stream.Stream;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** Reads the repository's deployment files (docker/, .env.example) for DeploymentAssetsTest. */
final class DeploymentFiles {
  private final Path root =
      Path.of(System.getProperty("basedir", System.getProperty("user.dir"))).toAbsolutePath();

  Path path(String relative) {
    Path p = root.resolve(relative);
    if (!Files.exists(p)) {
      fail(relative + " is missing (looked in " + root + ")");
    }
    return p;
  }

  String text(String relative) {
    try {
      return Files.readString(path(relative), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  List<Path> underDocker(String... suffixes) throws IOException {
    try (Stream<Path> s = Files.walk(path("docker"))) {
      return s.filter(Files::isRegularFile)
          .filter(p -> Stream.of(suffixes).anyMatch(x -> p.getFileName().toString().endsWith(x)))
          .sorted()
          .toList();
    }
  }

  /** Every document of a YAML (or JSON) file; multi-document aware. */
  List<Object> documents(Path file) {
    LoaderOptions options = new LoaderOptions();
    Yaml yaml = new Yaml(new SafeConstructor(options));
    List<Object> docs = new ArrayList<>();
    try {
      for (Object doc : yaml.loadAll(Files.readString(file, StandardCharsets.UTF_8))) {
        if (doc != null) {
          docs.add(doc);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (RuntimeException e) {
      fail(file + " does not parse: " + e.getMessage());
    }
    return docs;
  }

  Map<String, Object> yaml(String relative) {
    List<Object> docs = documents(path(relative));
    if (docs.size() != 1) {
      fail(relative + ": expected one document, found " + docs.size());
    }
    return map(docs.get(0));
  }

  Map<String, Object> composeService(String file, String name) {
    Map<String, Object> service = map(map(yaml(file).get("services")).get(name));
    if (service.isEmpty()) {
      fail(file + " has no service " + name);
    }
    return service;
  }

  /** The first Kubernetes object of that kind under docker/kubernetes/. */
  Map<String, Object> kubernetes(String kind) {
    try (Stream<Path> s = Files.list(path("docker/kubernetes"))) {
      for (Path p : s.filter(f -> f.toString().matches(".*\\.ya?ml$")).sorted().toList()) {
        for (Object doc : documents(p)) {
          if (kind.equals(map(doc).get("kind"))) {
            return map(doc);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return fail("no " + kind + " under docker/kubernetes/");
  }

  /** NAME=value lines of .env.example, in order. */
  Map<String, String> envExample() {
    Map<String, String> result = new LinkedHashMap<>();
    for (String line : text(".env.example").split("\n")) {
      String l = line.trim();
      int eq = l.indexOf('=');
      if (!l.startsWith("#") && eq > 0) {
        result.put(l.substring(0, eq).trim(), l.substring(eq + 1).trim());
      }
    }
    return result;
  }

  /** A fresh scratch directory under target/ops-test/. */
  Path scratch(String name) throws IOException {
    Path dir = root.resolve("target/ops-test").resolve(name);
    ThrowawayPostgres.deleteTree(dir);
    return Files.createDirectories(dir);
  }

  /**
   * Every query of the Grafana dashboard as a recording rule ($__rate_interval -> 5m, $instance ->
   * .*), so that `promtool check rules` parses each one as PromQL.
   */
  Path dashboardQueriesAsRules(Path dir) throws IOException {
    StringBuilder rules = new StringBuilder("groups:\n  - name: dashboard-queries\n    rules:\n");
    int n = 0;
    for (Object panel : list(yaml("docker/grafana/dashboards/flurai.json").get("panels"))) {
      for (Object target : list(map(panel).get("targets"))) {
        String expr =
            String.valueOf(map(target).get("expr"))
                .replace("$__rate_interval", "5m")
                .replace("$instance", ".*");
        rules
            .append("      - record: dashboard_query_")
            .append(++n)
            .append('\n')
            .append("        expr: \"")
            .append(expr.replace("\\", "\\\\").replace("\"", "\\\""))
            .append("\"\n");
      }
    }
    if (n == 0) {
      fail("the dashboard has no queries");
    }
    return Files.writeString(dir.resolve("dashboard-queries.yml"), rules.toString());
  }

  /**
   * A copy of docker/nginx/nginx.conf that a plain `nginx -t` can check on this machine:
   * `backend:8000` becomes 127.0.0.1:8000 (no Docker DNS here), the `resolve` parameter is dropped
   * (nginx before 1.27.3 does not know it and an address needs no resolving), the cache and
   * temporary paths move into the prefix and port 80 becomes a free loopback port (`nginx -t` opens
   * the listening sockets; this lets a non-root user run the check), and mime.types /
   * metrics-allow.conf are copied next to it. Returns the prefix directory (conf/nginx.conf
   * inside).
   */
  Path nginxTestCopy(Path prefix) throws IOException {
    Path conf = Files.createDirectories(prefix.resolve("conf"));
    Files.createDirectories(prefix.resolve("cache"));
    String original = text("docker/nginx/nginx.conf");
    Path temp = Files.createDirectories(prefix.resolve("temp"));
    String tempPaths =
        Stream.of("client_body", "proxy", "fastcgi", "uwsgi", "scgi")
            .map(t -> "    " + t + "_temp_path " + temp.resolve(t) + ";\n")
            .reduce("", String::concat);
    String copy =
        original
            .replace("backend:8000", "127.0.0.1:8000")
            .replace("${NGINX_RESOLVER}", "127.0.0.11")
            .replaceAll("(server\\s+127\\.0\\.0\\.1:8000)\\s+resolve\\b", "$1")
            .replace("/var/cache/nginx/", prefix.resolve("cache") + "/")
            .replaceFirst("(?m)^http \\{\\n", Matcher.quoteReplacement("http {\n" + tempPaths))
            .replace(
                "listen 80 default_server", "listen 127.0.0.1:" + freePort() + " default_server");
    Files.writeString(conf.resolve("nginx.conf"), copy);
    Files.copy(path("docker/nginx/metrics-allow.conf"), conf.resolve("metrics-allow.conf"));
    Path mime = Path.of("/etc/nginx/mime.types");
    if (Files.isReadable(mime)) {
      Files.copy(mime, conf.resolve("mime.types"));
    } else {
      Files.writeString(
          conf.resolve("mime.types"), "types { application/json json; image/webp webp; }\n");
    }
    return prefix;
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> map(Object o) {
    return o instanceof Map ? (Map<String, Object>) o : Map.of();
  }

  @SuppressWarnings("unchecked")
  static List<Object> list(Object o) {
    return o instanceof List ? (List<Object>) o : List.of();
  }

  /** A compose service's environment, whichever form it is written in (map or KEY=value list). */
  static Map<String, String> environment(Map<String, Object> service) {
    Map<String, String> env = new LinkedHashMap<>();
    Object e = service.get("environment");
    map(e).forEach((k, v) -> env.put(k, v == null ? "" : String.valueOf(v)));
    for (Object item : list(e)) {
      String s = String.valueOf(item);
      int eq = s.indexOf('=');
      env.put(eq < 0 ? s : s.substring(0, eq), eq < 0 ? "" : s.substring(eq + 1));
    }
    return env;
  }
}
