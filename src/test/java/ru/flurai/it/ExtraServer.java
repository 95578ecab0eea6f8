package ru.flurai.it;

import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Another Liberty server from the build's runtime, config, driver and WAR, on its own ports, for
 * tests that need a second instance or a different configuration. Runs in the foreground as a child
 * process; {@link #kill} is kill -9.
 */
public final class ExtraServer implements AutoCloseable {
  private static final Path WLP =
      Path.of(System.getProperty("liberty.install.dir", "target/liberty/wlp"));
  private static final String SOURCE = System.getProperty("liberty.server.name", "defaultServer");

  public final Path dir;
  public final int httpPort;
  private Process process;

  private ExtraServer(Path dir, int httpPort) {
    this.dir = dir;
    this.httpPort = httpPort;
  }

  /** A server directory whose variables are {@code variables} (plus its own free ports). */
  public static ExtraServer create(String name, Map<String, String> variables) throws IOException {
    Path source = WLP.resolve("usr/servers").resolve(SOURCE);
    Path target = WLP.resolve("usr/servers").resolve(name);
    deleteTree(target);
    Files.createDirectories(target.resolve("apps"));
    Files.createDirectories(target.resolve("jdbc"));
    for (String file : new String[] {"server.xml", "jvm.options"}) {
      Files.copy(source.resolve(file), target.resolve(file), StandardCopyOption.REPLACE_EXISTING);
    }
    try (var jars = Files.list(source.resolve("jdbc"))) {
      for (Path jar : jars.toList()) {
        Files.copy(jar, target.resolve("jdbc").resolve(jar.getFileName()));
      }
    }
    Files.copy(source.resolve("apps/flurai.war"), target.resolve("apps/flurai.war"));
    StringBuilder xml = new StringBuilder("<server>\n");
    Map<String, String> all = new LinkedHashMap<>(variables);
    int http = freePort();
    all.put("HTTP_PORT", Integer.toString(http));
    all.put("HTTPS_PORT", Integer.toString(freePort()));
    all.put("HTTP_HOST", "127.0.0.1");
    all.forEach(
        (k, v) ->
            xml.append("  <variable name=\"")
                .append(k)
                .append("\" value=\"")
                .append(v.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;"))
                .append("\"/>\n"));
    Files.writeString(target.resolve("stack-vars.xml"), xml.append("</server>\n"));
    return new ExtraServer(target, http);
  }

  /**
   * The variables the build's test server runs with (database, Redis, fake Telegram, test secrets).
   */
  public static Map<String, String> testServerVariables() throws IOException {
    String xml =
        Files.readString(
            Path.of(System.getProperty("stack.properties", "target/stack/stack.properties"))
                .resolveSibling("stack-vars.xml"),
            StandardCharsets.UTF_8);
    Map<String, String> vars = new LinkedHashMap<>();
    var m = Pattern.compile("<variable name=\"([^\"]+)\" value=\"([^\"]*)\"/>").matcher(xml);
    while (m.find()) {
      vars.put(
          m.group(1),
          m.group(2).replace("&quot;", "\"").replace("&lt;", "<").replace("&amp;", "&"));
    }
    return vars;
  }

  public ExtraServer start(Map<String, String> env) throws IOException {
    return start(e -> e.putAll(env));
  }

  /** Starts with the test JVM's environment as {@code edit} leaves it. */
  public ExtraServer start(Consumer<Map<String, String>> edit) throws IOException {
    ProcessBuilder pb =
        new ProcessBuilder(
                WLP.resolve("bin/server").toString(), "run", dir.getFileName().toString())
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("run.out").toFile());
    edit.accept(pb.environment());
    process = pb.start();
    return this;
  }

  /** REST-assured against this instance's HTTP port. */
  public RequestSpecification api() {
    return RestAssured.given().baseUri("http://127.0.0.1").port(httpPort);
  }

  public String output() throws IOException {
    return Files.exists(dir.resolve("run.out")) ? Files.readString(dir.resolve("run.out")) : "";
  }

  public boolean started() throws IOException {
    return output().contains("CWWKZ0001I");
  }

  public Process process() {
    return process;
  }

  /** kill -9 of the server and everything it started. */
  public void kill() {
    if (process != null) {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
    }
  }

  @Override
  public void close() throws Exception {
    kill();
    if (process != null) {
      process.waitFor(30, TimeUnit.SECONDS);
    }
  }

  public static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  public static void deleteTree(Path dir) throws IOException {
    if (Files.exists(dir)) {
      try (var paths = Files.walk(dir)) {
        for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
  }
}
