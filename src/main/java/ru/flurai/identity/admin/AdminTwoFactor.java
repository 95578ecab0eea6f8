package ru.flurai.identity.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.logging.Logger;
import ru.flurai.identity.token.SecretBox;
import ru.flurai.platform.config.FluraiConfig;
import ru.flurai.platform.db.Rows;
import ru.flurai.platform.db.Rows.Row;
import ru.flurai.platform.db.SchemaReady;
import ru.flurai.platform.domain.Conflict;
import ru.flurai.platform.domain.DomainException;
import ru.flurai.platform.domain.Invalid;
import ru.flurai.platform.domain.Unauthenticated;

/**
 * Admin TOTP 2FA: enrol with setup + confirm; once enabled, every admin login needs a current code,
 * and each code works once (the last used time step is stored, under a row lock). The seed is
 * stored encrypted.
 */
@ApplicationScoped
public class AdminTwoFactor {
  private static final Logger LOG = Logger.getLogger(AdminTwoFactor.class.getName());

  @PersistenceContext(unitName = "primary")
  EntityManager db;

  @Inject FluraiConfig config;

  public record Enrolment(String otpauthUri, String secret) {}

  /** ADMIN_2FA_RESET=true: the enrolment goes at startup, logged as a warning (PRODUCT.md §2). */
  @Transactional
  void resetAtStartup(@Observes SchemaReady ready) {
    if (config.adminTwoFactorReset()) {
      int rows = db.createNativeQuery("delete from admin_totp").executeUpdate();
      LOG.warning(
          "ADMIN_2FA_RESET=true: admin 2FA "
              + (rows > 0 ? "removed" : "was not enrolled")
              + "; unset ADMIN_2FA_RESET and enrol again");
    }
  }

  /** Turns 2FA off; needs a current, unused code (the password is checked by the caller). */
  @Transactional(dontRollbackOn = DomainException.class)
  public void disable(String code) {
    Row row =
        lockedRow()
            .filter(r -> r.flag("enabled"))
            .orElseThrow(() -> new Conflict("2FA не включена"));
    use(row.str("secret_enc"), code, row.num("last_step"));
    db.createNativeQuery("delete from admin_totp where id = 1").executeUpdate();
  }

  @Transactional
  public Enrolment setup() {
    List<?> enabled =
        db.createNativeQuery("select enabled from admin_totp where id = 1").getResultList();
    if (!enabled.isEmpty() && (Boolean) enabled.get(0)) {
      throw new Conflict("2FA уже включена");
    }
    String secret = Totp.newSecret();
    db.createNativeQuery(
            "insert into admin_totp (id, secret_enc, enabled) values (1, ?1, false)"
                + " on conflict (id) do update set secret_enc = excluded.secret_enc, enabled = false, last_step = 0,"
                + " updated_at = now()")
        .setParameter(1, box().seal(secret))
        .executeUpdate();
    return new Enrolment(Totp.uri(secret, "admin"), secret);
  }

  @Transactional(dontRollbackOn = DomainException.class)
  public void confirm(String code) {
    Row row = lockedRow().orElseThrow(() -> new Invalid("Сначала вызовите /admin/2fa/setup"));
    if (row.flag("enabled")) {
      throw new Conflict("2FA уже включена");
    }
    long step = use(row.str("secret_enc"), code, row.num("last_step"));
    db.createNativeQuery(
            "update admin_totp set enabled = true, last_step = ?1, updated_at = now() where id = 1")
        .setParameter(1, step)
        .executeUpdate();
  }

  /** Passes when 2FA is off, or when {@code code} is current and unused. */
  @Transactional(dontRollbackOn = DomainException.class)
  public void checkLogin(String code) {
    Optional<Row> row = lockedRow();
    if (row.isEmpty() || !row.get().flag("enabled")) {
      return;
    }
    if (code == null || code.isBlank()) {
      throw new Unauthenticated("Требуется код 2FA");
    }
    long step = use(row.get().str("secret_enc"), code, row.get().num("last_step"));
    db.createNativeQuery("update admin_totp set last_step = ?1, updated_at = now() where id = 1")
        .setParameter(1, step)
        .executeUpdate();
  }

  public boolean enabled() {
    List<?> r = db.createNativeQuery("select enabled from admin_totp where id = 1").getResultList();
    return !r.isEmpty() && (Boolean) r.get(0);
  }

  private long use(String sealedSecret, String code, long lastStep) {
    OptionalLong step =
        Totp.matchingStep(box().open(sealedSecret), code, Instant.now().getEpochSecond());
    if (step.isEmpty() || step.getAsLong() <= lastStep) {
      throw new Unauthenticated("Неверный код 2FA");
    }
    return step.getAsLong();
  }

  private Optional<Row> lockedRow() {
    return Rows.first(
        db, "select secret_enc, enabled, last_step from admin_totp where id = 1 for update");
  }

  private SecretBox box() {
    return new SecretBox(config.adminSecret(), "flurai-admin-totp");
  }
}
