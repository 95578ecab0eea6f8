package ru.flurai.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Starts a second Liberty server from the built WAR and config with ENVIRONMENT=production and an unfit
 * configuration: it must exit non-zero on its own, naming every problem in one log line (PRODUCTION.md).
 */
class ProductionFailFastIT {
  private static final Path WLP = Path.of(System.getProperty("liberty.install.dir", "target/liberty/wlp"));
  private static final String SOURCE = System.getProperty("liberty.server.name", "defaultServer");

  @Test
  void productionRefusesToStartWithMissingAndWeakSettings() throws Exception {
    Path server = prepareServer("failfast");
    ProcessBuilder pb = new ProcessBuilder(WLP.resolve("bin/server").toString(), "run", "failfast")
        .redirectErrorStream(true)
        .redirectOutput(server.resolve("run.out").toFile());
    Map<String, String> env = pb.environment();
    env.keySet().removeIf(k -> k.startsWith("DB_") || k.startsWith("REDIS_") || k.startsWith("ADMIN_")
        || k.equals("JWT_SECRET") || k.equals("BOT_TOKEN") || k.equals("ALLOWED_ORIGINS"));
    env.put("ENVIRONMENT", "production");
    env.put("JWT_SECRET", "short-secret");
    env.put("ALLOWED_ORIGINS", "*");
    env.put("ADMIN_PASSWORD", "password123");
    Process p = pb.start();
    boolean exited = p.waitFor(150, TimeUnit.SECONDS);
    if (!exited) {
      p.destroyForcibly();
    }
    String out = Files.readString(server.resolve("run.out"), StandardCharsets.UTF_8);
    assertTrue(exited, "server kept running with an unfit production config:\n" + tail(out));
    assertTrue(p.exitValue() != 0, "exit code was 0");
    String line = out.lines().filter(l -> l.contains("FLURAI CONFIGURATION REFUSED")).findFirst()
        .orElseThrow(() -> new AssertionError("no refusal line in:\n" + tail(out)));
    for (String expected :
        new String[] {
          "BOT_TOKEN is missing", "DB_PASSWORD is", "ADMIN_SECRET is missing",
          "JWT_SECRET is shorter than 32 bytes", "ALLOWED_ORIGINS must not contain *",
          "ADMIN_PASSWORD", "REDIS_HOST", "LIBERTY_ADMIN_PASSWORD"
        }) {
      assertTrue(line.contains(expected), "'" + expected + "' not in: " + line);
    }
    assertEquals(1, out.lines().filter(l -> l.contains("FLURAI CONFIGURATION REFUSED")).count());
  }

  /** A copy of the build's server (config, driver, WAR) on free ports, without the embedded-stack variables. */
  private static Path prepareServer(String name) throws IOException {
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
    Files.writeString(target.resolve("stack-vars.xml"),
        "<server>\n  <variable name=\"HTTP_PORT\" value=\"" + freePort() + "\"/>\n"
            + "  <variable name=\"HTTPS_PORT\" value=\"" + freePort() + "\"/>\n"
            + "  <variable name=\"HTTP_HOST\" value=\"127.0.0.1\"/>\n</server>\n");
    return target;
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    if (Files.exists(dir)) {
      try (var paths = Files.walk(dir)) {
        for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
  }

  private static String tail(String s) {
    return s.length() > 4000 ? s.substring(s.length() - 4000) : s;
  }
}
