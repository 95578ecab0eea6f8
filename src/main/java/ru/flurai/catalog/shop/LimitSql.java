package ru.flurai.catalog.shop;

/**
 * {@link DailyLimits#effective} as SQL, so that the catalogue can filter and sort on today's limits
 * inside one query and keep {@code total} exact. The fragment is a LATERAL join on a {@code sellers
 * s} row that yields {@code lim.d} (delivery) and {@code lim.p} (pickup); the business date and its
 * weekday key are bound parameters. An integration test compares it with the Java rule case by
 * case.
 *
 * <p>Each step is a subquery fenced with {@code offset 0}: the planner then plans the rule once and
 * evaluates it once per shop, instead of inlining the whole expression into every place that uses a
 * limit.
 */
public final class LimitSql {
  private LimitSql() {}

  /**
   * Limits above this are clamped, so that odd JSON in weekly_schedule can never fail a catalogue
   * query.
   */
  static final int CLAMP = 1_000_000;

  /**
   * @param date placeholder of the business date as text, e.g. {@code ?1}
   * @param weekday placeholder of the weekday key "0".."6", e.g. {@code ?2}
   */
  public static String lateral(String date, String weekday) {
    String settings =
        "select s.max_delivery_orders as bd, s.max_pickup_orders as bp,"
            + " coalesce(s.daily_limit_date = cast("
            + date
            + " as date), false) as today, s.max_orders = 0 as closed,"
            + " coalesce(jsonb_typeof(v.v) = 'object', false) as obj, "
            + intOf("v.v -> 'delivery'", "v.v ->> 'delivery'")
            + " as od, "
            + intOf("v.v -> 'pickup'", "v.v ->> 'pickup'")
            + " as op, "
            // not #>> '{}': EclipseLink reads '#' in native SQL as a parameter marker
            + intOf("v.v", "v.v::text")
            + " as n"
            + " from (select s.weekly_schedule -> cast("
            + weekday
            + " as text) as v) v offset 0";
    String delivery =
        "select w.*, case when w.today then case when w.closed then 0 else w.bd end"
            + " when w.obj and (w.od > 0 or w.op > 0) then w.od"
            + " when w.n > 0 then case when w.bd + w.bp = 0 then greatest(1, w.n / 2)"
            + " else greatest(1, floor(w.n::float8 * w.bd / (w.bd + w.bp) + 0.5)::int) end"
            + " else w.bd end as d from ("
            + settings
            + ") w offset 0";
    String pickup =
        "select x.d, case when x.today then case when x.closed then 0 else x.bp end"
            + " when x.obj and (x.od > 0 or x.op > 0) then x.op"
            + " when x.n > 0 then case when x.bd + x.bp = 0 then greatest(1, x.n - x.n / 2)"
            + " else greatest(1, x.n - x.d) end"
            + " else x.bp end as p from ("
            + delivery
            + ") x offset 0";
    return " cross join lateral (" + pickup + ") lim";
  }

  /** A JSON number as a non-negative int (truncated, as JsonNumber.intValue), anything else 0. */
  private static String intOf(String value, String text) {
    return "case when jsonb_typeof("
        + value
        + ") = 'number' then least(greatest(trunc(("
        + text
        + ")::numeric), 0), "
        + CLAMP
        + ")::int else 0 end";
  }
}
