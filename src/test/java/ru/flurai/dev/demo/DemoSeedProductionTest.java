package ru.flurai.dev.demo;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import org.junit.jupiter.api.Test;
import ru.flurai.platform.config.FluraiConfig;

/**
 * The demo seed ships only in the development WAR (DevWarContentsIT); should it ever run in
 * production, it does nothing, whatever DEMO_DATA says: it never reaches its writer (which holds
 * the data source).
 */
class DemoSeedProductionTest {
  @Test
  void inProductionTheWriterIsNeverReachedEvenWithDemoDataOn() {
    FluraiConfig config = mock(FluraiConfig.class);
    DemoWriter writer = mock(DemoWriter.class);
    when(config.isProduction()).thenReturn(true);
    when(config.demoData()).thenReturn(true);
    DemoSeed seed = new DemoSeed();
    seed.config = config;
    seed.writer = writer;

    seed.seed(null);

    verifyNoInteractions(writer);
  }

  @Test
  void withDemoDataOffTheWriterIsNeverReached() {
    FluraiConfig config = mock(FluraiConfig.class);
    DemoWriter writer = mock(DemoWriter.class);
    when(config.isProduction()).thenReturn(false);
    when(config.demoData()).thenReturn(false);
    DemoSeed seed = new DemoSeed();
    seed.config = config;
    seed.writer = writer;

    seed.seed(null);

    verifyNoInteractions(writer);
  }
}
