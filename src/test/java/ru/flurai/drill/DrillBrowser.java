package ru.flurai.drill;

import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/** An anonymous Mini App user looking at the catalogue: the list, a shop page, the cities. */
final class DrillBrowser {
  private final DrillHttp http;
  private final DrillWorld world;
  private final Map<String, String> headers;

  DrillBrowser(DrillHttp http, DrillWorld world, String ip) {
    this.http = http;
    this.world = world;
    this.headers = Map.of("X-Forwarded-For", ip);
  }

  void cycle() {
    http.get("browse", "/public/sellers?page=1&per_page=20", headers);
    long shop = world.sellers.get(ThreadLocalRandom.current().nextInt(world.sellers.size())).id();
    http.get("browse", "/public/sellers/" + shop, headers);
    http.get("browse", "/public/cities", headers);
  }
}
