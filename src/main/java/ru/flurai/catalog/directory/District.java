package ru.flurai.catalog.directory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "districts")
public class District {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "city_id", nullable = false)
  private Long cityId;

  @Column(nullable = false, length = 100)
  private String name;

  protected District() {}

  public District(Long cityId, String name) {
    this.cityId = cityId;
    rename(name);
  }

  public void rename(String newName) {
    this.name = Directories.requireName(newName, "района");
  }

  public Long id() {
    return id;
  }

  public Long cityId() {
    return cityId;
  }

  public String name() {
    return name;
  }
}
