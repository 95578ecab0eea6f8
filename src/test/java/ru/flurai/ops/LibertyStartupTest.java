package ru.flurai.ops;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * server.xml keeps the HTTP port closed while the application starts: Liberty opens it once the
 * applications have started or {@code startTimeout} has passed, and with the default 30 s a
 * restarted instance that took 60-120 s to start answered every request behind nginx with its 404
 * page (scripts/fault-drill, fault 5; RELIABILITY.md).
 */
class LibertyStartupTest {
  static final Duration SLOWEST_START_SEEN = Duration.ofSeconds(120);

  @Test
  void thePortStaysClosedLongerThanTheSlowestStartSeen() throws IOException {
    String xml = Files.readString(Path.of("liberty/config/server.xml"));
    Matcher m =
        Pattern.compile("<applicationManager\\b[^>]*\\bstartTimeout=\"(\\d+)s\"").matcher(xml);
    assertTrue(m.find(), "server.xml's applicationManager sets startTimeout in seconds");
    assertTrue(
        Duration.ofSeconds(Long.parseLong(m.group(1))).compareTo(SLOWEST_START_SEEN.multipliedBy(2))
            >= 0,
        "startTimeout " + m.group(1) + " s is at least twice the slowest start seen");
  }
}
