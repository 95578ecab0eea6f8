package ru.flurai.platform.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import ru.flurai.platform.domain.Conflict;
import ru.flurai.platform.domain.Forbidden;
import ru.flurai.platform.domain.Invalid;
import ru.flurai.platform.domain.NotFound;
import ru.flurai.platform.domain.TooLarge;
import ru.flurai.platform.domain.TooManyRequests;
import ru.flurai.platform.domain.Unauthenticated;
import ru.flurai.platform.domain.Unavailable;
import ru.flurai.platform.domain.Unprocessable;

class ErrorMapperTest {

  @Test
  void aDeadlockOrSerializationFailureDeepInTheCausesIsARolledBackTransaction() {
    assertTrue(
        ErrorMapper.transactionRolledBack(
            new PersistenceException(
                new RuntimeException(new SQLException("deadlock detected", "40P01")))));
    assertTrue(ErrorMapper.transactionRolledBack(new SQLException("could not serialize", "40001")));
  }

  @Test
  void otherDatabaseErrorsAreNot() {
    assertFalse(
        ErrorMapper.transactionRolledBack(
            new PersistenceException(new SQLException("dup", "23505"))));
    assertFalse(ErrorMapper.transactionRolledBack(new SQLException("no state")));
    assertFalse(ErrorMapper.transactionRolledBack(new IllegalStateException("x")));
  }

  @Test
  void aLostOrRefusedDatabaseIsUnavailableNotAnError() {
    assertTrue(
        ErrorMapper.databaseUnavailable(
            new PersistenceException(
                new RuntimeException(
                    new SQLException("Connection to 127.0.0.1:5432 refused", "08001")))));
    assertTrue(
        ErrorMapper.databaseUnavailable(new SQLException("Connection has been closed", "08003")));
    assertTrue(
        ErrorMapper.databaseUnavailable(
            new SQLException("terminating connection due to administrator command", "57P01")));
    assertTrue(
        ErrorMapper.databaseUnavailable(
            new SQLException("the database system is starting up", "57P03")));
    assertTrue(ErrorMapper.databaseUnavailable(new SQLTransientConnectionException("pool")));
    assertFalse(ErrorMapper.databaseUnavailable(new SQLException("dup", "23505")));
    assertFalse(
        ErrorMapper.databaseUnavailable(
            new SQLException("canceling statement due to user request", "57014")));
    assertFalse(ErrorMapper.databaseUnavailable(new SQLException("no state")));
    assertFalse(ErrorMapper.databaseUnavailable(new IllegalStateException("x")));
  }

  @Test
  void eachKindOfDomainRefusalHasItsStatusAndKeepsItsText() {
    assertEquals(404, ErrorMapper.status(new NotFound("Товар не найден")));
    assertEquals(400, ErrorMapper.status(new Invalid("x")));
    assertEquals(409, ErrorMapper.status(new Conflict("x")));
    assertEquals(409, ErrorMapper.status(new Conflict("x") {}), "a feature's own kind of conflict");
    assertEquals(403, ErrorMapper.status(new Forbidden("x")));
    assertEquals(401, ErrorMapper.status(new Unauthenticated("x")));
    assertEquals(429, ErrorMapper.status(new TooManyRequests("x", 5)));
    assertEquals(503, ErrorMapper.status(new Unavailable("x")));
    assertEquals(413, ErrorMapper.status(new TooLarge("x")));
    assertEquals(422, ErrorMapper.status(new Unprocessable("x")));
    assertEquals("Товар не найден", new NotFound("Товар не найден").detail());
  }

  @Test
  void javaNamesBecomeTheApisSnakeCase() {
    assertEquals("delivery_price", ViolationMapper.jsonName("deliveryPrice"));
    assertEquals("fio", ViolationMapper.jsonName("fio"));
    assertEquals("max_orders2", ViolationMapper.jsonName("maxOrders2"));
  }
}
