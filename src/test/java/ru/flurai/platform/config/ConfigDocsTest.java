package ru.flurai.platform.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The list of keys cannot drift: a source scan of src/main/java and liberty/config/server.xml finds
 * every key read, and each must be a {@link ConfigKey} (so startup validates it), a row of README's
 * "Configuration" table and a line of .env.example. Only platform/config touches MicroProfile
 * Config or the environment.
 */
class ConfigDocsTest {
  private static final Path MAIN = Path.of("src/main/java");
  private static final Path CONFIG_PACKAGE = MAIN.resolve("ru/flurai/platform/config");
  private static final String KEY = "([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*)";

  /**
   * Reads by a literal name: settings.get("X"), isSet("X"), getOptionalValue("X"),
   * getenv("X"), @ConfigProperty.
   */
  private static final Pattern LITERAL_READ =
      Pattern.compile(
          "(?:\\.get|isSet|getOptionalValue|getValue|getenv|getProperty|seconds)\\(\\s*\""
              + KEY
              + "\""
              + "|@ConfigProperty\\([^)]*name\\s*=\\s*\""
              + KEY
              + "\"");

  private static final Pattern ENUM_CONSTANT = Pattern.compile("(?m)^  " + KEY + "\\(");
  private static final Pattern SERVER_VARIABLE =
      Pattern.compile("<variable\\s+name=\"" + KEY + "\"");
  private static final Pattern DIRECT_ACCESS =
      Pattern.compile(
          "ConfigProvider|@ConfigProperty|System\\.getenv|System\\.getProperty|getOptionalValue|\\.settings\\(\\)");

  /** Keys the tests and scripts/run set for Liberty itself, not an operator's business. */
  private static final Set<String> NOT_IN_ENV_EXAMPLE = Set.of("STACK_INCLUDE");

  @Test
  void everyKeyReadIsACheckedKey() throws IOException {
    Set<String> unchecked = new TreeSet<>(keysRead());
    unchecked.removeAll(names());
    assertEquals(Set.of(), unchecked, "read but not in ConfigKey (so never validated at startup)");
  }

  @Test
  void everyKeyReadIsInReadmesTable() throws IOException {
    Set<String> documented = readmeKeys();
    Set<String> missing = new TreeSet<>(keysRead());
    missing.addAll(names());
    missing.removeAll(documented);
    assertEquals(Set.of(), missing, "README.md \"Configuration\" must list every key");
    Set<String> stale = new TreeSet<>(documented);
    stale.removeAll(names());
    assertEquals(Set.of(), stale, "README.md documents keys the service does not read");
  }

  @Test
  void everyKeyIsInTheEnvExample() throws IOException {
    Set<String> listed =
        Files.readString(Path.of(".env.example"))
            .lines()
            .map(l -> l.replaceFirst("^#\\s*", "").strip())
            .filter(l -> l.matches(KEY + "=.*"))
            .map(l -> l.substring(0, l.indexOf('=')))
            .collect(Collectors.toSet());
    Set<String> missing = new TreeSet<>(names());
    missing.removeAll(NOT_IN_ENV_EXAMPLE);
    missing.removeAll(listed);
    assertEquals(Set.of(), missing, ".env.example must list every key");
  }

  @Test
  void theProductionChecksUseCheckedKeys() {
    List<String> all = new ArrayList<>(ConfigProblems.REQUIRED);
    all.addAll(ConfigProblems.SECRETS);
    all.addAll(ConfigProblems.PASSWORDS);
    all.removeAll(names());
    assertEquals(List.of(), all);
  }

  @Test
  void onlyPlatformConfigReadsConfiguration() throws IOException {
    List<String> offenders = new ArrayList<>();
    for (Path file : javaFiles()) {
      if (file.startsWith(CONFIG_PACKAGE)) {
        continue;
      }
      Matcher m = DIRECT_ACCESS.matcher(Files.readString(file));
      while (m.find()) {
        offenders.add(file + ": " + m.group());
      }
    }
    assertEquals(List.of(), offenders, "read configuration through FluraiConfig's typed accessors");
  }

  @Test
  void theScanSeesWhatItShould() throws IOException {
    // guards the regular expressions: a scan that matched nothing would pass every test above
    Set<String> read = keysRead();
    for (String key :
        List.of(
            "REFRESH_TTL",
            "PANEL_URL",
            "MASTER_ADMIN_ID",
            "HTTP_PORT",
            "DB_POOL_MAX",
            "STACK_INCLUDE",
            "LOG_LEVEL",
            "TELEGRAM_WEBHOOK_URL")) {
      assertTrue(read.contains(key), key + " not found by the scan: " + read);
    }
    assertTrue(
        readmeKeys().containsAll(List.of("ENVIRONMENT", "ACCESS_TTL_BUYER", "HTTPS_PORT")),
        "README scan");
    assertTrue(LITERAL_READ.matcher("config.getOptionalValue(\"NEW_KEY\", String.class)").find());
    assertTrue(LITERAL_READ.matcher("@ConfigProperty(name = \"NEW_KEY\") String v;").find());
    assertTrue(LITERAL_READ.matcher("settings.get(\"NEW_KEY\", \"1\")").find());
  }

  /** Every key the code and server.xml read, found in the sources. */
  private static Set<String> keysRead() throws IOException {
    Set<String> keys = new TreeSet<>();
    for (Path file : javaFiles()) {
      String source = Files.readString(file);
      Matcher m = LITERAL_READ.matcher(source);
      while (m.find()) {
        keys.add(m.group(1) != null ? m.group(1) : m.group(2));
      }
    }
    Matcher constants =
        ENUM_CONSTANT.matcher(Files.readString(CONFIG_PACKAGE.resolve("ConfigKey.java")));
    while (constants.find()) {
      keys.add(constants.group(1));
    }
    Matcher variables =
        SERVER_VARIABLE.matcher(Files.readString(Path.of("liberty/config/server.xml")));
    while (variables.find()) {
      keys.add(variables.group(1));
    }
    return keys;
  }

  /** The backticked names in the rows of README's "## Configuration" table. */
  private static Set<String> readmeKeys() throws IOException {
    String readme = Files.readString(Path.of("README.md"));
    int start = readme.indexOf("\n## Configuration\n");
    assertTrue(start >= 0, "README.md has no Configuration section");
    int end = readme.indexOf("\n## ", start + 1);
    String section = readme.substring(start, end < 0 ? readme.length() : end);
    Set<String> keys = new TreeSet<>();
    section
        .lines()
        .filter(l -> l.startsWith("| `"))
        .forEach(
            row -> {
              String firstCell = row.substring(1, row.indexOf('|', 1));
              Matcher m = Pattern.compile("`" + KEY + "`").matcher(firstCell);
              while (m.find()) {
                keys.add(m.group(1));
              }
            });
    return keys;
  }

  private static Set<String> names() {
    return Arrays.stream(ConfigKey.values())
        .map(Enum::name)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static List<Path> javaFiles() throws IOException {
    try (Stream<Path> files = Files.walk(MAIN)) {
      return files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
    }
  }
}
