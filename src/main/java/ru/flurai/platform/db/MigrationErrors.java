package ru.flurai.platform.db;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;

/**
 * Tells a database that is not there (yet) from a migration that cannot succeed. The first is
 * retried in the background; the second stops startup, since retrying a bad script or a mismatched
 * checksum changes nothing.
 */
final class MigrationErrors {
  /**
   * SQLSTATEs that mean "try again later": the server is starting, shutting down or out of
   * connections.
   */
  private static final Set<String> UNAVAILABLE =
      Set.of("57P01", "57P02", "57P03", "53300", "53000");

  private MigrationErrors() {}

  /**
   * True when a cause in the chain says the database could not be reached or is not accepting work.
   */
  static boolean unreachable(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof SQLTransientConnectionException
          || t instanceof SQLNonTransientConnectionException
          || t instanceof SQLRecoverableException
          || t instanceof ConnectException
          || t instanceof UnknownHostException
          || t instanceof NoRouteToHostException
          || t instanceof SocketTimeoutException) {
        return true;
      }
      if (t instanceof SQLException sql
          && sql.getSQLState() != null
          && (sql.getSQLState().startsWith("08") || UNAVAILABLE.contains(sql.getSQLState()))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The most telling message in one line: the database's own error when there is one, else
   * Flyway's.
   */
  static String cause(Throwable e) {
    String message = null;
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof SQLException && t.getMessage() != null) {
        message = t.getMessage();
      }
    }
    if (message == null) {
      message = e.getMessage() != null ? e.getMessage() : e.getClass().getName();
    }
    return oneLine(message);
  }

  static String oneLine(String text) {
    String line =
        text.strip().replaceAll("\\s*[\\r\\n]+\\s*", " | ").replaceAll("(\\s*\\|\\s*-+)+", "");
    return line.length() > 1000 ? line.substring(0, 1000) + "…" : line;
  }
}
