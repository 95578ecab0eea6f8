package ru.flurai.it.platform;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.flurai.it.Stack.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import ru.flurai.it.ServerTest;
import ru.flurai.it.Stack;

/**
 * What an operator reads in the log of a normal start: no error lines from the OpenAPI validation
 * or Flyway's location scan (both were printed at every start once).
 */
public class StartupLogIT extends ServerTest {
  private static final Path LOG = Stack.messagesLog();

  private static String messages() throws IOException {
    api().accept("application/json").get("/openapi").then().statusCode(200);
    return new String(Files.readAllBytes(LOG), StandardCharsets.UTF_8);
  }

  @Test
  public void theOpenApiDocumentPassesLibertysValidation() throws IOException {
    String messages = messages();
    assertTrue(messages.contains("CWWKO1660I"), "the document was produced: " + LOG);
    assertFalse(messages.contains("CWWKO1650E"), "OpenAPI validation errors in " + LOG);
  }

  @Test
  public void flywayFindsEveryLocationItScans() throws IOException {
    String messages = messages();
    assertTrue(
        Pattern.compile("Database schema at version \\d+ ").matcher(messages).find(),
        "migrated, at a numbered version: " + LOG);
    assertFalse(messages.contains("Unable to resolve location"), "Flyway's scan in " + LOG);
  }
}
