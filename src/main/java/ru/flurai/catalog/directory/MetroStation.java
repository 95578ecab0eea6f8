package ru.flurai.catalog.directory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import ru.flurai.platform.domain.Invalid;

@Entity
@Table(name = "metro_stations")
public class MetroStation {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 100)
  private String name;

  @Column(name = "district_id")
  private Long districtId;

  @Column(name = "city_id")
  private Long cityId;

  @Column(name = "line_color", length = 7)
  private String lineColor;

  @Column(name = "line_name", length = 100)
  private String lineName;

  @Column(name = "geo_lat")
  private Double geoLat;

  @Column(name = "geo_lon")
  private Double geoLon;

  protected MetroStation() {}

  public MetroStation(
      String name, Long districtId, Long cityId, String lineColor, String lineName) {
    rename(name);
    this.districtId = districtId;
    this.cityId = cityId;
    recolor(lineColor, lineName);
  }

  public void rename(String newName) {
    this.name = Directories.requireName(newName, "станции");
  }

  public void recolor(String color, String line) {
    if (color != null && !color.matches("#[0-9A-Fa-f]{6}")) {
      throw new Invalid("Цвет линии должен быть в формате #RRGGBB");
    }
    this.lineColor = color;
    this.lineName = line;
  }

  /**
   * Re-assigns the station to a district (null = none); the city stays when the district is
   * removed.
   */
  public void assign(Long newDistrictId, Long newCityId) {
    this.districtId = newDistrictId;
    if (newCityId != null) {
      this.cityId = newCityId;
    }
  }

  public void locate(Double lat, Double lon) {
    if ((lat != null && (lat < -90 || lat > 90)) || (lon != null && (lon < -180 || lon > 180))) {
      throw new Invalid("Координаты станции вне допустимого диапазона");
    }
    this.geoLat = lat;
    this.geoLon = lon;
  }

  public Long id() {
    return id;
  }

  public String name() {
    return name;
  }

  public Long districtId() {
    return districtId;
  }

  public Long cityId() {
    return cityId;
  }

  public String lineColor() {
    return lineColor;
  }

  public String lineName() {
    return lineName;
  }

  public Double geoLat() {
    return geoLat;
  }

  public Double geoLon() {
    return geoLon;
  }
}
