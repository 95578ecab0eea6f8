package ru.flurai.florist;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How bouquet products share the free stems ({@link Allocation}). */
public class AllocationTest {
  private static final long ROSE = 1;
  private static final long TULIP = 2;

  @Test
  public void oneProductGetsWhatTheStemsAllow() {
    assertEquals(
        Map.of(10L, 3),
        Allocation.derive(
            Map.of(ROSE, 10L), List.of(new Allocation.Wanted(10, Map.of(ROSE, 3), 0))));
  }

  @Test
  public void productsSharingAFlowerNeverOfferMoreStemsThanThereAre() {
    Map<Long, Integer> units =
        Allocation.derive(
            Map.of(ROSE, 10L, TULIP, 4L),
            List.of(
                new Allocation.Wanted(10, Map.of(ROSE, 3), 0),
                new Allocation.Wanted(11, Map.of(ROSE, 2, TULIP, 1), 0)));
    // round robin: 3+2, 3+2 → 10 roses, then nothing fits
    assertEquals(Map.of(10L, 2, 11L, 2), units);
    int roses = units.get(10L) * 3 + units.get(11L) * 2;
    assertEquals(10, roses);
  }

  @Test
  public void unitsInCartsComeFirstAndAreNeverTakenAway() {
    // 6 roses; product 11 has 2 bouquets of 2 in carts: it keeps them, 10 gets the 2 left
    assertEquals(
        Map.of(10L, 1, 11L, 2),
        Allocation.derive(
            Map.of(ROSE, 6L),
            List.of(
                new Allocation.Wanted(10, Map.of(ROSE, 2), 0),
                new Allocation.Wanted(11, Map.of(ROSE, 2), 2))));
    // fewer stems than carts hold (a write-off): the carts' units stay, nothing more is offered
    assertEquals(
        Map.of(10L, 0, 11L, 2),
        Allocation.derive(
            Map.of(ROSE, 1L),
            List.of(
                new Allocation.Wanted(10, Map.of(ROSE, 2), 0),
                new Allocation.Wanted(11, Map.of(ROSE, 2), 2))));
  }

  @Test
  public void promisedStemsAndEmptyRecipesOfferNothing() {
    assertEquals(
        Map.of(10L, 0, 12L, 0),
        Allocation.derive(
            Map.of(ROSE, -3L),
            List.of(
                new Allocation.Wanted(10, Map.of(ROSE, 1), 0),
                new Allocation.Wanted(12, Map.of(), 0))));
  }

  @Test
  public void assemblableIsTheScarcestFlower() {
    assertEquals(2, Allocation.assemblable(Map.of(ROSE, 7L, TULIP, 2L), Map.of(ROSE, 3, TULIP, 1)));
    assertEquals(0, Allocation.assemblable(Map.of(ROSE, -4L), Map.of(ROSE, 1)));
    assertEquals(0, Allocation.assemblable(Map.of(ROSE, 4L), Map.of()));
  }
}
