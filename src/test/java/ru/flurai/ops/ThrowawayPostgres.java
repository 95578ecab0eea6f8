package ru.flurai.ops;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A private PostgreSQL cluster from the Debian server binaries (/usr/lib/postgresql/N/bin), for
 * tests that need the real command-line tools (pg_dump, pg_restore, psql) against a real server:
 * trust authentication, TCP on 127.0.0.1 on a free port, its unix socket in its own directory. When
 * the build runs as root, the server programs run as the {@code postgres} user (initdb and postgres
 * refuse root).
 */
final class ThrowawayPostgres implements AutoCloseable {
  static final String SUPERUSER = "postgres";
  private static final Duration TIMEOUT = Duration.ofSeconds(90);

  private final Path bin;
  private final Path dir;
  private final Path data;
  private final int port;
  private final boolean asPostgresUser;

  private ThrowawayPostgres(Path bin, Path dir, int port, boolean asPostgresUser) {
    this.bin = bin;
    this.dir = dir;
    this.data = dir.resolve("data");
    this.port = port;
    this.asPostgresUser = asPostgresUser;
  }

  /**
   * The bin directory of the newest installed PostgreSQL server (system property flurai.pg.bin
   * overrides).
   */
  static Path serverBinaries() {
    String override = System.getProperty("flurai.pg.bin");
    if (override != null && !override.isBlank()) {
      return Path.of(override);
    }
    Path base = Path.of("/usr/lib/postgresql");
    List<Path> versions = new ArrayList<>();
    if (Files.isDirectory(base)) {
      try (Stream<Path> s = Files.list(base)) {
        s.filter(v -> v.getFileName().toString().matches("\\d+(\\.\\d+)?"))
            .filter(
                v ->
                    Files.isExecutable(v.resolve("bin/initdb"))
                        && Files.isExecutable(v.resolve("bin/pg_ctl")))
            .forEach(versions::add);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return versions.stream()
        .max(Comparator.comparingDouble(v -> Double.parseDouble(v.getFileName().toString())))
        .map(v -> v.resolve("bin"))
        .orElseGet(
            () ->
                fail(
                    "PostgreSQL server binaries not found (/usr/lib/postgresql/<version>/bin/initdb). "
                        + "Run scripts/ensure-tools, which installs the Debian packages postgresql and postgresql-client."));
  }

  /** initdb + start in a fresh directory under {@code parent}. */
  static ThrowawayPostgres start(Path parent) throws IOException {
    Path bin = serverBinaries();
    for (String tool : List.of("initdb", "pg_ctl", "psql", "pg_dump", "pg_restore")) {
      if (!Files.isExecutable(bin.resolve(tool))) {
        fail(
            bin.resolve(tool)
                + " is missing: run scripts/ensure-tools (Debian packages postgresql, postgresql-client)");
      }
    }
    boolean root = Command.runningAsRoot();
    Path dir = Files.createDirectories(parent).resolve("pg-" + System.nanoTime());
    Files.createDirectory(dir);
    // Unix socket paths are limited to ~107 bytes; the postgres user must be able to reach the
    // directory when we
    // are root (not the case for a checkout under /root). Otherwise fall back to the system temp
    // directory.
    if (dir.toString().length() > 80 || (root && !ownableByPostgres(dir))) {
      deleteTree(dir);
      dir = Files.createTempDirectory("flurai-pg-");
      if (root && !ownableByPostgres(dir)) {
        fail(
            "cannot prepare a directory the postgres user can write to; tried "
                + parent
                + " and "
                + dir);
      }
    }
    ThrowawayPostgres pg = new ThrowawayPostgres(bin, dir, freePort(), root);
    try {
      pg.server(
              "initdb",
              "--auth=trust",
              "--username=" + SUPERUSER,
              "--encoding=UTF8",
              "--locale=C",
              "--pgdata=" + pg.data)
          .assertSuccess();
      pg.server(
              "pg_ctl",
              "--pgdata=" + pg.data,
              "--log=" + dir.resolve("postgres.log"),
              "--wait",
              "--timeout=60",
              "-o",
              "-p " + pg.port + " -k '" + dir + "' -c listen_addresses=127.0.0.1 -c fsync=off",
              "start")
          .assertSuccess();
      return pg;
    } catch (RuntimeException | Error e) {
      Path log = dir.resolve("postgres.log");
      if (Files.isReadable(log)) {
        System.err.println("PostgreSQL server log:\n" + Files.readString(log));
      }
      pg.close();
      throw e;
    }
  }

  Path bin() {
    return bin;
  }

  int port() {
    return port;
  }

  Path directory() {
    return dir;
  }

  /**
   * Runs SQL through psql in database {@code db}; returns the unaligned, tuples-only output,
   * trimmed.
   */
  String sql(String db, String sql) {
    return psql(db, sql).assertSuccess().output().trim();
  }

  Command.Result psql(String db, String sql) {
    return Command.of(
            bin.resolve("psql").toString(),
            "--no-psqlrc",
            "--quiet",
            "--tuples-only",
            "--no-align",
            "--set=ON_ERROR_STOP=1",
            "--host=127.0.0.1",
            "--port=" + port,
            "--username=" + SUPERUSER,
            "--dbname=" + db)
        .stdin(sql)
        .timeout(TIMEOUT)
        .run();
  }

  @Override
  public void close() throws IOException {
    if (Files.exists(data.resolve("postmaster.pid"))) {
      Command.Result fast =
          server("pg_ctl", "--pgdata=" + data, "--mode=fast", "--wait", "--timeout=30", "stop");
      if (fast.exitCode() != 0) {
        server("pg_ctl", "--pgdata=" + data, "--mode=immediate", "--wait", "--timeout=30", "stop");
      }
    }
    deleteTree(dir);
  }

  private Command.Result server(String tool, String... args) {
    List<String> cmd = new ArrayList<>();
    if (asPostgresUser) {
      cmd.addAll(List.of("runuser", "-u", "postgres", "--"));
    }
    cmd.add(bin.resolve(tool).toString());
    cmd.addAll(List.of(args));
    return Command.of(cmd).in(dir).timeout(TIMEOUT).run();
  }

  private static boolean ownableByPostgres(Path dir) throws IOException {
    UserPrincipal postgres;
    try {
      postgres =
          dir.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("postgres");
    } catch (IOException noSuchUser) {
      return fail(
          "running as root, but there is no 'postgres' user to run the server as: run scripts/ensure-tools "
              + "(the Debian postgresql package creates it)");
    }
    Files.setOwner(dir, postgres);
    return Command.of(
                "runuser",
                "-u",
                "postgres",
                "--",
                "test",
                "-w",
                dir.toString(),
                "-a",
                "-x",
                dir.toString())
            .timeout(Duration.ofSeconds(10))
            .run()
            .exitCode()
        == 0;
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
