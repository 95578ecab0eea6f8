package ru.flurai.platform.config;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * What a configuration value must look like. {@link #text} completes "KEY …" in the refusal line;
 * it never quotes the value, so a misplaced secret is not logged.
 */
public record Rule(String text, Predicate<String> check) {
  /** The longest duration any key takes: ten years, far from {@code Instant} overflow. */
  static final long MAX_SECONDS = 10L * 365 * 24 * 3600;

  private static final Pattern WHOLE = Pattern.compile("-?\\d{1,18}");
  private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

  static final Rule TEXT = new Rule("may be any text", v -> true);
  static final Rule BOOLEAN = oneOf("true", "false");
  static final Rule URL = new Rule("must be an absolute http:// or https:// URL", Rule::isHttpUrl);
  static final Rule ZONE = new Rule("must be a time zone id such as Europe/Moscow", Rule::isZone);
  static final Rule HOST_PORTS =
      new Rule(
          "must be a comma-separated list of host or host:port, ports from 1 to 65535",
          Rule::isHostPorts);
  static final Rule ADDRESSES =
      new Rule(
          "must be a comma-separated list of IP addresses or CIDR ranges (no host names)",
          Rule::isAddresses);

  /** A whole number of seconds from {@code min} to ten years. */
  static Rule seconds(long min) {
    return new Rule(
        "must be a whole number of seconds from " + min + " to " + MAX_SECONDS,
        v -> inRange(v, min, MAX_SECONDS));
  }

  static Rule integer(long min, long max) {
    return new Rule("must be a whole number from " + min + " to " + max, v -> inRange(v, min, max));
  }

  static Rule port() {
    return new Rule("must be a port number from 1 to 65535", v -> inRange(v, 1, 65535));
  }

  /** Liberty's endpoint ports, where -1 turns the port off. */
  static Rule portOrOff() {
    return new Rule(
        "must be -1 (off) or a port number from 1 to 65535",
        v -> v.strip().equals("-1") || inRange(v, 1, 65535));
  }

  /** One of {@code values}, case-insensitive. */
  static Rule oneOf(String... values) {
    List<String> allowed = Arrays.stream(values).map(s -> s.toLowerCase(Locale.ROOT)).toList();
    return new Rule(
        "must be one of " + String.join(", ", values),
        v -> allowed.contains(v.strip().toLowerCase(Locale.ROOT)));
  }

  /** The rule's verdict on a value that is set (non-blank). */
  boolean accepts(String value) {
    return check.test(value);
  }

  static boolean inRange(String value, long min, long max) {
    String v = value.strip();
    if (!WHOLE.matcher(v).matches()) {
      return false;
    }
    long n = Long.parseLong(v);
    return n >= min && n <= max;
  }

  private static boolean isHttpUrl(String value) {
    try {
      URI uri = new URI(value.strip());
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
    } catch (URISyntaxException e) {
      return false;
    }
  }

  private static boolean isZone(String value) {
    try {
      ZoneId.of(value.strip());
      return true;
    } catch (DateTimeException e) {
      return false;
    }
  }

  private static boolean isHostPorts(String value) {
    return FluraiConfig.splitList(value).stream().allMatch(Rule::isHostPort);
  }

  /**
   * host, host:port, [v6] or [v6]:port, optionally behind redis:// or rediss://; a bare IPv6
   * address is a host.
   */
  private static boolean isHostPort(String entry) {
    String e = entry.replaceFirst("^rediss?://", "");
    if (e.contains("${")) {
      return true; // a server.xml expression (DB_REPLICA_HOSTS defaults to ${DB_HOST}:${DB_PORT}):
      // checked there
    }
    if (e.startsWith("[")) {
      int close = e.indexOf(']');
      return close > 1
          && (close == e.length() - 1
              || (e.charAt(close + 1) == ':' && inRange(e.substring(close + 2), 1, 65535)));
    }
    int colons = e.length() - e.replace(":", "").length();
    if (colons == 1) {
      int at = e.indexOf(':');
      return at > 0 && inRange(e.substring(at + 1), 1, 65535);
    }
    return !e.isEmpty() && !e.contains("/") && !e.contains(" ");
  }

  /** Only called on hex digits, colons and dots with a colon: a literal, never a name lookup. */
  private static boolean isInet6(String literal) {
    try {
      return InetAddress.getByName(literal).getAddress().length > 0;
    } catch (UnknownHostException e) {
      return false;
    }
  }

  private static boolean isAddresses(String value) {
    return FluraiConfig.splitList(value).stream().allMatch(Rule::isAddress);
  }

  private static boolean isAddress(String entry) {
    String[] parts = entry.split("/", -1);
    if (parts.length > 2) {
      return false;
    }
    String ip = parts[0].strip();
    int bits;
    if (IPV4.matcher(ip).matches()) {
      if (Arrays.stream(ip.split("\\.")).anyMatch(o -> Integer.parseInt(o) > 255)) {
        return false;
      }
      bits = 32;
    } else if (ip.contains(":") && ip.matches("[0-9A-Fa-f:.]+") && isInet6(ip)) {
      bits = 128;
    } else {
      return false;
    }
    return parts.length == 1 || inRange(parts[1], 0, bits);
  }
}
