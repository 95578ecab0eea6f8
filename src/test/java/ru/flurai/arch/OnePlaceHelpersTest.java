package ru.flurai.arch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * SHA-256 is computed in {@code platform.text.Sha256} and timestamp column values are converted in
 * {@code platform.db.Timestamps} only (ARCHITECTURE.md "Hand-written code and the libraries"). The
 * allowed list below holds the two utilities.
 */
class OnePlaceHelpersTest {
  private static final Map<String, Pattern> RULES =
      Map.of(
          "SHA-256",
          Pattern.compile("MessageDigest\\.getInstance\\(\"SHA-256\"\\)"),
          "timestamp converter",
          Pattern.compile(
              "instanceof Timestamp\\b|instanceof OffsetDateTime\\b|toInstant\\(\\)\\.atOffset"));
  private static final List<String> ALLOWED =
      List.of(
          "SHA-256 src/main/java/ru/flurai/platform/text/Sha256.java",
          "timestamp converter src/main/java/ru/flurai/platform/db/Timestamps.java");

  @Test
  void eachHelperLivesInOnePlace() throws IOException {
    TreeSet<String> found = new TreeSet<>();
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        String source = Files.readString(file);
        RULES.forEach(
            (name, pattern) -> {
              if (pattern.matcher(source).find()) {
                found.add(name + " " + file.toString().replace('\\', '/'));
              }
            });
      }
    }
    assertEquals(new TreeSet<>(ALLOWED), found);
  }
}
