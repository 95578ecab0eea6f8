package ru.flurai.it;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A hot standby of the stack's PostgreSQL that streams from it, for tests that need a real lagging
 * replica.
 *
 * <p>The embedded PostgreSQL bundle has no pg_basebackup, so this takes the base backup by hand, as
 * the PostgreSQL manual describes ("Making a Base Backup Using the Low Level API"): a physical
 * replication slot keeps the WAL from before the backup; {@code pg_backup_start} on one connection;
 * the primary's data directory is copied (without the directories pg_basebackup leaves out); {@code
 * pg_backup_stop} gives the {@code backup_label}; then {@code standby.signal} and {@code
 * primary_conninfo} make the copy a standby, started with the primary's own binaries and options
 * (read from its {@code postmaster.opts}) on a free port. Like the embedded server, it runs under
 * {@code unshare -U} when the build runs as root (PostgreSQL refuses root). Everything lives in
 * {@code dir}.
 */
public final class StreamingReplica implements AutoCloseable {
  public static final String SLOT = "flurai_replica_it";
  private static final Set<String> EMPTIED =
      Set.of(
          "pg_wal",
          "pg_replslot",
          "pg_dynshmem",
          "pg_notify",
          "pg_serial",
          "pg_snapshots",
          "pg_stat_tmp",
          "pg_subtrans");
  private static final Set<String> LEFT_OUT =
      Set.of(
          "postmaster.pid",
          "postmaster.opts",
          "backup_label",
          "tablespace_map",
          "standby.signal",
          "recovery.signal",
          "current_logfiles");

  public final int port;
  private final Path data;
  private final Path log;
  private Process process;

  private StreamingReplica(Path dir, int port) {
    this.data = dir.resolve("data");
    this.log = dir.resolve("standby.log");
    this.port = port;
  }

  /**
   * Clones the stack's primary into {@code dir} and starts the standby; returns once it streams.
   */
  public static StreamingReplica start(Path dir) throws Exception {
    ExtraServer.deleteTree(dir);
    Files.createDirectories(dir);
    StreamingReplica replica = new StreamingReplica(dir, ExtraServer.freePort());
    Runtime.getRuntime().addShutdownHook(new Thread(replica::kill));
    List<String> options;
    try (Connection primary = Stack.db();
        Statement s = primary.createStatement()) {
      String walLevel = one(s, "show wal_level");
      if (!walLevel.equals("replica") && !walLevel.equals("logical")) {
        throw new IllegalStateException(
            "the primary runs with wal_level=" + walLevel + "; streaming needs replica");
      }
      if (Integer.parseInt(
              one(
                  s,
                  "select count(*) from pg_hba_file_rules where type = 'host'"
                      + " and 'replication' = any(database) and address = '127.0.0.1'"))
          == 0) {
        throw new IllegalStateException(
            "the primary's pg_hba.conf has no replication line for 127.0.0.1");
      }
      Path source = Path.of(one(s, "show data_directory"));
      options = options(source, replica.data, replica.port);
      s.execute(
          "select pg_drop_replication_slot(slot_name) from pg_replication_slots where slot_name = '"
              + SLOT
              + "'");
      s.execute("select pg_create_physical_replication_slot('" + SLOT + "', true)");
      s.execute("select pg_backup_start('" + SLOT + "', true)");
      copy(source, replica.data);
      try (ResultSet rs =
          s.executeQuery("select labelfile, spcmapfile from pg_backup_stop(false)")) {
        rs.next();
        Files.writeString(replica.data.resolve("backup_label"), rs.getString(1));
        if (rs.getString(2) != null && !rs.getString(2).isEmpty()) {
          Files.writeString(replica.data.resolve("tablespace_map"), rs.getString(2));
        }
      }
      String primaryPort = one(s, "show port");
      Files.writeString(
          replica.data.resolve("postgresql.auto.conf"),
          "\nprimary_conninfo = 'host=127.0.0.1 port="
              + primaryPort
              + " user=postgres application_name="
              + SLOT
              + "'\nprimary_slot_name = '"
              + SLOT
              + "'\nhot_standby = on\n",
          StandardOpenOption.APPEND);
    }
    Files.writeString(replica.data.resolve("standby.signal"), "");
    Files.setPosixFilePermissions(replica.data, PosixFilePermissions.fromString("rwx------"));
    replica.process =
        new ProcessBuilder(options)
            .redirectErrorStream(true)
            .redirectOutput(replica.log.toFile())
            .start();
    replica.awaitStreaming();
    return replica;
  }

  /**
   * The primary's command line with this data directory and port, no Unix socket, run as non-root
   * if need be.
   */
  private static List<String> options(Path primaryData, Path data, int port) throws IOException {
    String opts = Files.readString(primaryData.resolve("postmaster.opts")).strip();
    List<String> cmd = new ArrayList<>();
    if ("root".equals(System.getProperty("user.name"))) {
      cmd.addAll(List.of("unshare", "-U"));
    }
    int firstQuote = opts.indexOf(" \"");
    cmd.add(opts.substring(0, firstQuote < 0 ? opts.length() : firstQuote).replace("\"", ""));
    Matcher m =
        Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"")
            .matcher(firstQuote < 0 ? "" : opts.substring(firstQuote));
    List<String> args = new ArrayList<>();
    while (m.find()) {
      args.add(m.group(1));
    }
    for (int i = 0; i < args.size(); i++) {
      if ((args.get(i).equals("-D") || args.get(i).equals("-p")) && i + 1 < args.size()) {
        i++;
        continue;
      }
      cmd.add(args.get(i));
    }
    cmd.addAll(
        List.of(
            "-D",
            data.toString(),
            "-p",
            Integer.toString(port),
            "-c",
            "listen_addresses=127.0.0.1",
            "-c",
            "unix_socket_directories="));
    return cmd;
  }

  /**
   * The data directory as pg_basebackup would copy it: runtime-only directories empty, lock files
   * left out.
   */
  private static void copy(Path source, Path target) throws IOException {
    Files.walkFileTree(
        source,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs)
              throws IOException {
            Path to = target.resolve(source.relativize(dir).toString());
            Files.createDirectories(to);
            if (!dir.equals(source) && EMPTIED.contains(source.relativize(dir).toString())) {
              if (dir.getFileName().toString().equals("pg_wal")) {
                Files.createDirectories(to.resolve("archive_status"));
                Files.createDirectories(to.resolve("summaries"));
              }
              return FileVisitResult.SKIP_SUBTREE;
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
              throws IOException {
            String name = file.getFileName().toString();
            if (file.getParent().equals(source) && LEFT_OUT.contains(name)
                || name.startsWith("pgsql_tmp")) {
              return FileVisitResult.CONTINUE;
            }
            try {
              Files.copy(
                  file,
                  target.resolve(source.relativize(file).toString()),
                  StandardCopyOption.COPY_ATTRIBUTES);
            } catch (NoSuchFileException gone) {
              // removed while copying (a temporary file): the WAL replay from the backup's start
              // recreates what matters
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
            if (e instanceof NoSuchFileException) {
              return FileVisitResult.CONTINUE;
            }
            throw e;
          }
        });
  }

  private void awaitStreaming() {
    Stack.eventually(
        90_000,
        () -> {
          if (!process.isAlive()) {
            throw new IllegalStateException("the standby exited:\n" + logTail());
          }
          try (Connection primary = Stack.db();
              Statement s = primary.createStatement();
              Connection standby = connect();
              Statement r = standby.createStatement()) {
            if (!"t".equals(one(r, "select pg_is_in_recovery()"))) {
              throw new AssertionError("not in recovery");
            }
            if (!"streaming"
                .equals(
                    one(
                        s,
                        "select coalesce(max(state), 'none') from pg_stat_replication"
                            + " where application_name = '"
                            + SLOT
                            + "'"))) {
              throw new AssertionError("not streaming yet");
            }
          } catch (SQLException e) {
            throw new AssertionError("standby not ready: " + e.getMessage(), e);
          }
        });
  }

  public Connection connect() throws SQLException {
    return DriverManager.getConnection(
        "jdbc:postgresql://127.0.0.1:" + port + "/flurai", "postgres", "postgres");
  }

  /** Waits until the standby has replayed everything the primary has written so far. */
  public void catchUp() throws SQLException {
    String lsn;
    try (Connection primary = Stack.db();
        Statement s = primary.createStatement()) {
      lsn = one(s, "select pg_current_wal_lsn()");
    }
    Stack.eventually(
        30_000,
        () -> {
          if (!"t".equals(query("select pg_last_wal_replay_lsn() >= ?::pg_lsn", lsn))) {
            throw new AssertionError("the standby has not replayed " + lsn);
          }
        });
  }

  public void pauseReplay() {
    query("select pg_wal_replay_pause()");
    Stack.eventually(
        10_000,
        () -> {
          if (!"paused".equals(query("select pg_get_wal_replay_pause_state()"))) {
            throw new AssertionError("replay not paused yet");
          }
        });
  }

  public void resumeReplay() {
    query("select pg_wal_replay_resume()");
  }

  /** The first column of the first row, as text, or null. */
  public String query(String sql, Object... args) {
    try (Connection c = connect();
        PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        s.setObject(i + 1, args[i]);
      }
      try (ResultSet rs = s.executeQuery()) {
        return rs.next() ? rs.getString(1) : null;
      }
    } catch (SQLException e) {
      throw new IllegalStateException(sql + ": " + e.getMessage(), e);
    }
  }

  private static String one(Statement s, String sql) throws SQLException {
    try (ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getString(1);
    }
  }

  public String logTail() {
    try {
      String text = Files.exists(log) ? Files.readString(log) : "";
      return text.length() > 4000 ? text.substring(text.length() - 4000) : text;
    } catch (IOException e) {
      return e.toString();
    }
  }

  private void kill() {
    if (process != null && process.isAlive()) {
      process.destroyForcibly();
    }
  }

  /**
   * Fast shutdown (SIGINT), then the slot is dropped so the primary keeps no WAL for it; the copy
   * is deleted.
   */
  @Override
  public void close() throws Exception {
    if (process != null && process.isAlive()) {
      new ProcessBuilder("kill", "-INT", Long.toString(process.pid()))
          .start()
          .waitFor(10, TimeUnit.SECONDS);
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    }
    Stack.eventually(
        15_000,
        () -> {
          try (Connection primary = Stack.db();
              Statement s = primary.createStatement()) {
            s.execute(
                "select pg_drop_replication_slot(slot_name) from pg_replication_slots where slot_name = '"
                    + SLOT
                    + "'");
          } catch (SQLException e) {
            throw new IllegalStateException("dropping the slot: " + e.getMessage(), e);
          }
        });
    ExtraServer.deleteTree(data);
  }
}
