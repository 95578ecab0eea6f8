package ru.flurai.platform.http;

import jakarta.servlet.http.HttpServletRequest;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/**
 * Which peers may speak for the client through {@code X-Forwarded-For} / {@code X-Forwarded-Proto}
 * (TRUSTED_PROXIES: addresses or CIDR ranges). Anyone else's forwarding headers are ignored, so a
 * client cannot pick its own IP.
 */
public final class TrustedProxies {
  private final List<Range> ranges;

  public TrustedProxies(List<String> entries) {
    this.ranges = entries.stream().map(Range::parse).toList();
  }

  public boolean isTrusted(String address) {
    byte[] ip = bytes(address);
    return ip != null && ranges.stream().anyMatch(r -> r.contains(ip));
  }

  /** The client's address: the nearest X-Forwarded-For hop that is not one of our proxies. */
  public String clientIp(HttpServletRequest req) {
    String peer = req.getRemoteAddr();
    String forwarded = req.getHeader("X-Forwarded-For");
    if (forwarded == null || !isTrusted(peer)) {
      return peer;
    }
    String[] hops = forwarded.split(",");
    for (int i = hops.length - 1; i >= 0; i--) {
      String hop = hops[i].trim();
      if (!hop.isEmpty() && !isTrusted(hop)) {
        return bytes(hop) == null ? peer : hop;
      }
    }
    return peer;
  }

  public boolean isHttps(HttpServletRequest req) {
    return req.isSecure()
        || (isTrusted(req.getRemoteAddr())
            && "https".equalsIgnoreCase(req.getHeader("X-Forwarded-Proto")));
  }

  private static byte[] bytes(String address) {
    if (address == null || address.isBlank() || !address.matches("[0-9A-Fa-f.:]+")) {
      return null; // never resolve names: only literal addresses are compared
    }
    try {
      return InetAddress.getByName(address).getAddress();
    } catch (UnknownHostException e) {
      return null;
    }
  }

  private record Range(byte[] base, int bits) {
    static Range parse(String entry) {
      String[] parts = entry.split("/");
      byte[] base = bytes(parts[0].trim());
      if (base == null) {
        throw new IllegalArgumentException("TRUSTED_PROXIES: not an address: " + entry);
      }
      int bits = parts.length > 1 ? Integer.parseInt(parts[1].trim()) : base.length * 8;
      return new Range(base, bits);
    }

    boolean contains(byte[] ip) {
      if (ip.length != base.length) {
        return false;
      }
      for (int i = 0; i < bits; i++) {
        int mask = 1 << (7 - i % 8);
        if ((ip[i / 8] & mask) != (base[i / 8] & mask)) {
          return false;
        }
      }
      return true;
    }
  }
}
