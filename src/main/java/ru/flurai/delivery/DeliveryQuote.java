package ru.flurai.delivery;

import java.math.BigDecimal;

/** A priced delivery, as the order snapshots it: the zone (id and name) and the fee charged. */
public record DeliveryQuote(long zoneId, String zoneName, BigDecimal fee) {}
