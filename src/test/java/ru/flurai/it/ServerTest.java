package ru.flurai.it;

import io.restassured.RestAssured;
import io.restassured.config.ObjectMapperConfig;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.microshed.testing.jupiter.MicroShedTest;

/**
 * The base class of every HTTP integration test ({@code ru.flurai.it.*IT}): MicroShed Testing in
 * manual mode against the Liberty server the build started ({@link RunningServer} tells it where,
 * before its extension runs), with REST-assured underneath. {@link Stack} waits for readiness
 * before the first request and gives the database, the fake Telegram and fault injection.
 */
@ExtendWith(RunningServer.class)
@MicroShedTest
public abstract class ServerTest {
  /**
   * MicroShed makes JSON-B REST-assured's object mapper; the tests' bodies are serialised by
   * REST-assured's own choice from the classpath, as before, so their bytes do not change.
   */
  @BeforeAll
  static void restAssuredChoosesItsMapper() {
    RestAssured.config = RestAssured.config().objectMapperConfig(new ObjectMapperConfig());
  }
}
