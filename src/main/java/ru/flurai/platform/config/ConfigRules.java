package ru.flurai.platform.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Values that are malformed or out of range, in every environment (a development server with {@code
 * REFRESH_TTL=abc} must not start and fail every refresh later). Each problem names the key and its
 * rule, never the value.
 */
public final class ConfigRules {
  private ConfigRules() {}

  public static List<String> of(Settings s) {
    List<String> problems = new ArrayList<>();
    for (ConfigKey key : ConfigKey.values()) {
      s.get(key.name())
          .filter(v -> !key.rule().accepts(v))
          .ifPresent(v -> problems.add(key.problem()));
    }
    String mode = s.get(ConfigKey.REDIS_MODE.name(), "single").toLowerCase(Locale.ROOT);
    if ((mode.equals("cluster") || mode.equals("sentinel"))
        && !s.isSet(ConfigKey.REDIS_NODES.name())) {
      problems.add("REDIS_NODES is missing while REDIS_MODE is " + mode);
    }
    return problems;
  }
}
