package ru.flurai.platform.db;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.Project;
import org.eclipse.persistence.sessions.Session;
import org.junit.jupiter.api.Test;

class FailFastSessionTest {
  @Test
  void aLostDatabaseIsRetriedOnceAtOnceInsteadOfThreeTimesFiveSecondsApart() {
    Session session = new Project(new DatabaseLogin()).createDatabaseSession();
    DatabaseLogin login = (DatabaseLogin) session.getDatasourceLogin();
    assertEquals(3, login.getQueryRetryAttemptCount(), "EclipseLink's default");
    assertEquals(5000, login.getDelayBetweenConnectionAttempts(), "EclipseLink's default");

    new FailFastSession().customize(session);

    assertEquals(1, login.getQueryRetryAttemptCount());
    assertEquals(0, login.getDelayBetweenConnectionAttempts());
  }

  @Test
  void bothPersistenceUnitsUseIt() throws IOException {
    String xml = Files.readString(Path.of("src/main/resources/META-INF/persistence.xml"));
    Matcher units =
        Pattern.compile("(?s)<persistence-unit name=\"(\\w+)\".*?</persistence-unit>").matcher(xml);
    int found = 0;
    while (units.find()) {
      found++;
      assertEquals(
          true,
          units
              .group()
              .contains(
                  "<property name=\"eclipselink.session.customizer\" value=\""
                      + FailFastSession.class.getName()
                      + "\"/>"),
          "persistence unit " + units.group(1));
    }
    assertEquals(2, found);
  }

  @Test
  void theWarSeesEclipseLinksApiToImplementIt() throws IOException {
    String xml = Files.readString(Path.of("liberty/config/server.xml"));
    Matcher app =
        Pattern.compile("(?s)<webApplication id=\"flurai\".*?</webApplication>").matcher(xml);
    assertEquals(true, app.find(), "server.xml's webApplication flurai");
    assertEquals(
        true,
        app.group().matches("(?s).*<classloader apiTypeVisibility=\"[^\"]*\\bthird-party\\b.*"),
        app.group());
  }
}
