package ru.flurai.platform.config;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The raw configuration as the operator gave it: variable name → value. Blank values count as
 * absent. Kept separate from {@link FluraiConfig} so that validation is a pure function, testable
 * without a container.
 */
public final class Settings {
  private final Function<String, Optional<String>> lookup;

  public Settings(Function<String, Optional<String>> lookup) {
    this.lookup = lookup;
  }

  public static Settings of(Map<String, String> values) {
    return new Settings(name -> Optional.ofNullable(values.get(name)));
  }

  public Optional<String> get(String name) {
    return lookup.apply(name).map(String::trim).filter(v -> !v.isEmpty());
  }

  public String get(String name, String fallback) {
    return get(name).orElse(fallback);
  }

  public boolean isSet(String name) {
    return get(name).isPresent();
  }
}
