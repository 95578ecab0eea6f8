package ru.flurai.delivery.address;

/**
 * One address suggestion as the Mini App and the panel read it (API.md §3, §7): {@code value} and
 * {@code city_district} (the district name the zone check resolves); coordinates are DaData's
 * strings.
 */
public record AddressSuggestion(
    String value,
    String lat,
    String lon,
    String city,
    String cityDistrict,
    String area,
    String region,
    String postalCode) {}
