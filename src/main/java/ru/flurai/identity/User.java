package ru.flurai.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import ru.flurai.platform.text.CleanText;

/** A Telegram user: every buyer, and the owner behind every seller. The Telegram id is the key. */
@Entity
@Table(name = "users")
public class User {
  @Id
  @Column(name = "tg_id")
  private Long tgId;

  private String username;
  private String fio;
  private String phone;
  private String role = "BUYER";

  @Column(name = "city_id")
  private Long cityId;

  @Column(name = "district_id")
  private Long districtId;

  private BigDecimal balance = BigDecimal.ZERO;

  @Column(name = "referrer_id")
  private Long referrerId;

  @Column(name = "privacy_accepted_at")
  private OffsetDateTime privacyAcceptedAt;

  @Column(name = "updated_at")
  private OffsetDateTime updatedAt = OffsetDateTime.now();

  protected User() {}

  public User(long tgId, String username, String fio) {
    this.tgId = tgId;
    this.username = CleanText.line(username, 64);
    this.fio = CleanText.line(fio, 200);
  }

  /** Keeps the Telegram username and name current (Login Widget, Mini App login). */
  public void seenAs(String newUsername, String newFio) {
    String u = CleanText.line(newUsername, 64);
    String f = CleanText.line(newFio, 200);
    if (u != null) {
      username = u;
    }
    if (f != null && fio == null) {
      fio = f;
    }
    touch();
  }

  public void rename(String newFio) {
    fio = CleanText.line(newFio, 200);
    touch();
  }

  public void changePhone(String normalizedPhone) {
    phone = normalizedPhone;
    touch();
  }

  public void acceptPrivacy() {
    if (privacyAcceptedAt == null) {
      privacyAcceptedAt = OffsetDateTime.now();
    }
    touch();
  }

  public void moveTo(Long city, Long district) {
    cityId = city;
    districtId = district;
    touch();
  }

  public void becomeSeller() {
    role = "SELLER";
    touch();
  }

  private void touch() {
    updatedAt = OffsetDateTime.now();
  }

  public long tgId() {
    return tgId;
  }

  public String username() {
    return username;
  }

  public String fio() {
    return fio;
  }

  public String phone() {
    return phone;
  }

  public String role() {
    return role;
  }

  public Long cityId() {
    return cityId;
  }

  public Long districtId() {
    return districtId;
  }

  public BigDecimal balance() {
    return balance;
  }

  public Long referrerId() {
    return referrerId;
  }

  public OffsetDateTime privacyAcceptedAt() {
    return privacyAcceptedAt;
  }
}
