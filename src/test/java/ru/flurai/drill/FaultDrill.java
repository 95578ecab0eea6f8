package ru.flurai.drill;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * The fault drill's load, faults and invariants (scripts/fault-drill starts the cluster and runs
 * this). For each fault: inject it (for its time), repair it and wait until the part is back (the
 * fault's end), keep the load going for {@code after} more seconds, then pause the load and read
 * the invariants. A row counts the load's failed requests (no answer or a 5xx) that started during
 * the fault and after it, the p99 latency of the requests that started during it, and the recovery
 * time: from the fault's end to the end of the last failed request after it (0 when none failed).
 * Exit status 1 when an invariant broke, 2 when the drill itself could not go on.
 */
public final class FaultDrill {
  private FaultDrill() {}

  public static void main(String[] argv) {
    int code;
    try {
      code = run(DrillArgs.parse(argv));
    } catch (Exception e) {
      e.printStackTrace();
      code = 2;
    }
    System.exit(code);
  }

  private static int run(DrillArgs args) throws Exception {
    Samples samples = new Samples();
    DrillHttp http = new DrillHttp(args.base(), samples);
    DrillWorld world = DrillWorld.create(http, args.admin(), args.adminPassword(), args.botToken());
    log("seeded " + world.sellers.size() + " shops, " + world.products.size() + " products");
    DrillLoad load = new DrillLoad(http, world);
    DrillInvariants invariants = new DrillInvariants(args, world, load);
    DrillCluster cluster = new DrillCluster(args);
    DrillHostile hostile = new DrillHostile(args.base());
    long afterMs = 15_000;
    DrillTable table = new DrillTable();
    String started = ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    load.start();
    try {
      long t0 = System.currentTimeMillis();
      DrillLoad.pace(10_000);
      long t1 = System.currentTimeMillis();
      table.add(row("0 none (baseline)", samples, t0, t1, t1, load, invariants, ""));
      for (DrillFault fault : DrillFaults.of(args, cluster, hostile, invariants)) {
        log("fault " + fault.name());
        long begin = System.currentTimeMillis();
        String note = fault.inject().run();
        String repaired = fault.repair().run();
        long end = System.currentTimeMillis();
        DrillLoad.pace(afterMs);
        cluster.awaitAllReady(120_000);
        long done = System.currentTimeMillis();
        String notes = (note + " " + repaired).trim();
        DrillTable.Row r = row(fault.name(), samples, begin, end, done, load, invariants, notes);
        if (fault.name().startsWith("7") && hostile.serverErrors() > 0) {
          r.broken().add(hostile.serverErrors() + " hostile requests answered 5xx or not at all");
        }
        table.add(r);
        log(r.fault() + ": during " + r.during() + ", after " + r.after() + ", " + r.broken());
      }
    } finally {
      load.stop();
    }
    String[] loadavg = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
    String header =
        "Fault drill ("
            + (args.shortMode() ? "short" : "full")
            + "), started "
            + started
            + ", commit "
            + args.commit()
            + ", load average at the end "
            + String.join(" ", loadavg[0], loadavg[1], loadavg[2])
            + "\n\n";
    String text = header + table.render();
    System.out.println();
    System.out.println(text);
    Files.writeString(Path.of(args.out()), text);
    System.out.println(table.green() ? "fault drill: all invariants hold" : "fault drill: FAILED");
    return table.green() ? 0 : 1;
  }

  private static DrillTable.Row row(
      String name,
      Samples samples,
      long begin,
      long end,
      long done,
      DrillLoad load,
      DrillInvariants invariants,
      String note)
      throws Exception {
    load.pause();
    List<String> broken;
    try {
      broken = new ArrayList<>(invariants.check());
      if (!invariants.notes.isEmpty()) {
        note = (note + " " + String.join(". ", invariants.notes) + ".").trim();
      }
    } finally {
      load.resume();
    }
    Samples.Window during = samples.window(begin, end);
    Samples.Window after = samples.window(end, done);
    double recovery = samples.lastFailureAfter(end, done) / 1000.0;
    return new DrillTable.Row(name, during, after, recovery, broken, note);
  }

  static void log(String line) {
    System.err.printf("[drill %tT] %s%n", System.currentTimeMillis(), line);
  }
}
