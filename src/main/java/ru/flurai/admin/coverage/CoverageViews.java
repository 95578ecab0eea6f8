package ru.flurai.admin.coverage;

import jakarta.json.bind.annotation.JsonbNillable;
import java.util.List;

/**
 * The shapes of {@code /admin/coverage/…} and the creation wizard's directory lists (API.md §7).
 */
public final class CoverageViews {
  private CoverageViews() {}

  public record CityRow(
      long id,
      String name,
      String kladrId,
      long districtsCount,
      long metroCount,
      long sellersCount) {}

  public record CityRef(long id, String name, String kladrId) {}

  public record DistrictRow(
      long id, String name, long cityId, long metroCount, long sellersCount) {}

  public record DistrictRef(long id, String name, long cityId) {}

  public record DistrictName(long id, String name) {}

  public record MetroRow(
      long id,
      String name,
      Long districtId,
      Long cityId,
      String lineColor,
      String lineName,
      Double geoLat,
      Double geoLon) {}

  public record CityBody(String name, String kladrId) {}

  public record DistrictBody(String name) {}

  public record MetroBody(
      String name, String lineColor, String lineName, Double geoLat, Double geoLon) {}

  /**
   * The DaData metro import's answer (LATER.md §8.5): counts, one detail per station, and a {@code
   * message} only when DaData gave no station.
   */
  @JsonbNillable(false)
  public record MetroImport(
      int imported, int skipped, int unmapped, List<ImportDetail> details, String message) {}

  /**
   * A station of the import: {@code imported}, {@code unmapped} (no district) or {@code skipped}.
   */
  @JsonbNillable(true)
  public record ImportDetail(
      String name, String status, String lineName, String lineColor, Long districtId) {}

  public record MetroRemap(int remapped, long stillUnmapped) {}

  static long count(Object value) {
    return ((Number) value).longValue();
  }

  static Double real(Object value) {
    return value == null ? null : ((Number) value).doubleValue();
  }
}
