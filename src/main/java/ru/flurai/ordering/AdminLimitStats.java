package ru.flurai.ordering;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ru.flurai.catalog.BusinessDay;
import ru.flurai.catalog.LimitSql;
import ru.flurai.platform.config.FluraiConfig;

/**
 * GET /admin/stats/limits (API.md §7): how loaded the shops are today — today's effective limits (the catalogue's
 * SQL form of DailyLimits) against today's orders that hold a slot.
 */
@ApplicationScoped
public class AdminLimitStats {
  @PersistenceContext(unitName = "primary")
  EntityManager db;

  @Inject FluraiConfig config;

  private record Shop(long id, String fio, String name, String plan, int limit, long used, boolean closed) {
    double load() {
      return limit == 0 ? 0 : Math.round(1000.0 * used / limit) / 10.0;
    }
  }

  public Map<String, Object> today() {
    BusinessDay day = BusinessDay.at(Instant.now(), config.shopTimezone());
    @SuppressWarnings("unchecked")
    List<Object[]> rows = db.createNativeQuery("select s.seller_id, u.fio, s.shop_name, s.subscription_plan,"
            + " lim.d + lim.p, (select count(*) from orders o where o.seller_id = s.seller_id and o.status not in"
            + " ('rejected', 'cancelled') and o.created_at >= ?3 and o.created_at < ?4),"
            + " coalesce(s.daily_limit_date = cast(?1 as date) and s.max_orders = 0, false)"
            + " from sellers s left join users u on u.tg_id = s.seller_id" + LimitSql.lateral("?1", "?2")
            + " where s.deleted_at is null")
        .setParameter(1, day.date().toString()).setParameter(2, day.weekdayKey())
        .setParameter(3, Timestamp.from(day.start())).setParameter(4, Timestamp.from(day.end())).getResultList();
    List<Shop> shops = rows.stream().map(r -> new Shop(((Number) r[0]).longValue(), (String) r[1], (String) r[2],
        (String) r[3], ((Number) r[4]).intValue(), ((Number) r[5]).longValue(), (Boolean) r[6])).toList();
    List<Shop> active = shops.stream().filter(s -> s.limit() > 0).toList();
    Map<String, Map<String, Long>> byPlan = new LinkedHashMap<>();
    for (Shop s : shops) {
      Map<String, Long> p = byPlan.computeIfAbsent(s.plan(), k -> new LinkedHashMap<>(
          Map.of("total", 0L, "active", 0L, "exhausted", 0L)));
      p.merge("total", 1L, Long::sum);
      p.merge("active", s.limit() > 0 ? 1L : 0L, Long::sum);
      p.merge("exhausted", exhausted(s) ? 1L : 0L, Long::sum);
    }
    List<Map<String, Object>> top = new ArrayList<>();
    active.stream().sorted(Comparator.comparingDouble(Shop::load).reversed()).limit(10).forEach(s -> {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("seller_id", s.id());
      m.put("fio", s.fio());
      m.put("shop_name", s.name());
      m.put("used", s.used());
      m.put("limit", s.limit());
      m.put("load_pct", s.load());
      m.put("plan", s.plan());
      top.add(m);
    });
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("total_sellers", shops.size());
    out.put("active_today", active.size());
    out.put("exhausted", active.stream().filter(AdminLimitStats::exhausted).count());
    out.put("closed_today", shops.stream().filter(Shop::closed).count());
    out.put("no_limit", shops.stream().filter(s -> s.limit() == 0 && !s.closed()).count());
    out.put("avg_load_pct", active.isEmpty() ? 0.0
        : Math.round(10 * active.stream().mapToDouble(Shop::load).average().orElse(0)) / 10.0);
    out.put("by_plan", byPlan);
    out.put("top_loaded", top);
    return out;
  }

  private static boolean exhausted(Shop s) {
    return s.limit() > 0 && s.used() >= s.limit();
  }
}
