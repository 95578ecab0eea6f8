package ru.flurai.it.catalog;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import ru.flurai.it.Stack;

/**
 * Not part of the suite (no *IT name) and asserts nothing: a latency measurement of the catalogue
 * against the trivial {@code GET /ping} in the same run, on the data of {@link CatalogueVolume}.
 * Run it on the build's server with {@code mvn -B verify -Dit.test=CatalogueLatencyBench}; it
 * prints p50/p95 and writes target/catalogue-latency.txt. Requests are sequential over one
 * keep-alive connection, so the figures are per-request latency, not throughput.
 */
public class CatalogueLatencyBench {
  public static final int N = 500;
  public final HttpClient http =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  @Test
  public void measure() throws Exception {
    CatalogueVolume volume = new CatalogueVolume().create();
    try {
      List<Long> shops = new ArrayList<>();
      for (int g = 1; shops.size() < N + 300; g++) {
        if (g % 50 != 0 && g % 45 != 0 && g % 40 != 0) {
          shops.add(volume.sellerId(g));
        }
      }
      String[] variants = {"", "&sort_price=asc", "&sort_price=desc", "&sort_mode=nearby"};
      String[] filters = {
        "",
        "&delivery_type=delivery",
        "&delivery_type=pickup",
        "&delivery_type=both",
        "&free_delivery=true"
      };
      IntFunction<String> ping = i -> "/ping";
      IntFunction<String> listWarm = i -> "/public/sellers?page=1&per_page=20";
      // 500 distinct listings as the Mini App asks for them: 20 per page, 25 pages × 4 orders × 5
      // filters
      IntFunction<String> listCold =
          i ->
              "/public/sellers?per_page=20&page="
                  + (1 + i % 25)
                  + variants[(i / 25) % 4]
                  + filters[i / 100];
      // 500 distinct listings of one SQL shape (default order, no filter): pages 1..71 of 7 page
      // sizes
      IntFunction<String> listColdOneShape =
          i -> "/public/sellers?page=" + (1 + i / 7) + "&per_page=" + (14 + i % 7);
      IntFunction<String> shopWarm = i -> "/public/sellers/" + shops.get(0);
      IntFunction<String> shopCold = i -> "/public/sellers/" + shops.get(i);
      for (IntFunction<String> warmUp : List.of(ping, listWarm, shopWarm)) {
        run(warmUp, 0, 1_000);
      }
      run(
          i -> "/public/sellers?page=" + (30 + i % 50) + "&per_page=" + (1 + i % 20),
          0,
          300); // JIT, cold paths
      run(i -> "/public/sellers/" + shops.get(N + i), 0, 300);
      // interleaved rounds, so that every endpoint sees the same machine noise as the ping it is
      // compared with
      List<IntFunction<String>> endpoints =
          List.of(ping, listWarm, listCold, listColdOneShape, shopWarm, shopCold);
      long[][] samples = new long[endpoints.size()][N];
      int rounds = 5;
      for (int r = 0; r < rounds; r++) {
        for (int e = 0; e < endpoints.size(); e++) {
          long[] part = run(endpoints.get(e), r * (N / rounds), N / rounds);
          System.arraycopy(part, 0, samples[e], r * (N / rounds), part.length);
        }
      }
      for (long[] s : samples) {
        Arrays.sort(s);
      }
      StringBuilder out =
          new StringBuilder(
              String.format(
                  "%-54s %7s  %7s  %8s %8s%n",
                  "endpoint (" + N + " requests each)",
                  "p50 ms",
                  "p95 ms",
                  "p50/ping",
                  "p95/ping"));
      String[] names = {
        "GET /ping",
        "GET /public/sellers (same page: cache hit)",
        "GET /public/sellers (500 distinct listings: miss)",
        "GET /public/sellers (miss, one query shape)",
        "GET /public/sellers/{id} (same shop: cache hit)",
        "GET /public/sellers/{id} (500 distinct shops: miss)"
      };
      for (int e = 0; e < endpoints.size(); e++) {
        line(out, names[e], samples[e], samples[0]);
      }
      System.out.println(out);
      Files.writeString(Path.of("target/catalogue-latency.txt"), out);
    } finally {
      volume.drop();
    }
  }

  /**
   * Latencies in microseconds of requests {@code from .. from+n-1}; any non-200 answer aborts the
   * measurement.
   */
  public long[] run(IntFunction<String> path, int from, int n) throws Exception {
    long[] micros = new long[n];
    for (int i = 0; i < n; i++) {
      HttpRequest request =
          HttpRequest.newBuilder(URI.create(Stack.baseUrl() + path.apply(from + i))).GET().build();
      long start = System.nanoTime();
      HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
      micros[i] = (System.nanoTime() - start) / 1_000;
      if (response.statusCode() != 200) {
        throw new IllegalStateException(
            path.apply(from + i) + " answered " + response.statusCode());
      }
    }
    return micros;
  }

  public static long percentile(long[] sorted, int p) {
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
  }

  public static void line(StringBuilder out, String name, long[] sorted, long[] ping) {
    long p50 = percentile(sorted, 50);
    long p95 = percentile(sorted, 95);
    out.append(
        String.format(
            "%-54s %7.2f  %7.2f  %8.1f %8.1f%n",
            name,
            p50 / 1000.0,
            p95 / 1000.0,
            (double) p50 / percentile(ping, 50),
            (double) p95 / percentile(ping, 95)));
  }
}
