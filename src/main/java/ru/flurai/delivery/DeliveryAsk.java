package ru.flurai.delivery;

/**
 * Where the buyer wants the order: a district id from the Mini App's district map, else the
 * district name of an address suggestion, else the typed address (resolved through the address
 * lookup). Any part may be null.
 */
public record DeliveryAsk(Long districtId, String districtName, String address) {
  public static final DeliveryAsk NONE = new DeliveryAsk(null, null, null);
}
