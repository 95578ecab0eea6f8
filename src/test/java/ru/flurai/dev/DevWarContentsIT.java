package ru.flurai.dev;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import ru.flurai.it.ExtraServer;
import ru.flurai.it.ServerTest;
import ru.flurai.it.Stack;

/**
 * The build's two WARs (pom.xml, maven-war-plugin): the production WAR {@code target/flurai.war}
 * (the Dockerfile's) has none of the development-only code under {@code ru/flurai/dev} (directory
 * seed, demo shops, their SQL); the development WAR {@code target/dev/flurai.war}, which the test
 * server and scripts/run deploy, has exactly that on top. Outside production mode and with
 * DEMO_DATA on, the production WAR leaves an empty database empty, where the development WAR fills
 * it: the dev code is inert there by construction, not only by its runtime check.
 */
public class DevWarContentsIT extends ServerTest {
  private static final String DEV = "WEB-INF/classes/ru/flurai/dev/";

  /** The dev-only files by name, wherever they might end up in a WAR. */
  private static final List<String> DEV_NAMES =
      List.of(
          "DevDirectorySeed.class",
          "DemoSeed.class",
          "DemoWriter.class",
          "DemoShops.class",
          "DemoPhotos.class",
          "directories.sql");

  private static final Path PRODUCTION = Path.of("target/flurai.war");
  private static final Path DEVELOPMENT = Path.of("target/dev/flurai.war");

  /** Generous: on a loaded 2-core build machine a Liberty start alone has taken minutes. */
  private static final long BOUND_MS = 420_000;

  @Test
  public void theProductionWarHasNoDevelopmentCode() throws IOException {
    Set<String> production = entries(PRODUCTION);
    assertTrue(
        production.contains("WEB-INF/classes/ru/flurai/platform/Bootstrap.class"),
        "not the application WAR: " + PRODUCTION);
    assertTrue(
        production.stream().anyMatch(e -> e.startsWith("WEB-INF/classes/db/migration/V")),
        "no migrations in " + PRODUCTION);
    List<String> dev =
        production.stream()
            .filter(e -> e.startsWith(DEV) || DEV_NAMES.contains(e.replaceAll(".*/", "")))
            .toList();
    assertEquals(List.of(), dev, "development-only entries in the production WAR");
  }

  @Test
  public void theDevelopmentWarIsTheProductionWarPlusTheDevelopmentCode() throws IOException {
    Set<String> compiled;
    try (Stream<Path> files = Files.walk(Path.of("target/classes/ru/flurai/dev"))) {
      compiled =
          files
              .filter(Files::isRegularFile)
              .map(p -> "WEB-INF/classes/" + Path.of("target/classes").relativize(p))
              .collect(Collectors.toCollection(TreeSet::new));
    }
    for (String name : DEV_NAMES) {
      assertTrue(
          compiled.stream().anyMatch(e -> e.endsWith("/" + name)),
          name + " is not under ru/flurai/dev: the production WAR's exclusion would miss it");
    }
    Set<String> development = entries(DEVELOPMENT);
    assertTrue(development.containsAll(compiled), "dev code missing from " + DEVELOPMENT);
    Set<String> rest =
        development.stream()
            .filter(e -> !e.startsWith(DEV))
            .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(entries(PRODUCTION), rest, "the two WARs differ beyond ru/flurai/dev");
  }

  @Test
  public void theTestServerRunsTheDevelopmentWar() throws IOException {
    Path deployed =
        Path.of(System.getProperty("liberty.install.dir"))
            .resolve("usr/servers")
            .resolve(System.getProperty("liberty.server.name"))
            .resolve("apps/flurai.war");
    assertEquals(-1L, Files.mismatch(DEVELOPMENT, deployed), deployed + " is not " + DEVELOPMENT);
  }

  @Test
  public void onlyTheDevelopmentWarSeedsAnEmptyDatabase() throws Exception {
    assertEquals(List.of(0L, 0L), citiesAndSellersAfterStart("warprod", PRODUCTION));
    List<Long> dev = citiesAndSellersAfterStart("wardev", DEVELOPMENT);
    assertTrue(dev.get(0) > 0 && dev.get(1) > 0, "the development WAR seeded nothing: " + dev);
  }

  /**
   * Starts {@code war} on an extra server (test mode, DEMO_DATA on) over a fresh database and
   * counts its cities and sellers once the application has started and is ready; the seeds run in
   * the startup observers, before Liberty reports the application started.
   */
  private static List<Long> citiesAndSellersAfterStart(String name, Path war) throws Exception {
    String db = name + "_" + System.nanoTime();
    try (Connection c = Stack.db()) {
      c.createStatement()
          .execute(
              "create database "
                  + db
                  + " template template0 encoding 'UTF8'"
                  + " locale_provider builtin builtin_locale 'C.UTF-8'");
    }
    try {
      Map<String, String> vars = new LinkedHashMap<>(ExtraServer.testServerVariables());
      vars.put("DB_NAME", db);
      vars.put("DEMO_DATA", "true");
      try (ExtraServer server = ExtraServer.create(name, vars)) {
        Files.copy(war, server.dir.resolve("apps/flurai.war"), StandardCopyOption.REPLACE_EXISTING);
        server.start(Map.of());
        Stack.eventually(BOUND_MS, () -> assertTrue(started(server), "not started yet"));
        Stack.eventually(
            60_000,
            () ->
                assertEquals(200, server.api().get("/health/ready").statusCode(), "not ready yet"));
        return List.of(
            count(db, "select count(*) from cities"), count(db, "select count(*) from sellers"));
      }
    } finally {
      try (Connection c = Stack.db()) {
        c.createStatement().execute("drop database if exists " + db + " with (force)");
      }
    }
  }

  private static boolean started(ExtraServer server) {
    try {
      assertTrue(server.process().isAlive(), "the server exited:\n" + server.output());
      return server.started();
    } catch (IOException e) {
      return false;
    }
  }

  private static long count(String db, String query) throws SQLException {
    try (Connection c = DriverManager.getConnection(Stack.jdbcUrl(db), "postgres", "postgres");
        var rs = c.createStatement().executeQuery(query)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static Set<String> entries(Path war) throws IOException {
    assertTrue(Files.isRegularFile(war), war + " was not built");
    try (ZipFile zip = new ZipFile(war.toFile())) {
      return zip.stream().map(ZipEntry::getName).collect(Collectors.toCollection(TreeSet::new));
    }
  }
}
