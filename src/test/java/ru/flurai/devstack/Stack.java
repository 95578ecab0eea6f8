package ru.flurai.devstack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Starts the services Liberty needs, inside the Maven JVM, and writes their addresses as Liberty variables.
 *
 * <ul>
 *   <li>{@code run <include> <properties> <dataDir>}: for {@code scripts/run}. Embedded PostgreSQL with its data kept
 *       in {@code dataDir}, unless {@code DB_HOST} is set; no Redis (the service uses its in-process cache unless
 *       {@code REDIS_HOST} is set).
 *   <li>{@code test <include> <properties>}: for {@code mvn verify}. A throw-away PostgreSQL, a real Redis and a
 *       control endpoint that lets integration tests stop and start Redis.
 * </ul>
 *
 * Everything stops when the Maven JVM exits (shutdown hook).
 */
public final class Stack {
  private static final Logger LOG = Logger.getLogger(Stack.class.getName());

  /**
   * Runs inside exec:java, whose class loader is closed once main returns; so the services live in a child JVM
   * with a normal class path. The child stops (and stops what it started) when this JVM exits or dies: it watches
   * its standard input.
   */
  public static void main(String[] args) throws Exception {
    if (args[0].endsWith("-child")) {
      args[0] = args[0].substring(0, args[0].length() - "-child".length());
      start(args);
      System.out.println(READY);
      System.out.flush();
      while (System.in.read() >= 0) {
        // parent alive
      }
      System.exit(0);
    }
    if ("run".equals(args[0]) && System.getenv("DB_HOST") != null && !System.getenv("DB_HOST").isBlank()) {
      Files.deleteIfExists(Path.of(args[1]));
      LOG.info("DB_HOST is set: using " + System.getenv("DB_HOST") + ", no embedded PostgreSQL");
      return;
    }
    fork(args);
  }

  private static final String READY = "FLURAI STACK READY";

  private static void fork(String[] args) throws IOException, InterruptedException {
    String classpath = java.util.Arrays.stream(((java.net.URLClassLoader) Stack.class.getClassLoader()).getURLs())
        .map(u -> Path.of(java.net.URI.create(u.toString())).toString())
        .collect(java.util.stream.Collectors.joining(java.io.File.pathSeparator));
    java.util.List<String> cmd = new java.util.ArrayList<>(java.util.List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", classpath,
        Stack.class.getName(), args[0] + "-child"));
    cmd.addAll(java.util.List.of(args).subList(1, args.length));
    Process child = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      child.destroy();
      try {
        child.waitFor(20, java.util.concurrent.TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }));
    var out = new java.io.BufferedReader(new java.io.InputStreamReader(child.getInputStream()));
    String line;
    while ((line = out.readLine()) != null) {
      if (line.contains(READY)) {
        Thread drain = new Thread(() -> out.lines().forEach(l -> { }), "stack-output");
        drain.setDaemon(true);
        drain.start();
        return;
      }
    }
    throw new IllegalStateException("the stack process exited before it was ready: " + child.waitFor());
  }

  private static void start(String[] args) throws Exception {
    String mode = args[0];
    Path include = Path.of(args[1]);
    Path properties = Path.of(args[2]);
    Files.createDirectories(properties.getParent());
    Files.createDirectories(include.getParent());
    Map<String, String> vars = new LinkedHashMap<>();
    Properties props = new Properties();
    List<String> features = new ArrayList<>();
    if ("test".equals(mode)) {
      startForTests(properties.getParent(), vars, props);
      // The test server only: Arquillian deploys the in-container tests through the local JMX connector. server.xml
      // includes this file with onConflict="replace", so its featureManager must list server.xml's features too.
      features.addAll(features(Path.of(args[3])));
      features.add("localConnector-1.0");
    } else {
      startForRun(Path.of(args[3]), vars);
    }
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

  private static void startForTests(Path dir, Map<String, String> vars, Properties props) throws Exception {
    EmbeddedPostgres pg = startPostgres(dir.resolve("postgres"), true);
    putDatabase(vars, pg);
    RedisProcess redis = new RedisProcess(freePort());
    redis.start();
    Control control = new Control(redis);
    control.start();
    FakeTelegram telegram = FakeTelegram.start(freePort(), TestSecrets.BOT_TOKEN);
    vars.put("TELEGRAM_API_URL", telegram.baseUrl());
    props.setProperty("telegram.port", Integer.toString(telegram.port()));
    int http = freePort();
    vars.put("HTTP_PORT", Integer.toString(http));
    int https = freePort();
    vars.put("HTTPS_PORT", Integer.toString(https));
    vars.put("HTTP_HOST", "127.0.0.1");
    vars.put("ALLOWED_ORIGINS", "https://app.flurai.test,https://admin.flurai.test");
    for (var e : TestSecrets.SETTINGS.entrySet()) {
      vars.put(e.getKey(), e.getValue());
    }
    vars.put("REDIS_HOST", "127.0.0.1");
    vars.put("REDIS_PORT", Integer.toString(redis.port()));
    props.setProperty("http.port", Integer.toString(http));
    props.setProperty("https.port", Integer.toString(https));
    props.setProperty("pg.port", Integer.toString(pg.getPort()));
    props.setProperty("redis.port", Integer.toString(redis.port()));
    props.setProperty("control.port", Integer.toString(control.port()));
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      control.stop();
      telegram.stop();
      redis.stop();
    }));
  }

  private static void putDatabase(Map<String, String> vars, EmbeddedPostgres pg) {
    vars.put("DB_HOST", "127.0.0.1");
    vars.put("DB_PORT", Integer.toString(pg.getPort()));
    vars.put("DB_NAME", "flurai");
    vars.put("DB_USER", "postgres");
    vars.put("DB_PASSWORD", "postgres");
    vars.put("DB_POOL_MIN", "2");
    vars.put("DB_POOL_MAX", "40");
  }

  static EmbeddedPostgres startPostgres(Path dataDir, boolean throwAway) throws IOException, SQLException {
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
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      try {
        pg.close();
      } catch (IOException e) {
        LOG.warning("stopping PostgreSQL: " + e.getMessage());
      }
    }));
    createDatabase(pg.getPostgresDatabase(), "flurai");
    return pg;
  }

  /** A database whose lower()/ILIKE understand Cyrillic whatever the machine's locale (PostgreSQL 17+ builtin). */
  static void createDatabase(DataSource postgres, String name) throws SQLException {
    try (Connection c = postgres.getConnection(); Statement s = c.createStatement()) {
      try (ResultSet rs = s.executeQuery("select 1 from pg_database where datname = '" + name + "'")) {
        if (rs.next()) {
          return;
        }
      }
      s.execute("create database " + name + " template template0 encoding 'UTF8'"
          + " locale_provider builtin builtin_locale 'C.UTF-8'");
    }
  }

  /** The features of a server.xml's featureManager. */
  static List<String> features(Path serverXml) throws Exception {
    var factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    var nodes = factory.newDocumentBuilder().parse(serverXml.toFile()).getElementsByTagName("feature");
    List<String> features = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      features.add(nodes.item(i).getTextContent().strip());
    }
    if (features.isEmpty()) {
      throw new IllegalStateException("no features in " + serverXml);
    }
    return features;
  }

  private static void writeInclude(Path include, Map<String, String> vars, List<String> features) throws IOException {
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
    vars.forEach((k, v) -> xml.append("  <variable name=\"").append(k).append("\" value=\"").append(v)
        .append("\"/>\n"));
    xml.append("</server>\n");
    Files.writeString(include, xml);
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

  static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      s.setReuseAddress(true);
      return s.getLocalPort();
    }
  }

  private Stack() {}
}
