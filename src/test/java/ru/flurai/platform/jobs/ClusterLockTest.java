package ru.flurai.platform.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ClusterLockTest {
  @Test
  void everyJobHasAKeyOfItsOwn() {
    long distinct = Arrays.stream(ClusterLock.values()).mapToLong(l -> l.key).distinct().count();
    assertEquals(ClusterLock.values().length, distinct);
  }

  @Test
  void aFailingRoundIsLoggedNotThrown() {
    int[] runs = {0};
    Jobs.quietly(
        "test job",
        () -> {
          runs[0]++;
          throw new IllegalStateException("database away");
        });
    assertEquals(1, runs[0]);
  }
}
