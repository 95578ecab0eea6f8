package ru.flurai.it.platform;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * The fuzz test's hostile values: text for path, query and header parameters, JSON for body fields,
 * and whole bodies that are not a JSON object. Each table is fixed; {@link #sample} picks from it
 * with the run's seeded {@link Random}, so a seed reproduces a run exactly.
 */
public final class FuzzValues {
  public static final String HUGE = "я".repeat(50 * 1024); // 100 KB of UTF-8, for bodies
  public static final String DIGITS = "9".repeat(400);

  /**
   * 6 KB once percent-encoded: the HTTP channel refuses longer request lines and headers before the
   * application.
   */
  public static final String LONG = "я".repeat(1000);

  /**
   * A value for a path segment, query value or header; {@code raw} is sent as is, not
   * percent-encoded.
   */
  public record Text(String value, boolean raw) {
    @Override
    public String toString() {
      String v = value.length() > 40 ? value.substring(0, 40) + "…(" + value.length() + ")" : value;
      return (raw ? "raw:" : "") + v.replace("\u0000", "\\0");
    }
  }

  private FuzzValues() {}

  public static final List<Text> TEXT = texts();

  private static List<Text> texts() {
    List<Text> t = new ArrayList<>();
    for (String s :
        List.of(
            "",
            " ",
            "0",
            "-1",
            "-0",
            "1",
            "2147483647",
            "2147483648",
            "-2147483649",
            "9223372036854775807",
            "9223372036854775808",
            "-9223372036854775809",
            DIGITS,
            "1e308",
            "-1e308",
            "1e400",
            "1e12",
            "1e-400",
            "0.000001",
            "1.5",
            "0x1F",
            "NaN",
            "Infinity",
            "-Infinity",
            "true",
            "null",
            "[]",
            "{}",
            "{\"a\":1}",
            "0000-00-00",
            "9999-12-31",
            "2000-02-30",
            "+275760-09-13",
            "1970-01-01T00:00:00Z",
            "25:99",
            "\u0000",
            "a\u0000b",
            "\u0001\u001b\u007f\t",
            "\u202Eabc\u202C",
            "\u200B\uFEFF",
            "🌹💐👨‍👩‍👧",
            "\ud800",
            "\udfff",
            "x\ud83d",
            "e\u0301\u0301\u0301\u0301",
            "%",
            "_",
            "%_%",
            "'",
            "\\",
            "\"",
            "' OR '1'='1' --",
            "'; drop table users; --",
            "\\%\\_",
            "../../../../etc/passwd",
            "..\\..\\win.ini",
            "/",
            "<script>alert(1)</script>",
            "&lt;img src=x onerror=1&gt;",
            "${jndi:ldap://x/a}",
            "#{1+1}",
            "Самовывоз",
            "Доставка",
            "pending",
            "accepted",
            "done",
            "week",
            "month",
            "both",
            LONG)) {
      t.add(new Text(s, false));
    }
    for (String raw :
        List.of(
            "%", "%ZZ", "%00", "%C0%AF", "%FF%FE", "..", "%2e%2e", "..%2F..%2F", "a+b", "%u0041")) {
      t.add(new Text(raw, true));
    }
    return List.copyOf(t);
  }

  /**
   * JSON values for one body field: every JSON type, edges, and hostile strings (escapes sent as
   * written).
   */
  public static final List<String> JSON = jsons();

  private static List<String> jsons() {
    List<String> j =
        new ArrayList<>(
            List.of(
                "null",
                "true",
                "false",
                "0",
                "-1",
                "-0",
                "1.5",
                "2147483648",
                "-2147483649",
                "9223372036854775808",
                "-9223372036854775809",
                DIGITS,
                "0." + DIGITS,
                "1e308",
                "-1e308",
                "1e400",
                "-1e400",
                "1e-400",
                "1e12",
                "1E+12",
                "999999999999.99",
                "[]",
                "[null]",
                "[1,\"a\",{}]",
                "{}",
                "{\"a\":{\"b\":[]}}",
                "[" + "[".repeat(200) + "]".repeat(200) + "]",
                "\"\"",
                "\" \"",
                "\"-1\"",
                "\"1e12\"",
                "\"NaN\"",
                "\"Infinity\"",
                "\"9223372036854775808\"",
                "\"true\"",
                "\"null\"",
                "\"[]\"",
                "\"\\u0000\"",
                "\"a\\u0000b\"",
                "\"\\u0001\\u001b\\u007f\"",
                "\"\\ud800\"",
                "\"\\udfff\"",
                "\"x\\ud83d\"",
                "\"\\u202eabc\"",
                "\"🌹💐\"",
                "\"e\\u0301\\u0301\\u0301\"",
                "\"%_%\"",
                "\"'\"",
                "\"\\\\\"",
                "\"' OR 1=1 --\"",
                "\"../../etc/passwd\"",
                "\"<img src=x onerror=alert(1)>\"",
                "\"&lt;b&gt;x&lt;/b&gt;\"",
                "\"0000-00-00\"",
                "\"9999-12-31\"",
                "\"25:99\"",
                "\"Доставка\"",
                "\"" + HUGE + "\"",
                "\"" + DIGITS + "\""));
    return List.copyOf(j);
  }

  /** Whole bodies that are not one JSON object, or not JSON at all (the last is not UTF-8). */
  public static final List<String> BODIES =
      List.of(
          "[]",
          "\"s\"",
          "123",
          "null",
          "true",
          "[{}]",
          "",
          " ",
          "{",
          "{\"a\":",
          "{\"a\":1}}",
          "{'a':1}",
          "{\"a\":1,\"a\":2}",
          "\u0000",
          "[".repeat(5000) + "]".repeat(5000),
          "{\"a\":".repeat(2000) + "1" + "}".repeat(2000),
          "\"" + HUGE + "\"",
          "\uFEFF{}",
          "\ud800");

  public static final byte[] NOT_UTF8 = {
    '{', '"', 'a', '"', ':', '"', (byte) 0xFF, (byte) 0xFE, '"', '}'
  };

  static <T> List<T> sample(List<T> from, int n, Random random) {
    if (n >= from.size()) {
      return from;
    }
    List<T> copy = new ArrayList<>(from);
    Collections.shuffle(copy, random);
    return copy.subList(0, n);
  }
}
