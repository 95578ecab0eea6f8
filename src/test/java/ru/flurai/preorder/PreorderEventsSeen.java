package ru.flurai.preorder;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import ru.flurai.platform.domain.Conflict;

/**
 * A consumer of {@link PreorderActivated} as the florist-stock feature would be one, packaged only
 * into {@link PreorderJobsIT}'s archive: it records what it observed, and refuses one order when
 * told to.
 */
@ApplicationScoped
public class PreorderEventsSeen {
  private final List<PreorderActivated> seen = new CopyOnWriteArrayList<>();
  private volatile long refused = -1;

  void on(@Observes PreorderActivated e) {
    if (e.orderId() == refused) {
      throw new Conflict("Не хватает цветов для предзаказа #" + e.orderId());
    }
    seen.add(e);
  }

  /** The activation of this order is refused, as a stock shortage would refuse it. */
  public void refuse(long orderId) {
    refused = orderId;
  }

  /** Through a method: the test holds a client proxy, whose own fields are not the bean's. */
  public List<PreorderActivated> seen() {
    return List.copyOf(seen);
  }

  public void clear() {
    seen.clear();
    refused = -1;
  }
}
