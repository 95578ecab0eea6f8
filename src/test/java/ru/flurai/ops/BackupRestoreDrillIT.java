package ru.flurai.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The restore drill (PRODUCTION.md "Deployment"): scripts/backup_db.sh backs up a real database
 * with marketplace-like tables, scripts/restore_db.sh restores it into a fresh database, and every
 * table must come back with the same rows (counts and an md5 of the ordered rows). Also: a
 * non-empty target is refused without --force, a wrong confirmation changes nothing, retention
 * deletes old dumps only, and an unreachable server fails the backup without leaving files. Runs
 * against its own throw-away PostgreSQL cluster (Debian server binaries; scripts/ensure-tools
 * installs them).
 */
class BackupRestoreDrillIT {
  private static final List<String> TABLES =
      List.of("cities", "districts", "sellers", "products", "orders");
  private static final Duration SCRIPT_TIMEOUT = Duration.ofMinutes(2);

  private static Path root;
  private static Path work;
  private static ThrowawayPostgres pg;

  @BeforeAll
  static void startDatabase() throws IOException {
    root = Path.of(System.getProperty("basedir", System.getProperty("user.dir"))).toAbsolutePath();
    assertTrue(
        Files.isRegularFile(root.resolve("scripts/backup_db.sh")),
        "run from the repository root: " + root);
    work =
        Files.createDirectories(
            root.resolve("target/backup-drill/run-" + System.currentTimeMillis()));
    pg = ThrowawayPostgres.start(work);
    pg.sql("postgres", "CREATE DATABASE flurai");
    pg.sql("flurai", MarketplaceFixture.SQL);
  }

  @AfterAll
  static void stopDatabase() throws IOException {
    if (pg != null) {
      pg.close();
    }
    if (work != null) {
      ThrowawayPostgres.deleteTree(work);
    }
  }

  @Test
  void backupThenRestoreIntoAFreshDatabaseGivesIdenticalTables() throws IOException {
    Path dir = work.resolve("backups-drill");
    Command.Result backup = backup(dir, Map.of()).assertSuccess();

    List<Path> dumps = files(dir);
    assertEquals(
        1, dumps.size(), "exactly one file, no leftovers: " + dumps + "\n" + backup.output());
    Path dump = dumps.get(0);
    assertTrue(
        dump.getFileName().toString().matches("flurai_\\d{8}_\\d{6}\\.dump"), dump.toString());
    assertEquals(dump.toString(), lastLine(backup.output()), "the script prints the dump's path");

    restore(dump.toString(), "flurai_restored", "--yes").assertSuccess();

    Map<String, String> source = fingerprint("flurai");
    assertEquals(source, fingerprint("flurai_restored"));
    assertEquals(
        MarketplaceFixture.EXPECTED_COUNTS, counts(source), "the fixture itself was loaded");
    assertEquals(
        pg.sql("flurai", "SELECT last_value FROM orders_id_seq"),
        pg.sql("flurai_restored", "SELECT last_value FROM orders_id_seq"),
        "sequences restored too");
  }

  @Test
  void aNonEmptyTargetIsRefusedWithoutForceAndReplacedWithForce() throws IOException {
    Path dump = freshDump("backups-force");
    restore(dump.toString(), "flurai_target", "--yes").assertSuccess();
    pg.sql("flurai_target", "INSERT INTO cities (id, name) VALUES (999, 'Маркер')");
    Map<String, String> before = fingerprint("flurai_target");

    Command.Result refused = restore(dump.toString(), "flurai_target", "--yes");
    assertNotEquals(0, refused.exitCode(), refused.describe());
    assertTrue(refused.output().contains("--force"), refused.describe());
    assertEquals(before, fingerprint("flurai_target"), "a refused restore changes nothing");

    restore("--force", dump.toString(), "flurai_target", "--yes").assertSuccess();
    assertEquals(
        fingerprint("flurai"), fingerprint("flurai_target"), "--force replaced the database");
    assertEquals("", pg.sql("flurai_target", "SELECT name FROM cities WHERE id = 999"));
  }

  @Test
  void aWrongConfirmationRestoresNothing() throws IOException {
    Path dump = freshDump("backups-confirm");
    Command.Result wrong =
        Command.of(
                "bash",
                root.resolve("scripts/restore_db.sh").toString(),
                dump.toString(),
                "flurai_unconfirmed")
            .env(connection())
            .stdin("flurai_other\n")
            .timeout(SCRIPT_TIMEOUT)
            .run();
    assertNotEquals(0, wrong.exitCode(), wrong.describe());
    assertEquals(
        "0",
        pg.sql(
            "postgres",
            "SELECT count(*) FROM pg_database WHERE datname LIKE 'flurai_unconfirmed%'"));

    Command.Result typed =
        Command.of(
                "bash",
                root.resolve("scripts/restore_db.sh").toString(),
                dump.toString(),
                "flurai_confirmed")
            .env(connection())
            .stdin("flurai_confirmed\n")
            .timeout(SCRIPT_TIMEOUT)
            .run()
            .assertSuccess();
    assertEquals(fingerprint("flurai"), fingerprint("flurai_confirmed"), typed.output());
  }

  @Test
  void retentionDeletesOnlyDumpsOlderThanTheRetentionPeriod() throws IOException {
    Path dir = Files.createDirectories(work.resolve("backups-retention"));
    Path expired = dir.resolve("flurai_20000101_000000.dump");
    Path recent = dir.resolve("flurai_20000102_000000.dump");
    Path unrelated = dir.resolve("notes.txt");
    for (Path p : List.of(expired, recent, unrelated)) {
      Files.writeString(p, "placeholder");
    }
    touch(expired, "10 days ago");
    touch(unrelated, "10 days ago");
    touch(recent, "3 days ago");

    Command.Result backup = backup(dir, Map.of("BACKUP_RETENTION_DAYS", "7")).assertSuccess();

    assertFalse(
        Files.exists(expired),
        "a 10-day-old dump is deleted with 7 days of retention\n" + backup.output());
    assertTrue(Files.exists(recent), "a 3-day-old dump is kept");
    assertTrue(Files.exists(unrelated), "files that are not flurai_*.dump are never touched");
    assertTrue(Files.exists(Path.of(lastLine(backup.output()))), "the new dump is kept");
  }

  @Test
  void anUnreachableServerFailsTheBackupAndLeavesNoFile() throws IOException {
    Path dir = work.resolve("backups-unreachable");
    Command.Result backup = backup(dir, Map.of("DB_PORT", "1"));
    assertNotEquals(0, backup.exitCode(), backup.describe());
    assertEquals(List.of(), files(dir), "no dump and no partial file");
  }

  // ------------------------------------------------------------------------------------------------------------

  private static Map<String, String> connection() {
    return Map.of(
        "DB_HOST",
        "127.0.0.1",
        "DB_PORT",
        String.valueOf(pg.port()),
        "DB_USER",
        ThrowawayPostgres.SUPERUSER,
        "DB_NAME",
        "flurai",
        "DB_PASSWORD",
        "",
        "PG_BIN",
        pg.bin().toString());
  }

  private static Command.Result backup(Path dir, Map<String, String> extra) {
    Map<String, String> env = new LinkedHashMap<>(connection());
    env.put("BACKUP_DIR", dir.toString());
    env.putAll(extra);
    return Command.of("bash", root.resolve("scripts/backup_db.sh").toString())
        .env(env)
        .timeout(SCRIPT_TIMEOUT)
        .run();
  }

  private static Command.Result restore(String... args) {
    List<String> cmd =
        new ArrayList<>(List.of("bash", root.resolve("scripts/restore_db.sh").toString()));
    cmd.addAll(List.of(args));
    return Command.of(cmd).env(connection()).timeout(SCRIPT_TIMEOUT).run();
  }

  private static Path freshDump(String dirName) throws IOException {
    Path dir = work.resolve(dirName);
    backup(dir, Map.of()).assertSuccess();
    return files(dir).get(0);
  }

  /** table -> "rows:md5 of the rows ordered by id". */
  private static Map<String, String> fingerprint(String db) {
    Map<String, String> result = new LinkedHashMap<>();
    for (String table : TABLES) {
      result.put(
          table,
          pg.sql(
              db,
              "SELECT count(*) || ':' || coalesce(md5(string_agg(t::text, ',' ORDER BY id)), '-') "
                  + "FROM "
                  + table
                  + " t"));
    }
    return result;
  }

  private static Map<String, Integer> counts(Map<String, String> fingerprint) {
    Map<String, Integer> result = new LinkedHashMap<>();
    fingerprint.forEach(
        (table, value) ->
            result.put(table, Integer.parseInt(value.substring(0, value.indexOf(':')))));
    return result;
  }

  private static List<Path> files(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(dir)) {
      return s.sorted().toList();
    }
  }

  private static void touch(Path file, String when) {
    Command.of("touch", "-d", when, file.toString())
        .timeout(Duration.ofSeconds(10))
        .run()
        .assertSuccess();
  }

  private static String lastLine(String output) {
    String[] lines = output.strip().split("\n");
    return lines[lines.length - 1].strip();
  }
}
