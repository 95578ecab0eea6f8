package ru.flurai.incontainer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import ru.flurai.it.Stack;
import ru.flurai.platform.config.FluraiConfig;
import ru.flurai.platform.db.Rows;
import ru.flurai.platform.db.Timestamps;
import ru.flurai.platform.domain.DomainException;
import ru.flurai.platform.jobs.Jobs;
import ru.flurai.platform.security.PasswordPolicy;

/**
 * The archives of the in-container tests (TESTING.md "In-container tests"), built on the client
 * side and deployed by Arquillian into the server the build started, next to the real WAR. An
 * archive holds the classes under test, the test class, this package's helpers and the real WAR's
 * {@code persistence.xml} and {@code microprofile-config.properties}, so it uses the real data
 * sources ("primary" = {@code jdbc/flurai}). Like the real WAR it has no {@code beans.xml}
 * (annotated bean discovery).
 *
 * <p>What it leaves out keeps it inert next to the real WAR on the same database: no {@code
 * Bootstrap} (Flyway), so no {@code SchemaReady} event, so no sweeper or housekeeping scheduling,
 * no outbox dispatcher and no bot; no JAX-RS application; and {@link InertMetrics} instead of the
 * server's metric registry, so the test application neither counts into nor unregisters the real
 * WAR's metrics.
 */
public final class InContainer {
  private static final Path META_INF = Path.of("src/main/resources/META-INF");

  private InContainer() {}

  /**
   * Adds classes that code under test calls (static helpers) but whose beans would need what the
   * archive leaves out: they are packaged, and a {@code beans.xml} in the real WAR's discovery mode
   * ("annotated") excludes them from bean discovery.
   */
  public static WebArchive notBeans(WebArchive war, Class<?>... classes) {
    StringBuilder xml =
        new StringBuilder(
            "<beans xmlns=\"https://jakarta.ee/xml/ns/jakartaee\""
                + " bean-discovery-mode=\"annotated\" version=\"4.0\">\n  <scan>\n");
    for (Class<?> c : classes) {
      xml.append("    <exclude name=\"").append(c.getName()).append("\"/>\n");
    }
    return war.addClasses(classes)
        .addAsWebInfResource(
            new StringAsset(xml.append("  </scan>\n</beans>\n").toString()), "beans.xml");
  }

  /**
   * {@code flurai-it-<name>.war} (context root {@code /flurai-it-<name>}) with {@code classes} and
   * the helpers.
   */
  public static WebArchive archive(String name, Class<?>... classes) {
    Stack.baseUrl(); // waits (bounded) until the real WAR is ready, i.e. the schema is migrated
    System.out.println(
        "Arquillian deploys the ShrinkWrap archive flurai-it-"
            + name
            + ".war (classes under test: "
            + Arrays.stream(classes).map(Class::getSimpleName).collect(Collectors.joining(", "))
            + ") into the running server; its messages.log shows CWWKZ0001I: Application flurai-it-"
            + name
            + " started");
    return ShrinkWrap.create(WebArchive.class, "flurai-it-" + name + ".war")
        .addClasses(
            Sql.class,
            OpenTx.class,
            Rollbacks.class,
            InertMetrics.class,
            InertMetrics.Noop.class,
            Fixture.class,
            Locks.class)
        .addClasses(classes)
        // the typed configuration every service reads, whole: its keys and rules are one package
        .addPackage(FluraiConfig.class.getPackage())
        .addPackage(PasswordPolicy.class.getPackage())
        // the job scheduler and the cluster locks every background job takes
        .addPackage(Jobs.class.getPackage())
        // the domain refusals (NotFound, Conflict …) every service may throw, and their subclasses'
        // base
        .addPackage(DomainException.class.getPackage())
        // the one row mapper of native SQL (not the rest of platform.db: its migration beans)
        .addClasses(Rows.class, Rows.Row.class, Timestamps.class)
        .addAsResource(new StringAsset(persistenceXml()), "META-INF/persistence.xml")
        .addAsResource(
            META_INF.resolve("microprofile-config.properties").toFile(),
            "META-INF/microprofile-config.properties");
  }

  /**
   * The real persistence.xml without its session customizer (platform/db/FailFastSession): these
   * archives are deployed without the third-party API visibility server.xml gives the real WAR, so
   * EclipseLink's interface is not theirs to implement.
   */
  private static String persistenceXml() {
    try {
      return Files.readString(META_INF.resolve("persistence.xml"))
          .replaceAll("(?m)^\\s*<property name=\"eclipselink.session.customizer\"[^>]*/>\\n", "");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
