package ru.flurai.it.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ru.flurai.it.ExtraServer;
import ru.flurai.it.Fixtures;
import ru.flurai.it.ServerTest;
import ru.flurai.it.Stack;

/**
 * Two more server instances of one bot share the database and Redis: exactly one polls Telegram;
 * kill -9 it and the other takes over within seconds (PRODUCT.md §4). They run a bot of their own,
 * so the suite's server is not involved.
 */
public class PollerFailoverIT extends ServerTest {
  public static final String POLLING = "this instance now polls Telegram for updates";

  @Test
  public void oneInstancePollsAndAnotherTakesOverWhenItDies() throws Exception {
    Map<String, String> vars = new LinkedHashMap<>(ExtraServer.testServerVariables());
    vars.put("BOT_TOKEN", "555000:failover-test-bot");
    try (ExtraServer a = ExtraServer.create("pollerA", vars);
        ExtraServer b = ExtraServer.create("pollerB", vars)) {
      a.start(Map.of());
      b.start(Map.of());
      // two Liberty servers from scratch: each took ~260 s to start the application on 2 cores at
      // load 30
      Stack.eventually(
          600_000, () -> assertTrue(started(a) && started(b), "servers did not start"));
      Stack.eventually(20_000, () -> assertEquals(1, polling(List.of(a, b))));
      Fixtures.sleep(3000);
      assertEquals(1, polling(List.of(a, b)), "still exactly one poller");
      ExtraServer leader = polls(a) ? a : b;
      ExtraServer other = leader == a ? b : a;
      long killedAt = System.currentTimeMillis();
      leader.kill();
      Stack.eventually(30_000, () -> assertTrue(polls(other), "no takeover"));
      System.out.println(
          "MEASURED poller takeover after kill -9: "
              + (System.currentTimeMillis() - killedAt)
              + " ms (upper bound, polled every 250 ms)");
    }
  }

  private static boolean started(ExtraServer s) {
    try {
      return s.started();
    } catch (IOException e) {
      return false;
    }
  }

  private static boolean polls(ExtraServer s) {
    try {
      return s.output().contains(POLLING);
    } catch (IOException e) {
      return false;
    }
  }

  private static long polling(List<ExtraServer> servers) {
    return servers.stream().filter(PollerFailoverIT::polls).count();
  }
}
