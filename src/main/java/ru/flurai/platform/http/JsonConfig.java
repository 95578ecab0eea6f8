package ru.flurai.platform.http;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.config.PropertyNamingStrategy;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/** API field names are snake_case (API.md) and nulls are written out, as the front ends expect. */
@Provider
public class JsonConfig implements ContextResolver<Jsonb> {
  static final Jsonb JSONB = create();

  public static Jsonb create() {
    return JsonbBuilder.create(
        new JsonbConfig()
            .withPropertyNamingStrategy(PropertyNamingStrategy.LOWER_CASE_WITH_UNDERSCORES)
            .withNullValues(true));
  }

  @Override
  public Jsonb getContext(Class<?> type) {
    return JSONB;
  }
}
