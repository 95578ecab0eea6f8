package ru.flurai.platform.http;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TrustedProxiesTest {
  private final TrustedProxies proxies =
      new TrustedProxies(List.of("10.0.0.0/8", "127.0.0.1", "fd00::/8"));

  @Test
  void matchesAddressesAndRanges() {
    assertTrue(proxies.isTrusted("10.1.2.3"));
    assertTrue(proxies.isTrusted("127.0.0.1"));
    assertTrue(proxies.isTrusted("fd12::1"));
    assertFalse(proxies.isTrusted("11.0.0.1"));
    assertFalse(proxies.isTrusted("127.0.0.2"));
    assertFalse(proxies.isTrusted("fe80::1"));
  }

  @Test
  void neverResolvesNames() {
    assertFalse(proxies.isTrusted("localhost"));
    assertFalse(proxies.isTrusted(""));
    assertFalse(proxies.isTrusted(null));
  }
}
