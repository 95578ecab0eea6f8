package ru.flurai.catalog.directory;

/** The directory shapes of API.md §3. */
public final class DirectoryViews {
  private DirectoryViews() {}

  public record CityView(long id, String name) {}

  public record DistrictView(long id, String name, long cityId) {}

  public record MetroView(long id, String name, Long districtId, String lineColor) {}
}
