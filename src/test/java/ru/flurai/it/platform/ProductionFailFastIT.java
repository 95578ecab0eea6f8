package ru.flurai.it.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import ru.flurai.it.ExtraServer;
import ru.flurai.it.ServerTest;

/**
 * Starts a second Liberty server from the built WAR and config with ENVIRONMENT=production and an
 * unfit configuration: it must exit non-zero on its own, naming every problem in one log line
 * (PRODUCTION.md).
 */
public class ProductionFailFastIT extends ServerTest {

  @Test
  public void productionRefusesToStartWithMissingAndWeakSettings() throws Exception {
    try (ExtraServer server = ExtraServer.create("failfast", Map.of())) {
      Process p =
          server
              .start(
                  env -> {
                    env.keySet()
                        .removeIf(
                            k ->
                                k.startsWith("DB_")
                                    || k.startsWith("REDIS_")
                                    || k.startsWith("ADMIN_")
                                    || k.equals("JWT_SECRET")
                                    || k.equals("BOT_TOKEN")
                                    || k.equals("ALLOWED_ORIGINS"));
                    env.put("ENVIRONMENT", "production");
                    env.put("JWT_SECRET", "short-secret");
                    env.put("ALLOWED_ORIGINS", "*");
                    env.put("ADMIN_PASSWORD", "password123");
                  })
              .process();
      boolean exited = p.waitFor(300, TimeUnit.SECONDS);
      String out = server.output();
      assertTrue(exited, "server kept running with an unfit production config:\n" + tail(out));
      assertTrue(p.exitValue() != 0, "exit code was 0");
      String line =
          out.lines()
              .filter(l -> l.contains("FLURAI CONFIGURATION REFUSED"))
              .findFirst()
              .orElseThrow(() -> new AssertionError("no refusal line in:\n" + tail(out)));
      for (String expected :
          new String[] {
            "BOT_TOKEN is missing",
            "DB_PASSWORD is",
            "ADMIN_SECRET is missing",
            "JWT_SECRET is shorter than 32 bytes",
            "ALLOWED_ORIGINS must not contain *",
            "ADMIN_PASSWORD",
            "REDIS_HOST",
            "LIBERTY_ADMIN_PASSWORD"
          }) {
        assertTrue(line.contains(expected), "'" + expected + "' not in: " + line);
      }
      assertEquals(1, out.lines().filter(l -> l.contains("FLURAI CONFIGURATION REFUSED")).count());
    }
  }

  private static String tail(String s) {
    return s.length() > 4000 ? s.substring(s.length() - 4000) : s;
  }
}
