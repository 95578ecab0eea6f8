package ru.flurai.platform.db;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.Session;

/**
 * Both persistence units' session customizer (persistence.xml): a read outside a transaction that
 * fails because the database went away is retried once, at once, on a fresh connection (a pooled
 * connection that died with a restarted database), never after EclipseLink's default 5 s pauses
 * between up to three retries, which held every request for 10 s or more while the primary was down
 * (scripts/fault-drill, RELIABILITY.md) before it failed. With the database still down the request
 * fails in milliseconds and the error mapper answers 503.
 */
public class FailFastSession implements SessionCustomizer {
  static final int RETRIES = 1;
  static final int DELAY_MILLIS = 0;

  @Override
  public void customize(Session session) {
    if (session.getDatasourceLogin() instanceof DatabaseLogin login) {
      login.setQueryRetryAttemptCount(RETRIES);
      login.setDelayBetweenConnectionAttempts(DELAY_MILLIS);
    }
  }
}
