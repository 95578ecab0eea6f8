package ru.flurai.ops;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * An external program run by the ops tests: always with a deadline, output (stdout + stderr)
 * captured for assertion messages, and no inherited standard input, so that a prompt can never hang
 * a build.
 */
final class Command {
  /** Variables that would silently redirect libpq tools away from the database a test started. */
  private static final List<String> LIBPQ_VARIABLES =
      List.of(
          "PGHOST",
          "PGPORT",
          "PGUSER",
          "PGPASSWORD",
          "PGDATABASE",
          "PGSERVICE",
          "PGSERVICEFILE",
          "PGPASSFILE");

  record Result(List<String> command, int exitCode, String output) {
    Result assertSuccess() {
      if (exitCode != 0) {
        fail(describe());
      }
      return this;
    }

    String describe() {
      return String.join(" ", command) + " exited " + exitCode + ":\n" + output;
    }
  }

  private final List<String> command;
  private final Map<String, String> env = new HashMap<>();
  private final List<String> unset = new ArrayList<>(LIBPQ_VARIABLES);
  private String stdin;
  private Path directory;
  private Duration timeout = Duration.ofMinutes(2);

  private Command(List<String> command) {
    this.command = List.copyOf(command);
  }

  static Command of(String... command) {
    return new Command(List.of(command));
  }

  static Command of(List<String> command) {
    return new Command(command);
  }

  Command env(String name, String value) {
    env.put(name, value);
    return this;
  }

  Command env(Map<String, String> values) {
    env.putAll(values);
    return this;
  }

  Command unset(String name) {
    unset.add(name);
    return this;
  }

  Command stdin(String text) {
    this.stdin = text;
    return this;
  }

  Command in(Path dir) {
    this.directory = dir;
    return this;
  }

  Command timeout(Duration limit) {
    this.timeout = limit;
    return this;
  }

  Result run() {
    Path log = null;
    try {
      log = Files.createTempFile("flurai-ops-", ".log");
      ProcessBuilder pb =
          new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
      unset.forEach(pb.environment()::remove);
      pb.environment().putAll(env);
      if (directory != null) {
        pb.directory(directory.toFile());
      }
      if (stdin == null) {
        pb.redirectInput(new File("/dev/null"));
      }
      Process p = pb.start();
      if (stdin != null) {
        try (OutputStream in = p.getOutputStream()) {
          in.write(stdin.getBytes(StandardCharsets.UTF_8));
        } catch (IOException closedEarly) {
          // The program exited without reading its input; its exit code tells the story.
        }
      }
      if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        p.descendants().forEach(ProcessHandle::destroyForcibly);
        p.destroyForcibly();
        fail(
            String.join(" ", command)
                + " did not finish within "
                + timeout
                + ":\n"
                + Files.readString(log));
      }
      return new Result(command, p.exitValue(), Files.readString(log));
    } catch (IOException e) {
      return fail("cannot run " + String.join(" ", command) + ": " + e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return fail("interrupted while running " + String.join(" ", command));
    } finally {
      if (log != null) {
        log.toFile().delete();
      }
    }
  }

  /**
   * The first executable called {@code name} on PATH, then in the extra directories (e.g.
   * /usr/sbin).
   */
  static Optional<Path> find(String name, String... extraDirs) {
    List<String> dirs = new ArrayList<>();
    String path = System.getenv("PATH");
    if (path != null) {
      dirs.addAll(List.of(path.split(File.pathSeparator)));
    }
    dirs.addAll(List.of(extraDirs));
    return dirs.stream()
        .filter(d -> !d.isBlank())
        .map(d -> Path.of(d, name))
        .filter(Files::isRegularFile)
        .filter(Files::isExecutable)
        .findFirst();
  }

  /** PostgreSQL's server programs refuse to run as root; CI runs as root. */
  static boolean runningAsRoot() {
    try {
      Path probe = Files.createTempFile("flurai-uid-", ".probe");
      try {
        return Integer.valueOf(0).equals(Files.getAttribute(probe, "unix:uid"));
      } finally {
        Files.delete(probe);
      }
    } catch (IOException | UnsupportedOperationException e) {
      return "root".equals(System.getProperty("user.name"));
    }
  }
}
