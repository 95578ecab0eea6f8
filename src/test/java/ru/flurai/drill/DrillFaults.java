package ru.flurai.drill;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The faults of the drill, in order; the short drill runs Redis and the primary. */
final class DrillFaults {
  private DrillFaults() {}

  static List<DrillFault> of(
      DrillArgs args, DrillCluster cluster, DrillHostile burst, DrillInvariants invariants) {
    String instanceA = args.instances().get(0);
    DrillHttp fake = new DrillHttp(args.fake(), new Samples());
    DrillFault redis =
        new DrillFault(
            "1 Redis killed 15 s, back empty",
            () -> {
              cluster.ctl("redis-kill");
              DrillLoad.pace(15_000);
              return "";
            },
            () -> {
              cluster.ctl("redis-start");
              return "";
            });
    DrillFault replica =
        new DrillFault(
            "2 replica killed 15 s, restarted",
            () -> {
              cluster.ctl("replica-kill");
              DrillLoad.pace(15_000);
              return "";
            },
            () -> {
              cluster.ctl("replica-start");
              cluster.awaitDatabase(args.replicaJdbc(), 60_000);
              return "";
            });
    DrillFault lag =
        new DrillFault(
            "3 replica replay paused 15 s",
            () -> {
              cluster.ctl("replica-pause");
              DrillLoad.pace(15_000);
              return "replay lag at resume " + cluster.ctl("replica-lag") + " bytes";
            },
            () -> {
              cluster.ctl("replica-resume");
              return "";
            });
    DrillFault primary =
        new DrillFault(
            "4 primary stopped 20 s",
            () -> {
              cluster.ctl("primary-stop");
              DrillLoad.pace(20_000);
              return "";
            },
            () -> {
              cluster.ctl("primary-start");
              cluster.awaitDatabase(args.jdbc(), 60_000);
              return "";
            });
    DrillFault liberty =
        new DrillFault(
            "5 Liberty a kill -9, restarted",
            () -> {
              invariants.killing();
              cluster.ctl("liberty-kill", "a");
              DrillLoad.pace(2_000);
              return "";
            },
            () -> {
              long t = System.currentTimeMillis();
              cluster.ctl("liberty-start", "a");
              cluster.awaitReady(instanceA, 360_000);
              return "instance a ready "
                  + (System.currentTimeMillis() - t) / 1000
                  + " s after restart";
            });
    DrillFault telegram =
        new DrillFault(
            "6 Telegram 429, 5xx, down 8 s each",
            () -> {
              fakeFault(fake, "{\"status\":429,\"retry_after\":3,\"for_ms\":8000}");
              DrillLoad.pace(8_000);
              fakeFault(fake, "{\"status\":500,\"for_ms\":8000}");
              DrillLoad.pace(8_000);
              fake.send(null, "POST", "/_fake/down?seconds=8", null, Map.of());
              DrillLoad.pace(8_000);
              return "";
            },
            () -> {
              DrillCluster.await(
                  "the fake Telegram", 30_000, () -> fake.get(null, "/_fake/info", Map.of()).ok());
              return "";
            });
    DrillFault hostile = new DrillFault("7 hostile burst 10 s", () -> burst.run(10_000), () -> "");
    List<DrillFault> all = new ArrayList<>();
    if (args.shortMode()) {
      all.add(redis);
      all.add(primary);
    } else {
      all.addAll(List.of(redis, replica, lag, primary, liberty, telegram, hostile));
    }
    return all;
  }

  private static void fakeFault(DrillHttp fake, String json) {
    DrillHttp.Answer a = fake.send(null, "POST", "/_fake/faults", json.getBytes(), Map.of());
    if (!a.ok()) {
      throw new IllegalStateException("the fake Telegram refused the fault: " + a.status());
    }
  }
}
