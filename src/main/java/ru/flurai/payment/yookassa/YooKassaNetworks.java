package ru.flurai.payment.yookassa;

import java.util.List;
import ru.flurai.platform.http.TrustedProxies;

/**
 * The networks YooKassa sends HTTP notifications from, as YooKassa publishes them (the list of its
 * official SDKs' {@code SecurityHelper.YOOKASSA_NETWORKS}, yookassa-sdk-python): a notification
 * from any other address is not YooKassa's.
 */
public final class YooKassaNetworks {
  static final List<String> PUBLISHED =
      List.of(
          "185.71.76.0/27",
          "185.71.77.0/27",
          "77.75.153.0/25",
          "77.75.156.11",
          "77.75.156.35",
          "77.75.154.128/25",
          "2a02:5180:0:1509::/64",
          "2a02:5180:0:2655::/64",
          "2a02:5180:0:1533::/64",
          "2a02:5180:0:2669::/64");

  private static final TrustedProxies RANGES = new TrustedProxies(PUBLISHED);

  private YooKassaNetworks() {}

  /** Whether the client address (already through the trusted-proxy rule) is YooKassa's. */
  public static boolean contains(String clientAddress) {
    return RANGES.isTrusted(clientAddress);
  }
}
