package ru.flurai.drill;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/** The seller panel of every drill shop: new orders listed and accepted. */
final class DrillSellerDesk {
  private final DrillHttp http;
  private final DrillWorld world;

  DrillSellerDesk(DrillHttp http, DrillWorld world) {
    this.http = http;
    this.world = world;
  }

  void cycle() {
    for (DrillWorld.Seller s : world.sellers) {
      Map<String, String> h = Map.of("X-Seller-Token", s.token(), "X-Forwarded-For", s.ip());
      DrillHttp.Answer pending = http.get("seller", "/seller-web/orders?status=pending", h);
      if (!pending.ok() || pending.body() == null || !pending.body().isArray()) {
        continue;
      }
      int accepted = 0;
      for (JsonNode o : pending.body()) {
        long id = o.has("id") ? o.get("id").asLong() : o.path("order_id").asLong();
        if (id > 0 && accepted++ < 5) {
          http.send("seller", "POST", "/seller-web/orders/" + id + "/accept", null, h);
        }
      }
    }
  }
}
