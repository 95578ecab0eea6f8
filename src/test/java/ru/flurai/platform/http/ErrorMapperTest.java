package ru.flurai.platform.http;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

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
}
