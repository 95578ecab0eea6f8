package ru.flurai.it.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import ru.flurai.catalog.BusinessDay;
import ru.flurai.catalog.JsonColumns;
import ru.flurai.catalog.listing.NativeSql;
import ru.flurai.catalog.shop.DailyLimits;
import ru.flurai.catalog.shop.LimitSql;
import ru.flurai.it.ServerTest;
import ru.flurai.it.Stack;

/**
 * The catalogue lists and sorts on today's limits in SQL ({@link LimitSql}); the shop page, the
 * slots endpoint and ordering use {@link DailyLimits}. They must agree on every kind of setting,
 * legacy and malformed ones included.
 */
public class EffectiveLimitSqlIT extends ServerTest {
  private static final List<String> SCHEDULE_VALUES =
      List.of(
          "{\"delivery\":2,\"pickup\":3}",
          "{\"delivery\":0,\"pickup\":0}",
          "{\"delivery\":0,\"pickup\":4}",
          "{\"delivery\":2.7}",
          "{\"pickup\":\"5\"}",
          "{\"delivery\":-2,\"pickup\":1}",
          "5",
          "1",
          "0",
          "-3",
          "7.9",
          "\"4\"",
          "null",
          "[]",
          "{}",
          "13");

  public record Case(
      int baseDelivery, int basePickup, int maxOrders, LocalDate limitDate, String schedule) {}

  @Test
  public void sqlAndJavaAgreeOnEveryKindOfSetting() throws Exception {
    Random random = new Random(20260302);
    List<Case> cases = new ArrayList<>();
    for (int i = 0; i < 600; i++) {
      BusinessDay day = day(i % 7);
      int[] bases = {0, 1, 3, 10, 20};
      String key = random.nextInt(5) == 0 ? "9" : day.weekdayKey();
      String value = SCHEDULE_VALUES.get(random.nextInt(SCHEDULE_VALUES.size()));
      String schedule =
          switch (random.nextInt(6)) {
            case 0 -> null;
            case 1 -> "[1,2]";
            default -> "{\"" + key + "\":" + value + "}";
          };
      LocalDate limitDate =
          switch (random.nextInt(3)) {
            case 0 -> null;
            case 1 -> day.date();
            default -> day.date().minusDays(1);
          };
      cases.add(
          new Case(
              bases[random.nextInt(5)],
              bases[random.nextInt(5)],
              random.nextInt(3) * 2,
              limitDate,
              schedule));
    }
    try (Connection c = Stack.db()) {
      for (int i = 0; i < cases.size(); i++) {
        Case k = cases.get(i);
        BusinessDay day = day(i % 7);
        DailyLimits.Limits java =
            DailyLimits.effective(
                k.baseDelivery(),
                k.basePickup(),
                k.maxOrders(),
                k.limitDate(),
                JsonColumns.object(k.schedule()),
                day);
        assertEquals(java, sql(c, k, day), k + " on " + day.date());
      }
    }
  }

  private static BusinessDay day(int offset) {
    return BusinessDay.at(
        Instant.parse("2026-03-02T09:00:00Z").plusSeconds(86_400L * offset),
        ZoneId.of("Europe/Moscow"));
  }

  private static DailyLimits.Limits sql(Connection c, Case k, BusinessDay day) throws Exception {
    NativeSql sql = new NativeSql();
    String date = sql.param(day.date().toString());
    String weekday = sql.param(day.weekdayKey());
    sql.append(
        "select lim.d, lim.p from (select cast("
            + sql.param(k.baseDelivery())
            + " as int) as"
            + " max_delivery_orders, cast("
            + sql.param(k.basePickup())
            + " as int) as max_pickup_orders, cast("
            + sql.param(k.maxOrders())
            + " as int) as max_orders, cast("
            + sql.param(k.limitDate() == null ? null : k.limitDate().toString())
            + " as date) as daily_limit_date, cast("
            + sql.param(k.schedule())
            + " as jsonb) as weekly_schedule) s"
            + LimitSql.lateral(date, weekday));
    NativeSql.Jdbc jdbc = sql.jdbc();
    try (PreparedStatement s = c.prepareStatement(jdbc.text())) {
      for (int i = 0; i < jdbc.values().size(); i++) {
        Object v = jdbc.values().get(i);
        if (v == null) {
          s.setNull(i + 1, Types.VARCHAR);
        } else {
          s.setObject(i + 1, v);
        }
      }
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        return new DailyLimits.Limits(rs.getInt(1), rs.getInt(2));
      }
    }
  }
}
