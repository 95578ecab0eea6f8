package ru.flurai.arch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Source rules the compiler cannot see (ARCHITECTURE.md "Conventions"): a type is named by an
 * import, never by a fully qualified name inline, unless its simple name is already taken in that
 * file (an import from another package, a type of the same package, or a nested type), as with
 * {@code jakarta.ws.rs.Path} beside {@code java.nio.file.Path}.
 */
class SourceStyleTest {
  private static final List<Path> ROOTS =
      List.of(Path.of("src/main/java"), Path.of("src/test/java"), Path.of("src/dev/java"));
  private static final Pattern QUALIFIED =
      Pattern.compile(
          "(?<![\\w.\"])((?:java|javax|jakarta|ru|org|com|io)\\.[a-z][a-z0-9_]*(?:\\.[a-z][a-z0-9_]*)*)\\.([A-Z]\\w*)");
  private static final Pattern IMPORT = Pattern.compile("(?m)^import ([\\w.]+)\\.(\\w+);");
  private static final Pattern DECLARED =
      Pattern.compile("\\b(?:class|record|interface|enum)\\s+(\\w+)");

  @Test
  void typesAreImportedNotQualifiedInline() throws IOException {
    List<String> found = new ArrayList<>();
    for (Path root : ROOTS) {
      if (Files.isDirectory(root)) {
        try (Stream<Path> files = Files.walk(root)) {
          for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
            found.addAll(inlineNames(file));
          }
        }
      }
    }
    assertEquals(List.of(), found, "import these types instead of naming them inline");
  }

  /**
   * A {@code Map.of} with two or more entries iterates in an order that changes with every JVM
   * start; serialised as JSON its keys would come out differently after each restart. Only {@code
   * static final} lookup tables may use it; answers use records, or wrap it in {@code new
   * TreeMap<>(...)}.
   */
  @Test
  void noMultiEntryMapOfOutsideLookupTables() throws IOException {
    List<String> found = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        String source = Files.readString(file);
        for (int at = source.indexOf("Map.of("); at >= 0; at = source.indexOf("Map.of(", at + 1)) {
          int start = Math.max(source.lastIndexOf(';', at), source.lastIndexOf('}', at));
          String statement = source.substring(start + 1, at);
          boolean sorted = statement.strip().endsWith("new TreeMap<>(");
          if (entries(source, at + "Map.of(".length()) >= 2
              && !statement.contains("static final")
              && !sorted) {
            found.add(file + ":" + (source.substring(0, at).split("\n", -1).length));
          }
        }
      }
    }
    assertEquals(List.of(), found, "use a record or a sorted map: Map.of's order is random");
  }

  /**
   * A JPQL constructor expression names its class in a string ({@code "select new
   * ru.flurai.….View(…)"}): the compiler cannot see it, so a moved class would only fail at
   * deployment or at the first query. Every such name must load.
   */
  @Test
  void jpqlConstructorExpressionsNameExistingClasses() throws IOException {
    Pattern constructor = Pattern.compile("new (ru\\.flurai\\.[\\w.$]+)\\(");
    List<String> missing = new ArrayList<>();
    int seen = 0;
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        Matcher m = constructor.matcher(Files.readString(file));
        while (m.find()) {
          seen++;
          try {
            Class.forName(m.group(1), false, getClass().getClassLoader());
          } catch (ClassNotFoundException e) {
            missing.add(file + ": " + m.group(1));
          }
        }
      }
    }
    assertTrue(seen > 0, "no JPQL constructor expression found: the pattern is wrong");
    assertEquals(List.of(), missing);
  }

  /** How many key-value pairs the Map.of call whose arguments start at {@code from} has. */
  private static int entries(String source, int from) {
    int depth = 0;
    int commas = 0;
    boolean inString = false;
    for (int i = from; i < source.length(); i++) {
      char c = source.charAt(i);
      if (c == '"' && source.charAt(i - 1) != '\\') {
        inString = !inString;
      } else if (!inString && (c == '(' || c == '[' || c == '{')) {
        depth++;
      } else if (!inString && (c == ')' || c == ']' || c == '}')) {
        if (depth == 0) {
          return i == from ? 0 : (commas + 1) / 2;
        }
        depth--;
      } else if (!inString && c == ',' && depth == 0) {
        commas++;
      }
    }
    return 0;
  }

  private static List<String> inlineNames(Path file) throws IOException {
    String source = Files.readString(file);
    Map<String, String> imported = new HashMap<>();
    Matcher im = IMPORT.matcher(source);
    while (im.find()) {
      imported.put(im.group(2), im.group(1));
    }
    Set<String> taken = samePackageTypes(file);
    DECLARED.matcher(source).results().forEach(m -> taken.add(m.group(1)));
    List<String> found = new ArrayList<>();
    String[] lines = source.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      String trimmed = line.strip();
      if (trimmed.startsWith("import ")
          || trimmed.startsWith("package ")
          || trimmed.startsWith("*")
          || trimmed.startsWith("//")
          || trimmed.startsWith("/*")) {
        continue;
      }
      Matcher m = QUALIFIED.matcher(line);
      while (m.find()) {
        boolean inString =
            line.substring(0, m.start()).chars().filter(c -> c == '"').count() % 2 == 1;
        String pkg = m.group(1);
        String simple = m.group(2);
        boolean clash =
            (imported.containsKey(simple) && !imported.get(simple).equals(pkg))
                || (taken.contains(simple) && !file.getParent().endsWith(pkg.replace('.', '/')));
        if (!inString && !clash) {
          found.add(file + ":" + (i + 1) + " " + pkg + "." + simple);
        }
      }
    }
    return found;
  }

  private static Set<String> samePackageTypes(Path file) throws IOException {
    try (Stream<Path> siblings = Files.list(file.getParent())) {
      return siblings
          .map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".java"))
          .map(n -> n.substring(0, n.length() - 5))
          .collect(Collectors.toCollection(HashSet::new));
    }
  }
}
