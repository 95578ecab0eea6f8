package ru.flurai.it.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import ru.flurai.it.ExtraServer;
import ru.flurai.it.ServerTest;

/**
 * Starts a second Liberty server in development mode with {@code REFRESH_TTL=abc}: it must exit
 * non-zero on its own with the one refusal line naming the key and its rule, not the value (before:
 * it started, and every refresh answered 500).
 */
public class MalformedConfigIT extends ServerTest {
  private static final String VALUE = "abc-not-seconds";

  @Test
  public void developmentRefusesToStartWithAMalformedRefreshTtl() throws Exception {
    try (ExtraServer server = ExtraServer.create("malformed", ExtraServer.testServerVariables())) {
      Process p =
          server
              .start(
                  env -> {
                    env.put("ENVIRONMENT", "development");
                    env.put("REFRESH_TTL", VALUE);
                  })
              .process();
      boolean exited = p.waitFor(300, TimeUnit.SECONDS);
      String out = server.output();
      assertTrue(exited, "server kept running with REFRESH_TTL=" + VALUE + ":\n" + tail(out));
      assertTrue(p.exitValue() != 0, "exit code was 0");
      String line =
          out.lines()
              .filter(l -> l.contains("FLURAI CONFIGURATION REFUSED"))
              .findFirst()
              .orElseThrow(() -> new AssertionError("no refusal line in:\n" + tail(out)));
      assertTrue(
          line.contains(
              "FLURAI CONFIGURATION REFUSED (ENVIRONMENT=development): REFRESH_TTL must be a whole"
                  + " number of seconds from 1 to 315360000"),
          line);
      assertEquals(1, out.lines().filter(l -> l.contains("FLURAI CONFIGURATION REFUSED")).count());
      assertFalse(out.contains(VALUE), "the value was logged:\n" + tail(out));
    }
  }

  private static String tail(String s) {
    return s.length() > 4000 ? s.substring(s.length() - 4000) : s;
  }
}
