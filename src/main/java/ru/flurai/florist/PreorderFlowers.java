package ru.flurai.florist;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import ru.flurai.preorder.PreorderActivated;

/**
 * A preorder takes its bouquets' flowers when it becomes active, not when it is accepted
 * (PRODUCT.md §8.7): in the activation's transaction, so a shortage ({@link FlowersShort}) leaves
 * that preorder accepted until the flowers arrive, and the job tries it again on its next round.
 */
@ApplicationScoped
public class PreorderFlowers {
  @Inject Consumption consumption;

  void onActivated(@Observes PreorderActivated activated) {
    consumption.consumeFor(activated.orderId());
  }
}
