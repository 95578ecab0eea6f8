package ru.flurai.devstack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import javax.xml.parsers.DocumentBuilderFactory;

/**
 * The launcher behind {@code scripts/run} (the {@code run} Maven profile): it starts the services
 * Liberty needs and writes their addresses as Liberty variables.
 *
 * <p>{@code run <include> <properties> <dataDir>}: embedded PostgreSQL with its data kept in {@code
 * dataDir}, unless {@code DB_HOST} is set; no Redis (the service uses its in-process cache unless
 * {@code REDIS_HOST} is set).
 *
 * <p>This is the {@code src/dev} source set: it is compiled to {@code target/dev-classes} by the
 * {@code run} profile and into the test classes for the build's own stack ({@code TestStack} in
 * {@code src/test}, which adds Redis, the fake Telegram and the control endpoint through {@link
 * #launch}), never into the WAR.
 */
public final class Stack {
  private static final Logger LOG = Logger.getLogger(Stack.class.getName());
  private static final String CHILD = "-child";
  private static final String READY = "FLURAI STACK READY";

  /**
   * What one mode starts: Liberty variables go into {@code vars}, what tests need to know into
   * {@code props}.
   */
  @FunctionalInterface
  public interface Services {
    /**
     * Starts the services; puts Liberty variables in {@code vars}, and features to add in {@code
     * features}.
     */
    void start(
        List<String> modeArgs, Map<String, String> vars, Properties props, List<String> features)
        throws Exception;
  }

  public static void main(String[] args) throws Exception {
    String dbHost = System.getenv("DB_HOST");
    if (!args[0].endsWith(CHILD) && dbHost != null && !dbHost.isBlank()) {
      Files.deleteIfExists(Path.of(args[1]));
      LOG.info("DB_HOST is set: using " + dbHost + ", no embedded PostgreSQL");
      return;
    }
    launch(
        Stack.class,
        args,
        (modeArgs, vars, props, features) -> startForRun(Path.of(modeArgs.get(0)), vars));
  }

  /**
   * Arguments: {@code <mode> <include> <properties> <mode's own arguments...>}.
   *
   * <p>Runs inside exec:java, whose class loader is closed once main returns; so the services live
   * in a child JVM (the same {@code main} class, mode {@code <mode>-child}) with a normal class
   * path. The child stops (and stops what it started) when this JVM exits or dies: it watches its
   * standard input.
   */
  public static void launch(Class<?> main, String[] args, Services services) throws Exception {
    if (args[0].endsWith(CHILD)) {
      start(args, services);
      System.out.println(READY);
      System.out.flush();
      while (System.in.read() >= 0) {
        // parent alive
      }
      System.exit(0);
    }
    fork(main, args);
  }

  private static void fork(Class<?> main, String[] args) throws IOException, InterruptedException {
    String classpath =
        Arrays.stream(((URLClassLoader) main.getClassLoader()).getURLs())
            .map(u -> Path.of(URI.create(u.toString())).toString())
            .collect(Collectors.joining(File.pathSeparator));
    List<String> cmd =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                classpath,
                main.getName(),
                args[0] + CHILD));
    cmd.addAll(List.of(args).subList(1, args.length));
    Process child = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  child.destroy();
                  try {
                    child.waitFor(20, TimeUnit.SECONDS);
                  } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                  }
                }));
    BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream()));
    String line;
    while ((line = out.readLine()) != null) {
      if (line.contains(READY)) {
        Thread drain = new Thread(() -> out.lines().forEach(l -> {}), "stack-output");
        drain.setDaemon(true);
        drain.start();
        return;
      }
    }
    throw new IllegalStateException(
        "the stack process exited before it was ready: " + child.waitFor());
  }

  private static void start(String[] args, Services services) throws Exception {
    Path include = Path.of(args[1]);
    Path properties = Path.of(args[2]);
    Files.createDirectories(properties.getParent());
    Files.createDirectories(include.getParent());
    Map<String, String> vars = new LinkedHashMap<>();
    Properties props = new Properties();
    List<String> features = new ArrayList<>();
    services.start(List.of(args).subList(3, args.length), vars, props, features);
    writeInclude(include, vars, features);
    try (var out = Files.newOutputStream(properties)) {
      props.store(out, "written by ru.flurai.devstack.Stack");
    }
  }

  private static void startForRun(Path dataDir, Map<String, String> vars) throws Exception {
    Path pgData = dataDir.resolve("postgres");
    EmbeddedPostgres pg = startPostgres(pgData, false);
    putDatabase(vars, pg);
    LOG.info("Embedded PostgreSQL on port " + pg.getPort() + ", data in " + pgData);
  }

  public static void putDatabase(Map<String, String> vars, EmbeddedPostgres pg) {
    vars.put("DB_HOST", "127.0.0.1");
    vars.put("DB_PORT", Integer.toString(pg.getPort()));
    vars.put("DB_NAME", "flurai");
    vars.put("DB_USER", "postgres");
    vars.put("DB_PASSWORD", "postgres");
    vars.put("DB_POOL_MIN", "2");
    vars.put("DB_POOL_MAX", "40");
  }

  /**
   * Starts PostgreSQL in {@code dataDir} (emptied first when {@code throwAway}); it stops when this
   * JVM exits.
   */
  public static EmbeddedPostgres startPostgres(Path dataDir, boolean throwAway)
      throws IOException, SQLException {
    if (throwAway) {
      deleteTree(dataDir); // initdb refuses a directory left over by an interrupted run
    }
    Files.createDirectories(dataDir);
    EmbeddedPostgres pg =
        EmbeddedPostgres.builder()
            .setDataDirectory(dataDir)
            .setCleanDataDirectory(throwAway)
            .setPort(freePort())
            .setServerConfig("max_connections", "300")
            .setServerConfig("fsync", throwAway ? "off" : "on")
            .start();
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  try {
                    pg.close();
                  } catch (IOException e) {
                    LOG.warning("stopping PostgreSQL: " + e.getMessage());
                  }
                }));
    createDatabase(pg.getPostgresDatabase(), "flurai");
    return pg;
  }

  /**
   * A database whose lower()/ILIKE understand Cyrillic whatever the machine's locale (PostgreSQL
   * 17+ builtin).
   */
  static void createDatabase(DataSource postgres, String name) throws SQLException {
    try (Connection c = postgres.getConnection();
        Statement s = c.createStatement()) {
      try (ResultSet rs =
          s.executeQuery("select 1 from pg_database where datname = '" + name + "'")) {
        if (rs.next()) {
          return;
        }
      }
      s.execute(
          "create database "
              + name
              + " template template0 encoding 'UTF8'"
              + " locale_provider builtin builtin_locale 'C.UTF-8'");
    }
  }

  /** The features of a server.xml's featureManager. */
  public static List<String> features(Path serverXml) throws Exception {
    var factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    var nodes =
        factory.newDocumentBuilder().parse(serverXml.toFile()).getElementsByTagName("feature");
    List<String> features = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      features.add(nodes.item(i).getTextContent().strip());
    }
    if (features.isEmpty()) {
      throw new IllegalStateException("no features in " + serverXml);
    }
    return features;
  }

  private static void writeInclude(Path include, Map<String, String> vars, List<String> features)
      throws IOException {
    if (vars.isEmpty() && features.isEmpty()) {
      Files.deleteIfExists(include);
      return;
    }
    StringBuilder xml = new StringBuilder("<server>\n");
    if (!features.isEmpty()) {
      xml.append("  <featureManager>\n");
      features.forEach(f -> xml.append("    <feature>").append(f).append("</feature>\n"));
      xml.append("  </featureManager>\n");
    }
    vars.forEach(
        (k, v) ->
            xml.append("  <variable name=\"")
                .append(k)
                .append("\" value=\"")
                .append(v)
                .append("\"/>\n"));
    xml.append("</server>\n");
    Files.writeString(include, xml);
  }

  private static void deleteTree(Path dir) throws IOException {
    if (Files.exists(dir)) {
      try (var paths = Files.walk(dir)) {
        for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
  }

  public static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      s.setReuseAddress(true);
      return s.getLocalPort();
    }
  }

  private Stack() {}
}
