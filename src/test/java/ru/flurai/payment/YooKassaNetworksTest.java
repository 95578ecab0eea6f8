package ru.flurai.payment;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import ru.flurai.payment.yookassa.YooKassaNetworks;

/** Notifications are YooKassa's only from its published networks. */
class YooKassaNetworksTest {
  @Test
  void publishedNetworksOnly() {
    assertTrue(YooKassaNetworks.contains("185.71.76.1"));
    assertTrue(YooKassaNetworks.contains("185.71.77.31"));
    assertTrue(YooKassaNetworks.contains("77.75.153.127"));
    assertTrue(YooKassaNetworks.contains("77.75.154.200"));
    assertTrue(YooKassaNetworks.contains("77.75.156.11"));
    assertTrue(YooKassaNetworks.contains("2a02:5180:0:1509::7"));
    assertFalse(YooKassaNetworks.contains("185.71.76.32"));
    assertFalse(YooKassaNetworks.contains("77.75.156.12"));
    assertFalse(YooKassaNetworks.contains("77.75.154.127"));
    assertFalse(YooKassaNetworks.contains("127.0.0.1"));
    assertFalse(YooKassaNetworks.contains("2a02:5180:0:1510::1"));
    assertFalse(YooKassaNetworks.contains(""));
    assertFalse(YooKassaNetworks.contains("yookassa.ru"));
    assertFalse(YooKassaNetworks.contains(null));
  }
}
