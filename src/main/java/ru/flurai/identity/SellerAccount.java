package ru.flurai.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * The login side of a seller: web credentials, block and soft-delete state, and which sessions are
 * still valid. (The shop side of the same row belongs to the catalogue.)
 */
@Entity
@Table(name = "sellers")
public class SellerAccount {
  @Id
  @Column(name = "seller_id")
  private Long sellerId;

  @Column(name = "web_login")
  private String webLogin;

  @Column(name = "password_hash")
  private String passwordHash;

  @Column(name = "is_blocked")
  private boolean blocked;

  @Column(name = "deleted_at")
  private OffsetDateTime deletedAt;

  @Column(name = "sessions_valid_after")
  private OffsetDateTime sessionsValidAfter;

  @Column(name = "session_keep_jti")
  private String sessionKeepJti;

  @Column(name = "incarnation", insertable = false, updatable = false)
  private Long incarnation;

  protected SellerAccount() {}

  public long sellerId() {
    return sellerId;
  }

  public String webLogin() {
    return webLogin;
  }

  public boolean blocked() {
    return blocked;
  }

  public boolean deleted() {
    return deletedAt != null;
  }

  public boolean passwordMatches(String password) {
    return passwordHash != null && PasswordHasher.verify(password, passwordHash);
  }

  /**
   * Which incarnation of the account this is: a seller deleted and re-created with the same id gets
   * a new one.
   */
  public String incarnation() {
    return Long.toString(incarnation);
  }

  /**
   * Whether the access token still opens a session: issued for this incarnation of the account, and
   * at or after the last end of sessions (or it is the one session that was kept).
   */
  public boolean accepts(AccessToken token) {
    return incarnation().equals(token.incarnation())
        && (token.jti().equals(sessionKeepJti)
            || !token.issuedAt().isBefore(sessionsValidAfter.toInstant()));
  }

  /**
   * New credentials; every other session ends, the one that made the change ({@code keepJti})
   * stays.
   */
  public void changeCredentials(String login, String password, String keepJti) {
    webLogin = login;
    passwordHash = PasswordHasher.hash(password);
    endSessions(keepJti);
  }

  /** Sessions opened before now end, except {@code keepJti} (may be null). */
  public void endSessions(String keepJti) {
    sessionsValidAfter = OffsetDateTime.now(ZoneOffset.UTC);
    sessionKeepJti = keepJti;
  }

  public void block(boolean value) {
    blocked = value;
    if (value) {
      endSessions(null);
    }
  }
}
