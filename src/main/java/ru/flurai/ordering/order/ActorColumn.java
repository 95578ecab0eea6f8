package ru.flurai.ordering.order;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Locale;

/** {@code order_status_history.actor}: "seller", "buyer" or "system". */
@Converter
public class ActorColumn implements AttributeConverter<Actor, String> {
  @Override
  public String convertToDatabaseColumn(Actor actor) {
    return actor == null ? null : actor.name().toLowerCase(Locale.ROOT);
  }

  @Override
  public Actor convertToEntityAttribute(String stored) {
    return stored == null ? null : Actor.valueOf(stored.toUpperCase(Locale.ROOT));
  }
}
