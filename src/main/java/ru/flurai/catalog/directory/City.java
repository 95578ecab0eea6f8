package ru.flurai.catalog.directory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import ru.flurai.platform.domain.Invalid;

@Entity
@Table(name = "cities")
public class City {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 100)
  private String name;

  @Column(name = "kladr_id", length = 20)
  private String kladrId;

  protected City() {}

  public City(String name, String kladrId) {
    rename(name);
    recode(kladrId);
  }

  public void rename(String newName) {
    this.name = Directories.requireName(newName, "города");
  }

  /** The KLADR code (DaData), or null. */
  public void recode(String newKladrId) {
    if (newKladrId != null && newKladrId.length() > 20) {
      throw new Invalid("Код КЛАДР длиннее 20 символов");
    }
    this.kladrId = newKladrId;
  }

  public Long id() {
    return id;
  }

  public String name() {
    return name;
  }

  public String kladrId() {
    return kladrId;
  }
}
