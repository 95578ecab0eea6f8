package ru.flurai.admin;

import java.sql.SQLException;

/**
 * Recognises PostgreSQL constraint violations behind a persistence exception, so they become
 * 400/409, not 500.
 */
public final class Violations {
  static final String UNIQUE = "23505";
  static final String FOREIGN_KEY = "23503";

  private Violations() {}

  public static boolean is(Throwable e, String sqlState) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof SQLException sql) {
        for (SQLException s = sql; s != null; s = s.getNextException()) {
          if (sqlState.equals(s.getSQLState())) {
            return true;
          }
        }
      }
    }
    return false;
  }

  public static boolean unique(Throwable e) {
    return is(e, UNIQUE);
  }

  public static boolean foreignKey(Throwable e) {
    return is(e, FOREIGN_KEY);
  }
}
