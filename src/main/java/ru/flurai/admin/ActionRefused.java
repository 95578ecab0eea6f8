package ru.flurai.admin;

/**
 * An admin action the panel expects to see refused as {@code 200 {"status":"error","message":…}}
 * rather than as an HTTP error (API.md §7: set_limit, default_limit, subscription_plan); rendered
 * by {@link ActionRefusedMapper}.
 */
public class ActionRefused extends RuntimeException {
  public ActionRefused(String message) {
    super(message, null, false, false);
  }
}
