package ru.flurai.catalog.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * The seller's web-panel credentials and which of its sessions are still valid, a part of the Shop
 * aggregate: access tokens issued before {@code sessions_valid_after} are dead, except the one
 * session that changed the credentials ({@code session_keep_jti}). Identity reads it through {@link
 * ShopAccount} and changes it through {@link Shops}; only the password's hash is stored.
 */
@Embeddable
public class WebAccess {
  @Column(name = "web_login")
  String login;

  @Column(name = "password_hash")
  String passwordHash;

  @Column(name = "sessions_valid_after")
  OffsetDateTime sessionsValidAfter = OffsetDateTime.ofInstant(Instant.EPOCH, ZoneOffset.UTC);

  @Column(name = "session_keep_jti")
  String keepJti;

  protected WebAccess() {}

  void credentials(String login, String passwordHash) {
    this.login = login;
    this.passwordHash = passwordHash;
  }

  /** Sessions opened before now end, except {@code keepJti} (may be null). */
  void endSessions(String keepJti) {
    sessionsValidAfter = OffsetDateTime.now(ZoneOffset.UTC);
    this.keepJti = keepJti;
  }

  public String login() {
    return login;
  }
}
