package ru.flurai.dev;

import static org.mockito.ArgumentMatchers.contains;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import ru.flurai.platform.config.FluraiConfig;

/**
 * The development directory seed ships only in the development WAR (DevWarContentsIT); should it
 * ever run in production, it does nothing: it never even opens a connection. Outside production it
 * loads the script into an empty database only.
 */
class DevDirectorySeedTest {
  private final FluraiConfig config = mock(FluraiConfig.class);
  private final DataSource primary = mock(DataSource.class);
  private final DevDirectorySeed seed = new DevDirectorySeed();

  {
    seed.config = config;
    seed.primary = primary;
  }

  @Test
  void inProductionItTouchesNoDatabase() {
    when(config.isProduction()).thenReturn(true);

    seed.seed(null);

    verifyNoInteractions(primary);
  }

  @Test
  void outsideProductionAnEmptyDirectoryGetsTheScript() throws Exception {
    Connection connection = mock(Connection.class);
    Statement statement = mock(Statement.class);
    ResultSet exists = mock(ResultSet.class);
    when(primary.getConnection()).thenReturn(connection);
    when(connection.createStatement()).thenReturn(statement);
    when(statement.executeQuery("select exists (select 1 from cities)")).thenReturn(exists);
    when(exists.next()).thenReturn(true);
    when(exists.getBoolean(1)).thenReturn(false);

    seed.seed(null);

    verify(statement).execute(contains("insert into cities"));
  }
}
