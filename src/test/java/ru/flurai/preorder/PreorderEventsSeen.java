package ru.flurai.preorder;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A consumer of {@link PreorderActivated} as the florist-stock feature would be one, packaged only
 * into {@link PreorderJobsIT}'s archive: it records what it observed.
 */
@ApplicationScoped
public class PreorderEventsSeen {
  private final List<PreorderActivated> seen = new CopyOnWriteArrayList<>();

  void on(@Observes PreorderActivated e) {
    seen.add(e);
  }

  /** Through a method: the test holds a client proxy, whose own fields are not the bean's. */
  public List<PreorderActivated> seen() {
    return List.copyOf(seen);
  }

  public void clear() {
    seen.clear();
  }
}
