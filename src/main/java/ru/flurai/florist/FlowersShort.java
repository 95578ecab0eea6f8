package ru.flurai.florist;

import ru.flurai.platform.domain.Conflict;

/**
 * An order cannot take its bouquets' flowers: the stems on hand (unexpired) are fewer than its
 * recipes need (409). Thrown before anything is written.
 */
public class FlowersShort extends Conflict {
  FlowersShort(String bouquet, String flower, long need, long have) {
    super(
        "Недостаточно цветов для букета «"
            + bouquet
            + "»: «"
            + flower
            + "» нужно "
            + need
            + ", в наличии "
            + have);
  }
}
