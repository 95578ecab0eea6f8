package ru.flurai.ordering.stats;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import ru.flurai.catalog.BusinessDay;
import ru.flurai.ordering.stats.TodayLoad.Shop;
import ru.flurai.platform.config.FluraiConfig;

/**
 * GET /admin/stats/limits (API.md §7): how loaded the shops are today — today's effective limits
 * (the catalogue's SQL form of DailyLimits) against today's orders that hold a slot ({@link
 * TodayLoad}).
 */
@ApplicationScoped
public class AdminLimitStats {
  @Inject TodayLoad load;
  @Inject FluraiConfig config;

  public Map<String, Object> today() {
    List<Shop> shops = load.of(BusinessDay.at(Instant.now(), config.shopTimezone()));
    List<Shop> active = shops.stream().filter(s -> s.limit() > 0).toList();
    Map<String, Map<String, Long>> byPlan = new LinkedHashMap<>();
    for (Shop s : shops) {
      Map<String, Long> p =
          byPlan.computeIfAbsent(
              s.plan(), k -> new TreeMap<>(Map.of("total", 0L, "active", 0L, "exhausted", 0L)));
      p.merge("total", 1L, Long::sum);
      p.merge("active", s.limit() > 0 ? 1L : 0L, Long::sum);
      p.merge("exhausted", s.exhausted() ? 1L : 0L, Long::sum);
    }
    List<Map<String, Object>> top = new ArrayList<>();
    active.stream()
        .sorted(Comparator.comparingDouble(Shop::loadPct).reversed())
        .limit(10)
        .forEach(
            s -> {
              Map<String, Object> m = new LinkedHashMap<>();
              m.put("seller_id", s.id());
              m.put("fio", s.fio());
              m.put("shop_name", s.name());
              m.put("used", s.used());
              m.put("limit", s.limit());
              m.put("load_pct", s.loadPct());
              m.put("plan", s.plan());
              top.add(m);
            });
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("total_sellers", shops.size());
    out.put("active_today", active.size());
    out.put("exhausted", active.stream().filter(Shop::exhausted).count());
    out.put("closed_today", shops.stream().filter(Shop::closed).count());
    out.put("no_limit", shops.stream().filter(s -> s.limit() == 0 && !s.closed()).count());
    out.put(
        "avg_load_pct",
        active.isEmpty()
            ? 0.0
            : Math.round(10 * active.stream().mapToDouble(Shop::loadPct).average().orElse(0))
                / 10.0);
    out.put("by_plan", byPlan);
    out.put("top_loaded", top);
    return out;
  }
}
